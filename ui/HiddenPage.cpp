#include "HiddenPage.h"

#include "ErrorBanner.h"
#include "RelativeTime.h"
#include "core/admin/AdminClient.h"
#include "core/query/DataStore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

enum Column
{
    What,
    Why,
    Reason,
    By,
    When,
    Companies,
};

} // namespace

HiddenPage::HiddenPage(QWidget* parent)
    : DataPage(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_show(new QPushButton(tr("&Show again"), this))
{
    setObjectName(QStringLiteral("hiddenPage"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Companies and industries the team hides from its leads, counts, dashboard, rules and "
                        "exports. Nothing of them is deleted."));
    m_list->setObjectName(QStringLiteral("hiddenList"));
    m_list->setAccessibleName(tr("Hidden companies and industries"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Company or industry"), tr("Why"), tr("Reason"), tr("Hidden by"), tr("When"), tr("Companies")});
    const int em = fontMetrics().averageCharWidth();
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_list->setColumnWidth(What, em * 34);
    m_list->setColumnWidth(Why, em * 22);
    m_list->setColumnWidth(By, em * 24);
    m_list->setColumnWidth(When, em * 14);
    m_list->setColumnWidth(Companies, fontMetrics().horizontalAdvance(m_list->headerItem()->text(Companies)) + em * 4);
    m_empty->setObjectName(QStringLiteral("hiddenEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_show->setObjectName(QStringLiteral("showAgain"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    connect(m_show, &QPushButton::clicked, this, &HiddenPage::showSelectedAgain);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HiddenPage::updateButtons);
    setCanEdit(false);
}

void HiddenPage::setAccount(core::AdminClient* account)
{
    m_account = account;
    updateButtons();
}

void HiddenPage::setCanEdit(bool canEdit)
{
    m_canEdit = canEdit;
    m_show->setVisible(canEdit);
    updateButtons();
}

void HiddenPage::updateButtons()
{
    m_show->setEnabled(m_account && m_list->currentItem());
}

void HiddenPage::reload()
{
    fetch<QList<core::IgnoredCompanies::Entry>>(
        [](core::Cache& cache, QString* error) {
            QList<core::IgnoredCompanies::Entry> entries;
            core::IgnoredCompanies::all(cache, &entries, error);
            return entries;
        },
        [this](QList<core::IgnoredCompanies::Entry> entries) {
            m_entries = entries;
            m_list->clear();
            const QDateTime now = QDateTime::currentDateTime();
            for (int i = 0; i < m_entries.size(); ++i) {
                const core::IgnoredCompanies::Entry& e = m_entries[i];
                auto* item = new QTreeWidgetItem(m_list);
                item->setData(What, Qt::UserRole, i);
                item->setText(What, e.sbiPrefix.isEmpty() ? e.companyName : tr("Industry: SBI %1…").arg(e.sbiPrefix));
                item->setText(Why, core::IgnoredCompanies::categoryLabel(e.category));
                item->setText(Reason, e.reason);
                item->setToolTip(Reason, e.reason);
                item->setText(By, e.byEmail.isEmpty() ? tr("A former colleague") : e.byEmail);
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.at);
                item->setText(When, RelativeTime::describe(at, now));
                item->setToolTip(When, RelativeTime::exact(at));
                item->setText(Companies, QLocale().toString(e.companies));
                item->setTextAlignment(Companies, Qt::AlignRight | Qt::AlignVCenter);
            }
            m_empty->setText(m_canEdit ? tr("Nothing is hidden. Hide a company from its profile (Hide…) — your "
                                            "own offices, customers, competitors or suppliers.")
                                       : tr("Nothing is hidden. Managers and admins can hide companies."));
            m_list->setVisible(!m_entries.isEmpty());
            m_empty->setVisible(m_entries.isEmpty());
            updateButtons();
            Q_EMIT loaded();
        });
}

void HiddenPage::showSelectedAgain()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !m_account)
        return;
    const int index = item->data(What, Qt::UserRole).toInt();
    if (index < 0 || index >= m_entries.size())
        return;
    m_account->removeIgnored(this, m_entries[index].id, [this](const core::ApiFailure& failure) {
        if (failure.isError())
            m_error->showMessage(failure.message);
        else
            Q_EMIT edited();
    });
}

} // namespace leadscope::ui
