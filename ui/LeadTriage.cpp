#include "LeadTriage.h"

#include "LeadsModel.h"

#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"
#include "core/query/LeadsQuery.h"
#include "core/query/Team.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace leadscope::ui {

namespace {

const QString kWatchTag = QStringLiteral("watch");

struct Choices
{
    QStringList labels;
    QStringList values;
};

} // namespace

LeadTriage::LeadTriage(QTableView* view, LeadsModel* model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    add(tr("Next lead"), QKeySequence(Qt::Key_J), [this] { move(1); });
    add(tr("Previous lead"), QKeySequence(Qt::Key_K), [this] { move(-1); });
    const QStringList& statuses = core::LeadStatus::keys();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString key = statuses[i];
        add(tr("Status: %1").arg(core::LeadStatus::label(key)), QKeySequence(Qt::Key_1 + i),
            [this, key] { edit([key](core::AnnotationOutbox::Edit& e) { e.status = key; }, true); });
    }
    add(tr("Assign to…"), QKeySequence(Qt::Key_A), [this] { pickAssignee(); });
    add(tr("Add a tag…"), QKeySequence(Qt::Key_T), [this] { pickTag(); });
    add(tr("Watch / stop watching"), QKeySequence(Qt::Key_W), [this] {
        const core::LeadsQuery::Row* row = m_model->rowAt(m_view->currentIndex().row());
        const bool watched = row && row->tags.contains(kWatchTag);
        edit(
            [watched](core::AnnotationOutbox::Edit& e) {
                e.tags.removeAll(kWatchTag);
                if (!watched)
                    e.tags << kWatchTag;
            },
            false);
    });
    add(tr("Mark as seen / new"), QKeySequence(Qt::Key_U), [this] { toggleSeen(); });
    m_export = add(tr("Export the selection…"), QKeySequence(Qt::Key_E), [this] {
        if (!targets().isEmpty())
            Q_EMIT exportRequested(targets());
    });
    m_export->setVisible(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LeadTriage::showMenu);
}

QAction* LeadTriage::add(const QString& text, const QKeySequence& key, std::function<void()> run)
{
    auto* action = new QAction(text, m_view);
    action->setShortcut(key);
    // Single keys act only while the list has the focus: typing in a filter types.
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    m_view->addAction(action);
    m_actions << action;
    return action;
}

void LeadTriage::setStore(core::DataStore* store)
{
    m_store = store;
}

void LeadTriage::setCanExport(bool can)
{
    m_export->setVisible(can);
    m_export->setEnabled(can);
}

void LeadTriage::showMenu(const QPoint& at)
{
    if (!m_view->indexAt(at).isValid())
        return;
    if (!m_view->selectionModel()->isSelected(m_view->indexAt(at)))
        m_view->setCurrentIndex(m_view->indexAt(at));
    QMenu menu(m_view);
    for (QAction* action : std::as_const(m_actions)) {
        if (action->isVisible())
            menu.addAction(action);
        if (action->shortcut() == QKeySequence(Qt::Key_K) ||
            action->shortcut() == QKeySequence(Qt::Key_1 + int(core::LeadStatus::keys().size()) - 1))
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

QStringList LeadTriage::targets() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->companyId(index.row());
    if (ids.size() <= 1) // one selected row is the current one
        ids = QStringList{m_model->companyId(m_view->currentIndex().row())};
    ids.removeAll(QString());
    return ids;
}

void LeadTriage::move(int step)
{
    const int row = std::clamp(m_view->currentIndex().row() + step, 0, m_model->rowCount() - 1);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, std::max(0, m_view->currentIndex().column())));
}

