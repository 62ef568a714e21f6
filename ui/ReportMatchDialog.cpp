#include "ReportMatchDialog.h"

#include "Appearance.h"

#include "core/admin/AdminClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace leadscope::ui {

ReportMatchDialog::ReportMatchDialog(core::AdminClient* client, const QString& companyId, const QString& companyName,
                                     const QString& visitId, const QString& howWeKnow, bool canRelabel, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_companyId(companyId)
    , m_visitId(visitId)
    , m_isp(new QRadioButton(tr("An &internet provider: people at home or on the road"), this))
    , m_other(new QRadioButton(tr("&Another company:"), this))
    , m_none(new QRadioButton(tr("&Not a company: a school, a shared office, a guest network"), this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_searchStatus(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_relabel(new QCheckBox(tr("Also change the &past visits from this network"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("reportMatchDialog"));
    setWindowTitle(tr("Report wrong company"));
    auto* intro = new QLabel(
        (visitId.isEmpty() ? tr("Leadscope tied the latest visit to “%1”.") : tr("Leadscope tied this visit to “%1”."))
                .arg(companyName) +
            u' ' + howWeKnow + u' ' + tr("Whose network is it?"),
        this);
    intro->setObjectName(QStringLiteral("reportMatchIntro"));
    intro->setWordWrap(true);
    m_isp->setObjectName(QStringLiteral("reportIsp"));
    m_other->setObjectName(QStringLiteral("reportOtherCompany"));
    m_none->setObjectName(QStringLiteral("reportNotCompany"));
    m_isp->setChecked(true);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(tr("Name or registry number"));
    m_search->setAccessibleName(tr("Search the register"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("registerResults"));
    m_results->setAccessibleName(tr("Companies in the register"));
    m_results->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_searchStatus->setObjectName(QStringLiteral("registerSearchStatus"));
    m_searchStatus->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("What you know, e.g. “our contact there works from home”"));
    m_note->setAccessibleName(tr("Note"));
    m_relabel->setObjectName(QStringLiteral("reportRelabel"));
    m_relabel->setEnabled(canRelabel);
    m_relabel->setToolTip(canRelabel ? tr("The visits already recorded from this network move to the right company, "
                                          "or leave the leads when it is no company's")
                                     : tr("Managers and admins can change the visits already recorded"));
    auto* later = new QLabel(tr("Your organisation's next visits from this network follow your report at once. The "
                                "operator of the register sees it too, and may correct the register for everyone."),
                             this);
    later->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_report = buttons->addButton(tr("&Report"), QDialogButtonBox::AcceptRole);
    m_report->setObjectName(QStringLiteral("reportConfirm"));
    m_report->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layOut(intro, later, buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ReportMatchDialog::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_other->setChecked(true);
        m_debounce->start();
    });
    for (QRadioButton* choice : {m_isp, m_other, m_none})
        connect(choice, &QRadioButton::toggled, this, &ReportMatchDialog::updateButtons);
    connect(m_results, &QListWidget::currentRowChanged, this, &ReportMatchDialog::updateButtons);
    connect(m_results, &QListWidget::itemClicked, this, [this] { m_other->setChecked(true); });
    updateButtons();
}

void ReportMatchDialog::layOut(QLabel* intro, QLabel* later, QDialogButtonBox* buttons)
{
    auto* otherBox = new QVBoxLayout;
    otherBox->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    otherBox->addWidget(m_search);
    otherBox->addWidget(m_results);
    otherBox->addWidget(m_searchStatus);
    auto* noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_isp);
    layout->addWidget(m_other);
    layout->addLayout(otherBox);
    layout->addWidget(m_none);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_relabel);
    layout->addWidget(later);
    layout->addWidget(buttons);
    // Never smaller than what it holds (the results and wrapped texts change after it opens).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // A layout's minimum counts a wrapped text as one line: on a short screen (720×450 at 200 %)
    // the dialog was squeezed to that, and the results list lay over the choices below it. So
    // each wrapped text asks for the lines it takes at the dialog's narrowest.
    const QMargins margins = layout->contentsMargins();
    for (QLabel* text : {intro, later})
        text->setMinimumHeight(text->heightForWidth(minimumWidth() - margins.left() - margins.right()));
}

void ReportMatchDialog::search()
{
    const QString text = m_search->text().trimmed();
    m_results->clear();
    if (text.size() < 2) {
        m_searchStatus->clear();
        updateButtons();
        return;
    }
    m_searchStatus->setText(tr("Searching the register…"));
    m_searchStatus->setPalette(palette());
    m_client->searchRegister(
        this, text,
        [this, text](const QList<core::AdminClient::RegisterCompany>& companies, const core::ApiFailure& failure) {
            if (text != m_search->text().trimmed())
                return; // a later search is under way
            if (failure.isError()) {
                m_searchStatus->setText(failure.message);
                Appearance::showAsError(m_searchStatus);
                return;
            }
            for (const core::AdminClient::RegisterCompany& c : companies) {
                if (c.id == m_companyId)
                    continue;
                auto* item =
                    new QListWidgetItem(c.city.isEmpty() ? tr("%1 (%2)").arg(c.name, c.registryNumber)
                                                         : tr("%1, %2 (%3)").arg(c.name, c.city, c.registryNumber),
                                        m_results);
                item->setData(Qt::UserRole, c.id);
            }
            m_searchStatus->setText(m_results->count() == 0 ? tr("No company of the register has that name or number.")
                                                            : QString());
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
            updateButtons();
        });
}

void ReportMatchDialog::updateButtons()
{
    m_report->setEnabled(!m_other->isChecked() || m_results->currentItem() != nullptr);
}

QJsonObject ReportMatchDialog::request() const
{
    QJsonObject o{{QStringLiteral("verdict"), m_isp->isChecked()     ? QStringLiteral("isp")
                                              : m_other->isChecked() ? QStringLiteral("other_company")
                                                                     : QStringLiteral("not_company")},
                  {QStringLiteral("note"), m_note->text().simplified()},
                  {QStringLiteral("relabel_past"), m_relabel->isEnabled() && m_relabel->isChecked()}};
    if (m_visitId.isEmpty())
        o.insert(QStringLiteral("company_id"), m_companyId);
    else
        o.insert(QStringLiteral("visit_id"), m_visitId);
    if (m_other->isChecked() && m_results->currentItem())
        o.insert(QStringLiteral("correct_company_id"), m_results->currentItem()->data(Qt::UserRole).toString());
    return o;
}

} // namespace leadscope::ui
