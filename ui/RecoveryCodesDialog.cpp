#include "RecoveryCodesDialog.h"

#include "DocumentPrinter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace leadscope::ui {

RecoveryCodesDialog::RecoveryCodesDialog(const QStringList& codes, const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_codes(codes)
    , m_document(new QTextDocument(this))
{
    setWindowTitle(tr("Your recovery codes"));
    setObjectName(QStringLiteral("recoveryCodesDialog"));
    auto* text = new QLabel(tr("<p>If you lose your phone, each of these codes signs you in <b>once</b> instead of "
                               "a code from your authenticator app. They are shown only now: print them or save "
                               "them as PDF, and keep them somewhere other than this computer.</p>"),
                            this);
    text->setWordWrap(true);
    auto* list = new QLabel(this);
    list->setObjectName(QStringLiteral("recoveryCodes"));
    list->setText(codesText());
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    list->setAlignment(Qt::AlignCenter);
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><pre style=\"font-size: 14pt\">%3</pre>")
            .arg(tr("Leadscope recovery codes").toHtmlEscaped(), email.toHtmlEscaped(), codesText().toHtmlEscaped());
    m_document->setHtml(html);
    auto* buttons = new QDialogButtonBox(this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    auto* done = buttons->addButton(tr("I have &stored them"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("recoveryCodesDone"));
    connect(print, &QPushButton::clicked, this, [this] { DocumentPrinter::print(this, m_document); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { DocumentPrinter::saveAsPdf(this, m_document, tr("Leadscope recovery codes")); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

RecoveryCodesDialog::~RecoveryCodesDialog()
{
    m_document->clear(); // the codes leave memory with the dialog
}

QString RecoveryCodesDialog::codesText() const
{
    QString text;
    for (int i = 0; i < m_codes.size(); i += 2)
        text += m_codes.value(i) + QStringLiteral("    ") + m_codes.value(i + 1) + u'\n';
    return text.trimmed();
}

} // namespace leadscope::ui