void LeadTriage::nextNew()
{
    const int from = m_view->currentIndex().row();
    for (int row = from + 1; row < m_model->rowCount(); ++row) {
        if (const core::LeadsQuery::Row* lead = m_model->rowAt(row); lead && lead->unseen) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    move(1);
}

void LeadTriage::edit(const std::function<void(core::AnnotationOutbox::Edit&)>& change, bool advance)
{
    const QStringList ids = targets();
    if (!m_store || ids.isEmpty())
        return;
    m_store->run<bool>(
        this,
        [ids, change](core::Cache& cache, QString* error) {
            for (const QString& id : ids) {
                if (!core::AnnotationOutbox::change(cache, id, change, error))
                    return false;
            }
            return true;
        },
        [this](bool ok, const QString& error) {
            if (!ok) {
                QMessageBox::warning(m_view, tr("Not saved"), tr("The change could not be saved: %1").arg(error));
                return;
            }
            if (m_store)
                m_store->notifyChanged(); // the list shows it; the current company stays current
            Q_EMIT edited();
        });
    if (advance && ids.size() == 1)
        nextNew();
}

void LeadTriage::toggleSeen()
{
    const core::LeadsQuery::Row* row = m_model->rowAt(m_view->currentIndex().row());
    if (!m_store || !row)
        return;
    const QString id = row->id;
    const bool makeNew = !row->unseen;
    if (makeNew)
        m_model->markUnseen(id);
    else
        m_model->markSeen(id);
    m_store->run<bool>(
        this,
        [id, makeNew](core::Cache& cache, QString* error) {
            return makeNew ? core::LeadsQuery::markUnseen(cache, id, error)
                           : core::LeadsQuery::markSeen(cache, id, error);
        },
        [this](bool ok, const QString&) {
            if (ok)
                Q_EMIT seenChanged();
        });
}

void LeadTriage::markAllSeen()
{
    if (!m_store)
        return;
    m_store->run<bool>(
        this,
        [filter = m_model->filter()](core::Cache& cache, QString* error) {
            return core::LeadsQuery(cache).markAllSeen(filter, error);
        },
        [this](bool ok, const QString&) {
            if (!ok || !m_store)
                return;
            m_store->notifyChanged();
            Q_EMIT seenChanged();
        });
}

void LeadTriage::pickTag()
{
    if (!m_store || targets().isEmpty())
        return;
    m_store->run<QStringList>(
        this,
        [](core::Cache& cache, QString* error) {
            QStringList tags;
            core::LeadsQuery(cache).values(core::LeadsQuery::Facet::Tag, &tags, error);
            return tags;
        },
        [this](const QStringList& tags, const QString&) {
            auto* dialog = new QInputDialog(m_view);
            dialog->setObjectName(QStringLiteral("tagPicker"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Add a tag"));
            dialog->setLabelText(tr("Tag (a new one, or one your team uses):"));
            dialog->setComboBoxEditable(true); // completes over the tags in use
            dialog->setComboBoxItems(tags);
            dialog->setTextValue(QString());
            connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
                const QString tag = text.trimmed();
                if (tag.isEmpty())
                    return;
                edit(
                    [tag](core::AnnotationOutbox::Edit& e) {
                        if (!e.tags.contains(tag))
                            e.tags << tag;
                    },
                    false);
            });
            connect(dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
            dialog->open();
        });
}

void LeadTriage::pickAssignee()
{
    if (!m_store || targets().isEmpty())
        return;
    m_store->run<Choices>(
        this,
        [](core::Cache& cache, QString* error) {
            Choices choices{{tr("Nobody")}, {QString()}};
            QList<core::Team::Member> team;
            if (core::Team::members(cache, false, &team, error)) {
                for (const core::Team::Member& member : std::as_const(team)) {
                    choices.labels << member.displayName();
                    choices.values << member.id;
                }
            }
            return choices;
        },
        [this](const Choices& choices, const QString&) {
            auto* dialog = new QInputDialog(m_view);
            dialog->setObjectName(QStringLiteral("assigneePicker"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Assign"));
            dialog->setLabelText(tr("Assign to (type to find a colleague):"));
            dialog->setComboBoxEditable(true); // completes over the team's names
            dialog->setComboBoxItems(choices.labels);
            connect(dialog, &QInputDialog::textValueSelected, this, [this, choices](const QString& text) {
                const qsizetype at = choices.labels.indexOf(text.trimmed());
                if (at < 0) {
                    QMessageBox::information(m_view, tr("Assign"), tr("“%1” is not in your team.").arg(text));
                    return;
                }
                edit([assignee = choices.values.at(at)](core::AnnotationOutbox::Edit& e) { e.assignee = assignee; },
                     true);
            });
            connect(dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
            dialog->open();
        });
}

} // namespace leadscope::ui
