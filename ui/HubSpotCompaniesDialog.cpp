#include "HubSpotCompaniesDialog.h"

#include "AdminTable.h"
#include "Appearance.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

QString how(const QString& matchedBy)
{
    if (matchedBy == QLatin1String("registry_number"))
        return HubSpotCompaniesDialog::tr("Matched by registry number");
    if (matchedBy == QLatin1String("domain"))
        return HubSpotCompaniesDialog::tr("Matched by website");
    return HubSpotCompaniesDialog::tr("Created by Leadscope");
}

} // namespace

HubSpotCompaniesDialog::HubSpotCompaniesDialog(core::AdminClient* admin, const core::AdminClient::Webhook& destination,
                                               QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_id(destination.id)
    , m_summary(new QLabel(this))
    , m_table(AdminTable::create(this,
                                 {tr("Company"), tr("In HubSpot"), tr("HubSpot company ID"), tr("Owner set"),
                                  tr("First written"), tr("Last written")},
                                 "hubspotCompanyTable", tr("Companies written to HubSpot")))
{
    setObjectName(QStringLiteral("hubspotCompaniesDialog"));
    setWindowTitle(tr("HubSpot companies of “%1”").arg(destination.name));
    m_table->setWordWrap(false); // one line a company
    m_summary->setObjectName(QStringLiteral("hubspotSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Loading…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &HubSpotCompaniesDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Wide enough for the six columns at any text size.
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24);
    load();
}

void HubSpotCompaniesDialog::load()
{
    m_admin->hubSpotCompanies(
        this, m_id, [this](const QList<core::AdminClient::HubSpotCompany>& companies, const core::ApiFailure& failure) {
            if (failure.isError()) {
                m_summary->setText(failure.message);
                Appearance::showAsError(m_summary);
            } else {
                showCompanies(companies);
            }
            Q_EMIT loaded();
        });
}

void HubSpotCompaniesDialog::showCompanies(const QList<core::AdminClient::HubSpotCompany>& companies)
{
    m_companies = companies;
    int created = 0;
    for (const core::AdminClient::HubSpotCompany& c : companies)
        created += c.matchedBy == QLatin1String("created") ? 1 : 0;
    const int matched = int(companies.size()) - created;
    QStringList counts;
    if (matched > 0)
        counts << tr("%n matched a company HubSpot already had", nullptr, matched);
    if (created > 0)
        counts << tr("%n created by Leadscope", nullptr, created);
    if (counts.isEmpty())
        m_summary->setText(tr("No company has been written to HubSpot yet. Companies arrive with the events this "
                              "destination receives."));
    else if (counts.size() == 1)
        m_summary->setText(tr("%1.").arg(counts[0]));
    else
        m_summary->setText(tr("%1 and %2.").arg(counts[0], counts[1]));
    m_table->setRowCount(int(companies.size()));
    for (int row = 0; row < companies.size(); ++row) {
        const core::AdminClient::HubSpotCompany& c = companies[row];
        const QStringList cells{c.companyName.isEmpty() ? c.companyId : c.companyName,
                                how(c.matchedBy),
                                c.hubspotId,
                                c.ownerId.isEmpty() ? tr("—") : c.ownerId,
                                AdminTable::when(c.firstAt),
                                AdminTable::when(c.updatedAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    // The company's name takes what is left; the other columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace leadscope::ui
