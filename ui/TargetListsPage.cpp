#include "TargetListsPage.h"

#include "ErrorBanner.h"
#include "core/admin/AdminClient.h"
#include "core/query/DataStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

enum Column
{
    Name,
    Companies,
    Visited,
    ThisWeek,
};

constexpr qint64 kLargestImport = 20LL * 1024 * 1024;

} // namespace

TargetListsPage::TargetListsPage(QWidget* parent)
    : DataPage(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_new(new QPushButton(tr("&New list…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_show(new QPushButton(tr("&Show in leads"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("targetListsPage"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The accounts your team goes after. Rules can act when a company on a list visits; the "
                        "leads list shows a list's companies with every filter at hand."));
    m_list->setObjectName(QStringLiteral("targetLists"));
    m_list->setAccessibleName(tr("Target-account lists"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("List"), tr("Companies"), tr("Visited"), tr("Visited this week")});
    const int em = fontMetrics().averageCharWidth();
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (const int column : {int(Companies), int(Visited), int(ThisWeek)})
        m_list->setColumnWidth(column, fontMetrics().horizontalAdvance(m_list->headerItem()->text(column)) + em * 4);
    m_empty->setObjectName(QStringLiteral("targetListsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_new->setObjectName(QStringLiteral("newTargetList"));
    m_import->setObjectName(QStringLiteral("importTargetList"));
    m_import->setToolTip(tr("Add companies from a CSV file of registry numbers or websites, one per row"));
    m_show->setObjectName(QStringLiteral("showTargetList"));
    m_delete->setObjectName(QStringLiteral("deleteTargetList"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_import, m_show, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TargetListsPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &TargetListsPage::askName);
    connect(m_import, &QPushButton::clicked, this, &TargetListsPage::chooseFile);
    const auto show = [this] {
        if (const core::TargetLists::List* list = selected()) {
            core::LeadsQuery::Filter filter;
            filter.onList = list->id;
            Q_EMIT showLeads(filter);
        }
    };
    connect(m_show, &QPushButton::clicked, this, show);
    connect(m_list, &QTreeWidget::itemActivated, this, show);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const core::TargetLists::List* list = selected();
        if (!list || !m_account)
            return;
        QMessageBox ask(QMessageBox::Question, tr("Delete list"),
                        tr("Delete the list “%1”? Its companies stay where they are; rules that ask for the list "
                           "stop matching.")
                            .arg(list->name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.button(QMessageBox::Yes)->setText(tr("Delete"));
        if (ask.exec() != QMessageBox::Yes)
            return;
        m_account->removeTargetList(this, list->id, [this](const core::ApiFailure& failure) {
            if (failure.isError())
                m_error->showMessage(failure.message);
            else
                Q_EMIT edited();
        });
    });
    setCanEdit(false);
}

void TargetListsPage::setAccount(core::AdminClient* account)
{
    m_account = account;
    updateButtons();
}

void TargetListsPage::setCanEdit(bool canEdit)
{
    m_canEdit = canEdit;
    for (QPushButton* button : {m_new, m_import, m_delete})
        button->setVisible(canEdit);
    updateButtons();
}

const core::TargetLists::List* TargetListsPage::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(Name, Qt::UserRole).toInt();
    return index >= 0 && index < m_lists.size() ? &m_lists[index] : nullptr;
}

void TargetListsPage::updateButtons()
{
    const bool chosen = selected() != nullptr;
    m_new->setEnabled(m_account);
    m_import->setEnabled(m_account && chosen);
    m_delete->setEnabled(m_account && chosen);
    m_show->setEnabled(chosen);
}

void TargetListsPage::reload()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fetch<QList<core::TargetLists::List>>(
        [now](core::Cache& cache, QString* error) {
            QList<core::TargetLists::List> lists;
            core::TargetLists::all(cache, now, &lists, error);
            return lists;
        },
        [this](QList<core::TargetLists::List> lists) {
            const QString current = selected() ? selected()->id : QString();
            m_lists = lists;
            m_list->clear();
            const QLocale locale;
            for (int i = 0; i < m_lists.size(); ++i) {
                const core::TargetLists::List& list = m_lists[i];
                auto* item = new QTreeWidgetItem(m_list);
                item->setData(Name, Qt::UserRole, i);
                item->setText(Name, list.name);
                item->setText(Companies, locale.toString(list.companies));
                item->setText(Visited, locale.toString(list.visited));
                item->setText(ThisWeek, locale.toString(list.visitedWeek));
                for (const int column : {int(Companies), int(Visited), int(ThisWeek)})
                    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
                if (list.id == current || (current.isEmpty() && i == 0))
                    m_list->setCurrentItem(item);
            }
            m_empty->setText(m_canEdit ? tr("No target-account lists yet. Make one with New list…, then import your "
                                            "accounts or add companies from their profiles.")
                                       : tr("No target-account lists yet. Managers and admins can make them."));
            m_list->setVisible(!m_lists.isEmpty());
            m_empty->setVisible(m_lists.isEmpty());
            updateButtons();
            Q_EMIT loaded();
        });
}

void TargetListsPage::askName()
{
    if (!m_account)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newTargetListDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New list"));
    dialog->setLabelText(tr("Name of the list:"));
    dialog->setTextValue(tr("Key accounts"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (name.trimmed().isEmpty() || !m_account)
            return;
        m_account->createTargetList(this, name.trimmed(), [this](const core::ApiFailure& failure) {
            if (failure.isError())
                m_error->showMessage(failure.message);
            else
                Q_EMIT edited();
        });
    });
    dialog->open();
}

void TargetListsPage::chooseFile()
{
    const core::TargetLists::List* list = selected();
    if (!list || !m_account)
        return;
    const QString listId = list->id;
    auto* dialog = new QFileDialog(this, tr("Import into “%1”").arg(list->name), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importTargetListFile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, listId](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        if (file.size() > kLargestImport) {
            m_error->showMessage(tr("%1 is larger than 20 MB; split it into smaller files.").arg(path));
            return;
        }
        importInto(listId, file.readAll());
    });
    dialog->open();
}

void TargetListsPage::importInto(const QString& listId, const QByteArray& csv)
{
    const QStringList rows = core::TargetLists::importRows(csv);
    if (rows.isEmpty()) {
        m_error->showMessage(tr("The file holds no registry numbers or websites."));
        return;
    }
    if (!m_account)
        return;
    m_account->importTargetList(this, listId, rows, [this](const QJsonObject& report, const core::ApiFailure& failure) {
        if (failure.isError()) {
            m_error->showMessage(failure.message);
            return;
        }
        const int total = report.value(QStringLiteral("rows")).toInt();
        const int matched = report.value(QStringLiteral("matched")).toInt();
        const int added = report.value(QStringLiteral("added")).toInt();
        QStringList problems;
        for (const QJsonValue& value : report.value(QStringLiteral("unmatched")).toArray()) {
            const QJsonObject p = value.toObject();
            problems << tr("Row %1, “%2”: %3")
                            .arg(p.value(QStringLiteral("row")).toInt())
                            .arg(p.value(QStringLiteral("value")).toString(),
                                 p.value(QStringLiteral("why")).toString());
        }
        const QString summary = tr("%Ln row(s) read", nullptr, total) + QStringLiteral("; ") +
                                tr("%Ln matched a company", nullptr, matched) + QStringLiteral(", ") +
                                tr("%Ln added to the list", nullptr, added) + QStringLiteral("; ") +
                                tr("%Ln did not match", nullptr, int(problems.size())) + u'.';
        Q_EMIT imported(summary, problems);
        Q_EMIT edited();
        auto* box = new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                                    summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReport"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (!problems.isEmpty()) {
            box->setInformativeText(tr("See the details for each row that matched nothing."));
            box->setDetailedText(problems.join(u'\n'));
        }
        box->open();
    });
}

} // namespace leadscope::ui
