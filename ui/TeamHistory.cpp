#include "TeamHistory.h"

#include "RelativeTime.h"

#include "core/query/LeadStatus.h"

#include <QHeaderView>
#include <QLabel>

namespace leadscope::ui {

namespace {

constexpr int kNoteShown = 240; // characters of a note in the list; all of it on hover

} // namespace

TeamHistory::TeamHistory(QWidget* parent)
    : QTreeWidget(parent)
    , m_empty(new QLabel(tr("Nothing yet: when someone in your team changes the status, assignee, tags or note, it "
                            "is listed here with who and when."),
                         viewport()))
{
    m_empty->setObjectName(QStringLiteral("teamHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    setObjectName(QStringLiteral("teamHistory"));
    setAccessibleName(tr("Team history"));
    setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void TeamHistory::updateGeometries()
{
    QTreeWidget::updateGeometries();
    const int margin = fontMetrics().averageCharWidth();
    m_empty->setGeometry(viewport()->rect().adjusted(margin, margin, -margin, -margin));
}

QStringList TeamHistory::describe(const core::CompanyQuery::HistoryEntry& e)
{
    QStringList lines;
    if (e.statusChanged)
        lines << tr("Status: %1 → %2").arg(core::LeadStatus::label(e.statusFrom), core::LeadStatus::label(e.statusTo));
    if (e.assigneeChanged) {
        const QString to = e.assigneeToName.isEmpty() ? tr("a colleague") : e.assigneeToName;
        lines << (e.assigneeTo.isEmpty() ? tr("No longer assigned to anyone") : tr("Assigned to %1").arg(to));
    }
    if (!e.tagsAdded.isEmpty())
        lines << tr("Tags added: %1").arg(e.tagsAdded.join(QStringLiteral(", ")));
    if (!e.tagsRemoved.isEmpty())
        lines << tr("Tags removed: %1").arg(e.tagsRemoved.join(QStringLiteral(", ")));
    if (e.noteChanged) {
        const QString note = e.note.simplified();
        lines << (note.isEmpty()
                      ? tr("Cleared the note")
                      : tr("Note: “%1”")
                            .arg(note.size() > kNoteShown ? note.left(kNoteShown) + QStringLiteral("…") : note));
    }
    return lines;
}

void TeamHistory::setEntries(const QList<core::CompanyQuery::HistoryEntry>& entries)
{
    clear();
    m_empty->setVisible(entries.isEmpty());
    header()->setVisible(!entries.isEmpty());
    const QDateTime now = QDateTime::currentDateTime();
    for (const core::CompanyQuery::HistoryEntry& entry : entries) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at);
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, RelativeTime::describe(at, now));
        item->setToolTip(0, RelativeTime::exact(at));
        item->setText(1, entry.byRule ? (entry.ruleName.isEmpty() ? tr("A rule") : tr("Rule “%1”").arg(entry.ruleName))
                         : entry.byName.isEmpty() ? tr("A colleague")
                                                  : entry.byName);
        item->setText(2, describe(entry).join(u'\n'));
        if (entry.noteChanged && !entry.note.isEmpty())
            item->setToolTip(2, entry.note);
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
    }
}

} // namespace leadscope::ui
