#include "WebsitesTab.h"

#include "AdminTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::AdminClient;

WebsitesTab::WebsitesTab(AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_table(AdminTable::create(this, {tr("Website"), tr("Site id (for the tracker snippet)")}, "siteTable",
                                 tr("Websites")))
    , m_newDomain(new QLineEdit(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_newDomain->setObjectName(QStringLiteral("newDomain"));
    m_newDomain->setAccessibleName(tr("Domain of the website to add"));
    m_newDomain->setPlaceholderText(tr("www.company.example"));
    auto* add = new QPushButton(tr("&Add website"), this);
    auto* remove = new QPushButton(tr("&Remove…"), this);
    auto* note = new QLabel(tr("Visits are only recorded for these websites. A removed website stops being tracked "
                               "within a minute; its visits stay until the retention period removes them."),
                            this);
    note->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_newDomain, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(note);
    connect(add, &QPushButton::clicked, this, [this] { addWebsite(m_newDomain->text().trimmed()); });
    connect(remove, &QPushButton::clicked, this, &WebsitesTab::confirmRemoveSelected);
}

void WebsitesTab::confirmRemoveSelected()
{
    const int current = m_table->currentRow();
    if (current < 0 || current >= m_websites.size())
        return;
    const AdminClient::Website site = m_websites.at(current);
    if (QMessageBox::question(this, tr("Remove website"),
                              tr("Stop tracking %1? Its snippet stops working.").arg(site.domain),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        removeWebsite(site.id);
}

void WebsitesTab::load()
{
    m_admin->me(this, [this](const AdminClient::Me& me, const core::ApiFailure& failure) {
        if (failure.isError())
            Q_EMIT failed(failure.message);
        else
            m_websites = me.websites;
        show();
        Q_EMIT loaded();
    });
}

void WebsitesTab::show()
{
    m_table->setRowCount(int(m_websites.size()));
    for (int row = 0; row < m_websites.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_websites.at(row).domain));
        m_table->setItem(row, 1, new QTableWidgetItem(m_websites.at(row).id));
    }
}

void WebsitesTab::addWebsite(const QString& domain)
{
    if (domain.isEmpty()) {
        Q_EMIT failed(tr("Enter the website's domain, e.g. www.company.example."));
        return;
    }
    m_admin->addWebsite(this, domain, [this](const AdminClient::Website&, const core::ApiFailure& failure) {
        if (!failure.isError())
            m_newDomain->clear();
        Q_EMIT changeFinished(failure);
    });
}

void WebsitesTab::removeWebsite(const QString& id)
{
    m_admin->removeWebsite(this, id, [this](const core::ApiFailure& failure) { Q_EMIT changeFinished(failure); });
}

} // namespace leadscope::ui
