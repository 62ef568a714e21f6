#pragma once

#include "core/query/CompanyQuery.h"
#include "core/query/Corrections.h"
#include "core/query/TargetLists.h"
#include "core/query/Team.h"
#include "core/query/TeamRules.h"
#include "core/sync/OlderVisits.h"

#include "DataPage.h"

class QBarSet;
class QChartView;
class QValueAxis;
class QTreeWidgetItem;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QBoxLayout;
class QSplitter;
class QToolButton;
class QTimer;
class QTreeWidget;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class DayAxis;
class ErrorBanner;
class TeamHistory;

// One company: who they are (registry data, links, copy buttons), how hot
// (lead score with its reasons), when they came (timeline chart, click a
// bar to jump to its visit), what they looked at (visits with their page
// views), each pseudonymous visitor's journey, and the team's annotation.
class CompanyPage : public DataPage
{
    Q_OBJECT
public:
    explicit CompanyPage(QWidget* parent = nullptr);

    // The signed-in user, for "assign to me".
    void setCurrentUser(const QString& id, const QString& email);
    void showCompany(const QString& id);
    // The company shown, or the one asked for while its data is on the way.
    QString companyId() const { return m_pendingId.isEmpty() ? m_id : m_pendingId; }
    // Beside the leads list (the reading pane): no way "back", it never left.
    void setEmbedded(bool embedded);
    // The keyboard goes to the team's notes (status first).
    void focusAnnotation();
    // Managers and admins may hide a company (or its industry) from the team's leads.
    void setCanHide(bool canHide);
    const core::CompanyQuery::Company& company() const { return m_company; }
    // The answer to olderVisitsRequested: shown below the visits this computer keeps.
    void showOlderVisits(const core::OlderVisits::Page& page);
    void olderVisitsFailed(const QString& companyId, const QString& message);

Q_SIGNALS:
    void back();
    // An annotation edit was queued: it goes up with the next sync.
    void edited();
    // The company (or the new range) is on screen.
    void loaded();
    // Its visits so far are marked seen.
    void seen(const QString& id);
    // "Hide…": the company shown (company()) is to be hidden from the team's leads.
    void hideRequested();
    // "Report wrong company…" on the company shown: its latest visit's match (`visitId` empty) or one visit's.
    void reportMatchRequested(const QString& visitId, const QString& howWeKnow);
    // A target-account list ticked (on) or unticked for the company shown.
    void listToggled(const QString& listId, bool on);
    // "Show older visits": the company's visits before (beforeMs, beforeId), from the server.
    void olderVisitsRequested(const QString& companyId, qint64 beforeMs, const QString& beforeId);

public Q_SLOTS:
    void reload() override;

private:
    QLayout* buildHeader();      // back, name, facts, links, copy and print buttons; the score and its reasons
    QLayout* buildTimelineBar(); // title and range of the timeline chart
    QLayout* buildActions();     // the copy, print and PDF buttons
    void setUpLists();           // the visits and journeys tabs
    QWidget* buildAnnotation();  // the team notes form
    // A PDF profile of the company (print or save), built on the store's thread.
    void printProfile(bool asPdf);
    struct Loaded;
    void display(const Loaded& loaded);
    void showMonogram();
    void showLoading();  // the data is slow: say so instead of the previous company
    void adoptPending(); // the asked-for company becomes the one shown
    void showFirings(const QList<core::TeamRules::Firing>& firings);
    void showMatch(const QList<core::Corrections::Report>& reports);
    void visitMenu(const QPoint& at); // the visits' context menu
    void showLists(const QList<core::TargetLists::List>& lists, const QStringList& on);
    void showHeader();
    // "Last changed by Anna, 2 hours ago." — a person by name, a rule by its name.
    static QString lastChanged(const core::CompanyQuery::Annotation& annotation, const QDateTime& changed);
    void buildTimeline();
    void showTimeline(const QList<core::CompanyQuery::Bucket>& buckets);
    void showVisits(const QList<core::CompanyQuery::Visit>& visits);
    QTreeWidgetItem* visitItem(const core::CompanyQuery::Visit& visit) const;
    QWidget* buildVisitsTab();     // the visits, and below them the way to older ones
    void resetOlderVisits();       // for a newly shown company: nothing older fetched yet
    static qint64 windowStartMs(); // where the visits this computer keeps begin (Preferences::cacheMonths)
    void showOlderState();         // the note and button under the visits, as things stand
    void addOlderHeading();        // the row that begins the visits from the server
    void showJourneys(const QList<core::CompanyQuery::Visitor>& visitors);
    void saveAnnotation();
    void flushEdits(); // saves edits still waiting for the autosave
    void hideEvent(QHideEvent* event) override;
    void selectVisit(const QString& visitId);

    QString m_id;        // the company shown (its edits, print, copy)
    QString m_pendingId; // asked for, not shown yet: the previous one stays until it is
    QString m_userId;
    QList<core::Team::Member> m_team;
    QString m_userEmail;
    core::CompanyQuery::Company m_company;
    QList<core::CompanyQuery::Bucket> m_buckets;

    QLabel* m_monogram;
    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_links;
    QLabel* m_score;
    QLabel* m_reasons;
    QLabel* m_ruleFirings;
    QLabel* m_howWeKnow; // how the company was matched (docs/MATCHING.md) and what the team reported
    QToolButton* m_reportMatch = nullptr;
    QToolButton* m_hide = nullptr;
    QToolButton* m_lists = nullptr; // the target-account lists, ticked where the company is on one
    bool m_canHide = false; // why rules acted on this company: "Rule “…” fired: visited /prijzen, 3 pages"
    QLabel* m_scoreBar;
    QComboBox* m_range;
    QChartView* m_chart;
    QBarSet* m_visitBars = nullptr; // owned by the chart
    QBarSet* m_pageBars = nullptr;
    DayAxis* m_timelineX = nullptr; // owned by the chart
    QValueAxis* m_timelineY = nullptr;
    QTabWidget* m_tabs;
    QBoxLayout* m_header = nullptr;    // name and facts, then the score: side by side, or stacked in the pane
    QSplitter* m_bottom = nullptr;     // visits | team notes; one above the other in the pane
    QToolButton* m_copyMenu = nullptr; // the copy buttons as one menu, in the pane
    QList<QToolButton*> m_copyButtons;
    QTreeWidget* m_visits;
    QWidget* m_visitsTab = nullptr;
    // Older than the window of months this computer keeps (Preferences::cacheMonths), fetched on demand.
    QLabel* m_olderNote = nullptr;
    QPushButton* m_olderButton = nullptr;
    struct Older
    {
        QString companyId;
        QList<core::CompanyQuery::Visit> visits; // fetched so far, newest first
        qint64 windowStartMs = 0;                // what this computer keeps begins here
        qint64 beforeMs = 0;                     // the next request: before this…
        QString beforeId;                        // … and, at that moment, this visit
        bool asked = false, fetching = false, more = true;
        QString error;
    } m_older;
    QTreeWidget* m_journeys;
    TeamHistory* m_history;
    QComboBox* m_status;
    QLineEdit* m_tags;
    QComboBox* m_assignee;
    QPlainTextEdit* m_note;
    QPushButton* m_save;
    QLabel* m_pending;
    QTimer* m_autosave;
    QTimer* m_loadingHint; // "Loading…" only when the data is slow to come
    QWidget* m_annotationBox = nullptr;
    bool m_dirty = false; // edited since the last save
    static constexpr int kAutosaveMs = 800;
    static constexpr int kHistoryShown = 50; // newest entries of the team history
};

} // namespace leadscope::ui
