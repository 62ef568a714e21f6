#include "PrivacyStatementDialog.h"

#include "DocumentPrinter.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::PrivacyStatement;

PrivacyStatementDialog::PrivacyStatementDialog(const PrivacyStatement::Facts& facts, QWidget* parent)
    : QDialog(parent)
    , m_facts(facts)
    , m_language(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_statement(new QTextBrowser(this))
    , m_register(new QTextBrowser(this))
{
    setWindowTitle(tr("Privacy statement and register entry"));
    setObjectName(QStringLiteral("privacyStatementDialog"));
    m_language->setObjectName(QStringLiteral("statementLanguage"));
    m_language->addItem(tr("English"), int(PrivacyStatement::Language::English));
    m_language->addItem(tr("Dutch (Nederlands)"), int(PrivacyStatement::Language::Dutch));
    m_language->addItem(tr("German (Deutsch)"), int(PrivacyStatement::Language::German));
    if (QLocale().language() == QLocale::Dutch)
        m_language->setCurrentIndex(1);
    else if (QLocale().language() == QLocale::German)
        m_language->setCurrentIndex(2);
    m_statement->setObjectName(QStringLiteral("statementText"));
    m_register->setObjectName(QStringLiteral("registerText"));
    m_tabs->addTab(m_statement, tr("For your &privacy statement"));
    m_tabs->addTab(m_register, tr("For your &register (Article 30)"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyStatement"));
    auto* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);

    auto* note = new QLabel(tr("Filled from your organisation's websites, tracking mode and retention. Read it "
                               "through and adapt it to your own statement's style; it is not legal advice."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PrivacyStatementDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        auto* mime = new QMimeData;
        mime->setText(currentMarkdown());
        mime->setHtml(current()->toHtml());
        QGuiApplication::clipboard()->setMimeData(mime);
    });
    connect(save, &QPushButton::clicked, this, &PrivacyStatementDialog::save);
    connect(print, &QPushButton::clicked, this, [this] { DocumentPrinter::print(this, current()->document()); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        DocumentPrinter::saveAsPdf(this, current()->document(),
                                   m_tabs->currentIndex() == 0 ? tr("privacy-statement.pdf")
                                                               : tr("register-entry.pdf"));
    });
    refresh();
    resize(QSize(720, 640).boundedTo(screen() ? screen()->availableSize() : QSize(720, 640)));
}

void PrivacyStatementDialog::setLanguage(PrivacyStatement::Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

QString PrivacyStatementDialog::statementText() const
{
    return PrivacyStatement::statement(m_facts, PrivacyStatement::Language(m_language->currentData().toInt()));
}

QString PrivacyStatementDialog::registerText() const
{
    return PrivacyStatement::registerEntry(m_facts, PrivacyStatement::Language(m_language->currentData().toInt()));
}

void PrivacyStatementDialog::refresh()
{
    m_statement->setMarkdown(statementText());
    m_statement->document()->setMetaInformation(QTextDocument::DocumentTitle, tr("Privacy statement"));
    m_register->setMarkdown(registerText());
    m_register->document()->setMetaInformation(QTextDocument::DocumentTitle, tr("Register entry"));
}

QTextBrowser* PrivacyStatementDialog::current() const
{
    return m_tabs->currentIndex() == 0 ? m_statement : m_register;
}

QString PrivacyStatementDialog::currentMarkdown() const
{
    return m_tabs->currentIndex() == 0 ? statementText() : registerText();
}

void PrivacyStatementDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_tabs->currentIndex() == 0 ? tr("privacy-statement.md") : tr("register-entry.md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save"), QDir(folder).filePath(name),
                                                      tr("Markdown text (*.md);;Text (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(currentMarkdown().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace leadscope::ui
