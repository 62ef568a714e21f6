#pragma once

#include "SegmentActions.h"
#include "core/query/LeadsQuery.h"

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace leadscope::core {
class AdminClient;
class DataStore;
} // namespace leadscope::core

namespace leadscope::ui {

class CompanyPage;
class ErrorBanner;
class DashboardPage;
class JourneysPage;
class LeadsPage;
class HiddenPage;
class RulesPage;
class TargetListsPage;

// What a signed-in user works in: navigation (Leads, Dashboard, Journeys)
// and saved segments with live counts on the left, the screen on the right,
// and a global search (Ctrl+K) that filters the leads as you type.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    enum class Screen
    {
        Leads,
        Dashboard,
        Journeys,
        Rules,
        Targets,
        Hidden,
        Company,
    };

    explicit Workspace(QWidget* parent = nullptr);

    // The cache of the signed-in account (null: none) and who that is.
    void setStore(core::DataStore* store, const QString& profile, const QString& userId, const QString& email);
    bool hasStore() const { return !m_store.isNull(); }
    // The signed-in account (null: none): saved segments then live on the server.
    void setAccount(core::AdminClient* account);
    void showScreen(Screen screen);
    Screen currentScreen() const;
    void openCompany(const QString& id);
    void focusSearch();
    void saveState() const;
    // The list and the current company's profile side by side (remembered).
    void setReadingPane(bool on);
    bool hasReadingPane() const { return m_readingPane; }
    // Why there is nothing to show although signed in (the local copy cannot be
    // opened), above every screen with "Try again"; empty hides it.
    void showProblem(const QString& message);
    // Signed out (or another account): the search, the filters and the open
    // profile of the one before are gone; the next user starts on the full list.
    void forgetUser();

    LeadsPage* leadsPage() const { return m_leads; }
    // The other screens are built the first time they are needed, so that the
    // list paints first on a cold start; these build them.
    CompanyPage* companyPage();
    DashboardPage* dashboardPage();
    JourneysPage* journeysPage();
    RulesPage* rulesPage();
    HiddenPage* hiddenPage();
    TargetListsPage* targetListsPage();
    QListWidget* navigation() const { return m_nav; }
    // Managers and admins change rules and hide companies; everybody else sees them.
    void setCanEditRules(bool canEdit);

Q_SIGNALS:
    // An annotation edit is waiting to go up: sync soon.
    void editQueued();
    // "Try again" on the problem shown by showProblem().
    void retryRequested();
    // A saved segment or a rule changed on the server: the next sync brings the new list.
    void segmentsEdited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectSearch(); // Ctrl+K: every company, Enter opens the first
    void connectPages();  // navigation, the list, the profile (full or beside the list), the dashboard
    void buildMoveOffer();
    // A navigation row was chosen: a screen, or a saved segment's filter on the leads list.
    void showNavigationRow(int row);
    void reloadSegments();
    void loadServerSegments(); // the server's list from the cache, then reloadSegments()
    void showMoveOffer();      // this computer's segments to the server? (once)
    void addSegmentActions(QMenu* menu, const SegmentActions::Segment& segment);
    void updateNavIcons();
    void refreshSegmentCounts();
    void countSoon(); // refreshSegmentCounts() after a pause
    void saveSegment(const core::LeadsQuery::Filter& filter);
    void showSegmentMenu(const QPoint& at);
    QWidget* widgetFor(Screen screen);
    // "Hide…" on the profile: asks how, then tells the server.
    void hideCompany();
    // "Wrong company?" on the profile or a visit: the report dialog, then POST /api/v1/corrections.
    void reportMatch(const QString& visitId, const QString& howWeKnow);
    // Where the profile goes: beside the list (reading pane) or a screen of its own.
    void placeCompany();
    // The reading pane beside the list when there is room for both, under it when not.
    void fitReadingPane();

    QPointer<core::DataStore> m_store;
    QString m_profile;
    QString m_userId;
    QString m_email;
    QListWidget* m_nav;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QSplitter* m_split;
    ErrorBanner* m_problem;
    QSplitter* m_leadsArea; // the list, and the reading pane when it is on
    bool m_readingPane = false;
    QTimer* m_countLater;
    LeadsPage* m_leads;
    CompanyPage* m_company = nullptr;     // built by companyPage()
    DashboardPage* m_dashboard = nullptr; // built by dashboardPage()
    JourneysPage* m_journeys = nullptr;   // built by journeysPage()
    RulesPage* m_rules = nullptr;         // built by rulesPage()
    HiddenPage* m_hidden = nullptr;       // built by hiddenPage()
    TargetListsPage* m_targets = nullptr; // built by targetListsPage()
    core::AdminClient* m_account = nullptr;
    bool m_canEditRules = false;
    QList<SegmentActions::Segment> m_segments;       // the server's, then this computer's
    QList<SegmentActions::Segment> m_serverSegments; // as the cache holds them
    SegmentActions* m_segmentActions;
    QFrame* m_moveOffer;
    QLabel* m_moveText;
    int m_firstSegmentRow = 0;
};

} // namespace leadscope::ui
