#include "Workspace.h"

#include "Accessibility.h"

#include "CompanyPage.h"
#include "DashboardPage.h"
#include "ErrorBanner.h"
#include "HiddenPage.h"
#include "HideDialog.h"
#include "JourneysPage.h"
#include "LeadsModel.h"
#include "LeadsPage.h"
#include "NavIcon.h"
#include "NavItemDelegate.h"
#include "ReportMatchDialog.h"
#include "RulesPage.h"
#include "TargetListsPage.h"

#include "core/admin/AdminClient.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"

#include <QActionGroup>
#include <QEvent>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {
constexpr int kSegmentRole = Qt::UserRole + 1; // index into m_segments; -1 for screens
constexpr int kScreenRole = Qt::UserRole + 2;
} // namespace

Workspace::Workspace(QWidget* parent)
    : QWidget(parent)
    , m_nav(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_problem(new ErrorBanner(this))
    , m_leadsArea(new QSplitter(Qt::Horizontal, this))
    , m_countLater(new QTimer(this))
    , m_leads(new LeadsPage(this))
    , m_segmentActions(new SegmentActions(this))
    , m_moveOffer(new QFrame(this))
    , m_moveText(new QLabel(m_moveOffer))
{
    setObjectName(QStringLiteral("workspace"));
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search companies (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search companies"));
    m_search->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_search, tr("Clear the search"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation and saved segments"));
    m_nav->setContextMenuPolicy(Qt::CustomContextMenu);
    m_nav->setUniformItemSizes(true);
    m_nav->setItemDelegate(new NavItemDelegate(m_nav));          // a long segment name gives way, its counts stay whole
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows fit the sidebar's width

    m_leadsArea->setObjectName(QStringLiteral("readingSplitter"));
    m_leadsArea->installEventFilter(this);
    m_leadsArea->addWidget(m_leads);
    m_leadsArea->setChildrenCollapsible(false);
    m_stack->addWidget(m_leadsArea);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_nav, 1);
    sideLayout->addWidget(m_moveOffer);
    buildMoveOffer();
    m_split->setObjectName(QStringLiteral("workspaceSplitter"));
    m_split->addWidget(side);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({fontMetrics().averageCharWidth() * 36, 1000});
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(1500);
    connect(m_countLater, &QTimer::timeout, this, &Workspace::refreshSegmentCounts);
    m_problem->setObjectName(QStringLiteral("workspaceProblem"));
    connect(m_problem, &ErrorBanner::retryRequested, this, &Workspace::retryRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_split, 1);
    m_split->restoreState(QSettings().value(QStringLiteral("workspace/splitter")).toByteArray());
    connectSearch();
    connectPages();
    reloadSegments();
    setReadingPane(QSettings().value(QStringLiteral("workspace/readingPane"), false).toBool());
}

void Workspace::connectSearch()
{
    // Ctrl+K looks through every company, whatever the list was filtered by
    // (a filter must never hide the company being looked for); Enter opens
    // the best match.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        core::LeadsQuery::Filter filter;
        filter.search = text;
        if (currentScreen() != Screen::Leads)
            showScreen(Screen::Leads);
        if (m_nav->currentRow() != 0) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(0);
        }
        m_leads->setFilter(filter);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        LeadsModel* model = m_leads->model();
        const auto openFirst = [this, model] {
            if (model->rowCount() > 0)
                openCompany(model->companyId(0));
        };
        if (model->isLoading()) // the rows for what was just typed are on their way
            connect(model, &LeadsModel::loaded, this, openFirst, Qt::SingleShotConnection);
        else
            openFirst();
    });
}

void Workspace::connectPages()
{
    connect(m_nav, &QListWidget::currentRowChanged, this, &Workspace::showNavigationRow);
    connect(m_nav, &QListWidget::customContextMenuRequested, this, &Workspace::showSegmentMenu);
    connect(m_leads, &LeadsPage::openCompany, this, &Workspace::openCompany);
    connect(m_leads, &LeadsPage::currentCompanyChanged, this, [this](const QString& id) {
        if (m_readingPane && !id.isEmpty() && id != companyPage()->companyId())
            m_company->showCompany(id);
    });
    connect(m_leads, &LeadsPage::edited, this, &Workspace::editQueued);
    connect(m_leads, &LeadsPage::seenChanged, this, &Workspace::countSoon);
    connect(m_leads, &LeadsPage::saveSegmentRequested, this, &Workspace::saveSegment);
    connect(m_segmentActions, &SegmentActions::localChanged, this, [this] {
        reloadSegments();
        refreshSegmentCounts();
    });
    connect(m_segmentActions, &SegmentActions::serverChanged, this, &Workspace::segmentsEdited);
    connect(m_segmentActions, &SegmentActions::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Saved segments"), message); });
}

void Workspace::buildMoveOffer()
{
    // Segments saved before they moved to the server stay on one computer until
    // moved: offered once, in the sidebar (not a dialog in the way of work).
    m_moveOffer->setObjectName(QStringLiteral("moveSegmentsOffer"));
    m_moveOffer->setFrameShape(QFrame::StyledPanel);
    m_moveText->setWordWrap(true);
    // (No Alt keys: every letter is taken on one screen or another; Tab reaches them.)
    auto* move = new QPushButton(tr("Move to the server"), m_moveOffer);
    move->setObjectName(QStringLiteral("moveSegments"));
    auto* keep = new QPushButton(tr("Keep here"), m_moveOffer);
    keep->setObjectName(QStringLiteral("keepSegmentsHere"));
    auto* layout = new QVBoxLayout(m_moveOffer);
    layout->addWidget(m_moveText);
    layout->addWidget(move); // one above the other: the sidebar stays narrow at 200 %
    layout->addWidget(keep);
    m_moveOffer->hide();
    connect(move, &QPushButton::clicked, this, [this] {
        m_segmentActions->setMoveOffered();
        m_moveOffer->hide();
        m_segmentActions->moveToServer(m_segmentActions->local());
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_segmentActions->setMoveOffered();
        m_moveOffer->hide();
    });
}

void Workspace::setAccount(core::AdminClient* account)
{
    m_account = account;
    if (m_rules)
        m_rules->setAccount(account);
    if (m_hidden)
        m_hidden->setAccount(account);
    if (m_targets)
        m_targets->setAccount(account);
    if (m_company)
        m_company->setCanHide(m_canEditRules && account);
    m_segmentActions->setAccount(account);
    showMoveOffer();
}

void Workspace::showMoveOffer()
{
    const qsizetype local = m_segmentActions->local().size();
    const bool offer = m_segmentActions->online() && local > 0 && !m_segmentActions->moveOffered();
    m_moveText->setText(tr("%n saved segment(s) are on this computer only. Move them to the server, so that "
                           "they are on every computer you sign in to? They stay personal until you share them.",
                           nullptr, int(local)));
    m_moveOffer->setVisible(offer);
}

void Workspace::loadServerSegments()
{
    if (!m_store) {
        m_serverSegments.clear();
        reloadSegments();
        return;
    }
    using List = QList<SegmentActions::Segment>;
    m_store->run<List>(
        this,
        [](core::Cache& cache, QString* error) {
            List segments;
            core::SharedSegments::all(cache, &segments, error);
            return segments;
        },
        [this](const List& segments, const QString&) {
            if (segments == m_serverSegments)
                return;
            m_serverSegments = segments;
            reloadSegments();
            refreshSegmentCounts();
        });
}

CompanyPage* Workspace::companyPage()
{
    if (m_company)
        return m_company;
    m_company = new CompanyPage(this);
    m_company->setCurrentUser(m_userId, m_email);
    m_company->setCanHide(m_canEditRules && m_account);
    m_company->setStore(m_store);
    connect(m_company, &CompanyPage::hideRequested, this, &Workspace::hideCompany);
    connect(m_company, &CompanyPage::reportMatchRequested, this, &Workspace::reportMatch);
    connect(m_company, &CompanyPage::olderVisitsRequested, this,
            [this](const QString& companyId, qint64 beforeMs, const QString& beforeId) {
                if (!m_account) {
                    m_company->olderVisitsFailed(companyId, tr("Not connected to the server."));
                    return;
                }
                m_account->olderVisits(m_company, companyId, beforeMs, beforeId,
                                       [page = QPointer<CompanyPage>(m_company), companyId](
                                           const core::OlderVisits::Page& older, const core::ApiFailure& failure) {
                                           if (!page)
                                               return;
                                           if (failure.isError())
                                               page->olderVisitsFailed(companyId, failure.message);
                                           else
                                               page->showOlderVisits(older);
                                       });
            });
    connect(m_company, &CompanyPage::listToggled, this, [this](const QString& listId, bool on) {
        if (!m_account || !m_company)
            return;
        const QStringList ids{m_company->company().id};
        const auto done = [this](const core::ApiFailure& failure) {
            if (failure.isError())
                QMessageBox::warning(this, tr("Target-account list not changed"), failure.message);
            Q_EMIT segmentsEdited(); // (either way: the next sync shows what the server has)
        };
        if (on)
            m_account->addToTargetList(this, listId, ids, done);
        else
            m_account->removeFromTargetList(this, listId, ids, done);
    });
    // Esc in the reading pane: back to the list, on the same row.
    auto* toList =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_company, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(toList, &QShortcut::activated, this, [this] {
        if (m_readingPane)
            m_leads->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_company, &CompanyPage::back, this, [this] { showScreen(Screen::Leads); });
    connect(m_company, &CompanyPage::edited, this, &Workspace::editQueued);
    connect(m_company, &CompanyPage::seen, this, [this](const QString& id) {
        m_leads->model()->markSeen(id);
        countSoon(); // "New since I last looked"
    });
    placeCompany();
    return m_company;
}

DashboardPage* Workspace::dashboardPage()
{
    if (m_dashboard)
        return m_dashboard;
    m_dashboard = new DashboardPage(this);
    m_dashboard->setStore(m_store);
    connect(m_dashboard, &DashboardPage::drillDown, this, [this](const core::LeadsQuery::Filter& filter) {
        showScreen(Screen::Leads);
        m_leads->setFilter(filter);
    });
    m_stack->addWidget(m_dashboard);
    return m_dashboard;
}

JourneysPage* Workspace::journeysPage()
{
    if (m_journeys)
        return m_journeys;
    m_journeys = new JourneysPage(this);
    m_journeys->setStore(m_store);
    m_journeys->setSegments(m_segments);
    m_stack->addWidget(m_journeys);
    return m_journeys;
}

RulesPage* Workspace::rulesPage()
{
    if (m_rules)
        return m_rules;
    m_rules = new RulesPage(this);
    m_rules->setAccount(m_account);
    m_rules->setCanEdit(m_canEditRules);
    m_rules->setStore(m_store);
    connect(m_rules, &RulesPage::edited, this, &Workspace::segmentsEdited);
    m_stack->addWidget(m_rules);
    return m_rules;
}

HiddenPage* Workspace::hiddenPage()
{
    if (m_hidden)
        return m_hidden;
    m_hidden = new HiddenPage(this);
    m_hidden->setAccount(m_account);
    m_hidden->setCanEdit(m_canEditRules);
    m_hidden->setStore(m_store);
    connect(m_hidden, &HiddenPage::edited, this, &Workspace::segmentsEdited);
    m_stack->addWidget(m_hidden);
    return m_hidden;
}

TargetListsPage* Workspace::targetListsPage()
{
    if (m_targets)
        return m_targets;
    m_targets = new TargetListsPage(this);
    m_targets->setAccount(m_account);
    m_targets->setCanEdit(m_canEditRules);
    m_targets->setStore(m_store);
    connect(m_targets, &TargetListsPage::edited, this, &Workspace::segmentsEdited);
    connect(m_targets, &TargetListsPage::showLeads, this, [this](const core::LeadsQuery::Filter& filter) {
        showScreen(Screen::Leads);
        m_leads->setFilter(filter);
    });
    m_stack->addWidget(m_targets);
    return m_targets;
}

void Workspace::setCanEditRules(bool canEdit)
{
    m_canEditRules = canEdit;
    if (m_rules)
        m_rules->setCanEdit(canEdit);
    if (m_hidden)
        m_hidden->setCanEdit(canEdit);
    if (m_targets)
        m_targets->setCanEdit(canEdit);
    if (m_company)
        m_company->setCanHide(canEdit && m_account);
}

void Workspace::hideCompany()
{
    if (!m_account || !m_company)
        return;
    const core::CompanyQuery::Company& c = m_company->company();
    auto* dialog = new HideDialog(c.id, c.name, c.sbiCode, c.industry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, request = QPointer<HideDialog>(dialog)] {
        if (!request || !m_account)
            return;
        m_account->addIgnored(this, request->request(), [this](const core::ApiFailure& failure) {
            if (failure.isError())
                QMessageBox::warning(this, tr("Not hidden"), failure.message);
            else
                Q_EMIT segmentsEdited(); // the sync brings the list; the company leaves every screen
        });
    });
    dialog->open();
}

void Workspace::reportMatch(const QString& visitId, const QString& howWeKnow)
{
    if (!m_account || !m_company)
        return;
    const core::CompanyQuery::Company& c = m_company->company();
    auto* dialog = new ReportMatchDialog(m_account, c.id, c.name, visitId, howWeKnow, m_canEditRules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, request = QPointer<ReportMatchDialog>(dialog)] {
        if (!request || !m_account)
            return;
        m_account->reportMatch(this, request->request(), [this](qint64 relabelled, const core::ApiFailure& failure) {
            if (failure.isError()) {
                QMessageBox::warning(this, tr("Not reported"), failure.message);
                return;
            }
            if (relabelled > 0)
                QMessageBox::information(this, tr("Reported"),
                                         tr("%Ln past visit(s) from this network changed. They arrive with the next "
                                            "sync, in a moment.",
                                            nullptr, int(relabelled)));
            Q_EMIT segmentsEdited(); // the sync brings the report and any changed visits
        });
    });
    dialog->open();
}

void Workspace::showNavigationRow(int row)
{
    QListWidgetItem* item = m_nav->item(row);
    if (!item)
        return;
    const int segment = item->data(kSegmentRole).toInt();
    if (segment >= 0 && segment < m_segments.size()) {
        m_stack->setCurrentWidget(m_leadsArea);
        m_leads->setFilter(m_segments[segment].filter);
        return;
    }
    switch (Screen(item->data(kScreenRole).toInt())) {
    case Screen::Leads:
        m_stack->setCurrentWidget(m_leadsArea);
        break;
    case Screen::Dashboard:
        m_stack->setCurrentWidget(dashboardPage());
        break;
    case Screen::Journeys:
        m_stack->setCurrentWidget(journeysPage());
        break;
    case Screen::Rules:
        m_stack->setCurrentWidget(rulesPage());
        break;
    case Screen::Hidden:
        m_stack->setCurrentWidget(hiddenPage());
        break;
    case Screen::Targets:
        m_stack->setCurrentWidget(targetListsPage());
        break;
    case Screen::Company:
        break;
    }
}

void Workspace::setStore(core::DataStore* store, const QString& profile, const QString& userId, const QString& email)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    const bool profileChanged = profile != m_profile;
    m_profile = profile;
    m_segmentActions->setProfile(profile);
    // Another account or none: its segments go at once (the sidebar always shows
    // m_serverSegments, so that a list equal to the new one is not taken for it).
    if (profileChanged || !m_serverSegments.isEmpty()) {
        m_serverSegments.clear();
        reloadSegments();
    }
    loadServerSegments();
    showMoveOffer();
    m_userId = userId;
    m_email = email;
    m_leads->setStore(store);
    if (m_company) {
        m_company->setCurrentUser(userId, email);
        m_company->setStore(store);
    }
    if (m_dashboard)
        m_dashboard->setStore(store);
    if (m_journeys)
        m_journeys->setStore(store);
    if (m_rules)
        m_rules->setStore(store);
    if (m_hidden)
        m_hidden->setStore(store);
    if (m_targets)
        m_targets->setStore(store);
    if (m_store) {
        connect(m_store, &core::DataStore::changed, this, &Workspace::countSoon);
        connect(m_store, &core::DataStore::changed, this, &Workspace::loadServerSegments);
    }
    // After the list's first page (queued above): counting every segment
    // takes longer than a page, and the store runs one query at a time.
    refreshSegmentCounts();
    if (!store && currentScreen() == Screen::Company)
        showScreen(Screen::Leads);
}

void Workspace::reloadSegments()
{
    const QSignalBlocker block(m_nav);
    const int current = m_nav->currentRow();
    m_nav->clear();
    const auto screen = [this](const QString& text, Screen which) {
        auto* item = new QListWidgetItem(text, m_nav);
        item->setData(kScreenRole, int(which));
        item->setData(kSegmentRole, -1);
        item->setData(Qt::AccessibleTextRole, text);
    };
    screen(tr("Leads"), Screen::Leads);
    screen(tr("Dashboard"), Screen::Dashboard);
    screen(tr("Journeys"), Screen::Journeys);
    screen(tr("Rules"), Screen::Rules);
    screen(tr("Target accounts"), Screen::Targets);
    screen(tr("Hidden"), Screen::Hidden);
    auto* heading = new QListWidgetItem(tr("Saved segments"), m_nav);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setData(kSegmentRole, -1);
    heading->setData(kScreenRole, -1);
    m_firstSegmentRow = m_nav->count();
    m_segments = m_serverSegments + m_segmentActions->local();
    if (m_journeys)
        m_journeys->setSegments(m_segments);
    for (int i = 0; i < m_segments.size(); ++i) {
        const SegmentActions::Segment& segment = m_segments[i];
        auto* item = new QListWidgetItem(segment.name, m_nav);
        item->setData(kSegmentRole, i);
        item->setData(kScreenRole, -1);
        QString where;
        if (segment.id.isEmpty())
            where = tr("On this computer only");
        else if (!segment.mine)
            where = segment.canEdit ? tr("Shared by %1; you may change it").arg(segment.ownerEmail)
                                    : tr("Shared by %1").arg(segment.ownerEmail);
        else if (segment.shared())
            where = segment.canEdit && segment.sharing == QLatin1String("edit")
                        ? tr("Shared with your team, who may change it")
                        : tr("Shared with your team");
        else
            where = tr("Yours, on every computer you sign in to");
        item->setToolTip(tr("%1 · right-click for more").arg(where));
        item->setData(Qt::AccessibleDescriptionRole, where);
    }
    m_nav->setCurrentRow(current >= 0 && current < m_nav->count() ? current : 0);
    updateNavIcons();
}

void Workspace::updateNavIcons()
{
    const QPalette colours = palette(); // (the list's own is updated after this widget's)
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        const int screen = item->data(kScreenRole).toInt();
        if (item->data(kSegmentRole).toInt() >= 0)
            item->setIcon(NavIcon::icon(NavIcon::Kind::Segment, colours));
        else if (screen == int(Screen::Leads))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Leads, colours));
        else if (screen == int(Screen::Dashboard))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Dashboard, colours));
        else if (screen == int(Screen::Journeys))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Journeys, colours));
        else if (screen == int(Screen::Rules))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Rules, colours));
        else if (screen == int(Screen::Hidden))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Hidden, colours));
        else if (screen == int(Screen::Targets))
            item->setIcon(NavIcon::icon(NavIcon::Kind::Targets, colours));
    }
}

bool Workspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_leadsArea && event->type() == QEvent::Resize)
        fitReadingPane();
    return QWidget::eventFilter(watched, event);
}

void Workspace::fitReadingPane()
{
    if (!m_readingPane)
        return;
    // Side by side needs room for the list's main columns and a readable profile
    // (a small screen at 200 % has not): otherwise the profile goes under the list.
    const int needed = fontMetrics().averageCharWidth() * 130;
    const Qt::Orientation fits = m_leadsArea->width() >= needed ? Qt::Horizontal : Qt::Vertical;
    if (m_leadsArea->orientation() != fits) {
        m_leadsArea->setOrientation(fits);
        const int along = fits == Qt::Horizontal ? m_leadsArea->width() : m_leadsArea->height();
        m_leadsArea->setSizes({along * 3 / 5, along * 2 / 5});
    }
}

void Workspace::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavIcons(); // light or dark: the icons are drawn in the text colour
}

void Workspace::countSoon()
{
    // Counting every segment twice over the whole cache takes a while on the
    // store's thread: not while the user moves from lead to lead, once they pause.
    m_countLater->start();
}

void Workspace::refreshSegmentCounts()
{
    if (!m_store)
        return;
    // Leads first (everything), then each segment: how many, and how many are new to this user.
    QList<core::LeadsQuery::Filter> filters{core::LeadsQuery::Filter{}};
    for (const SegmentActions::Segment& segment : std::as_const(m_segments))
        filters << segment.filter;
    struct Counts
    {
        QList<qint64> all;
        QList<qint64> fresh;
    };
    m_store->run<Counts>(
        this,
        [filters](core::Cache& cache, QString* error) {
            Counts counts;
            core::LeadsQuery query(cache);
            for (core::LeadsQuery::Filter filter : filters) {
                qint64 all = -1;
                qint64 fresh = -1;
                if (!query.count(filter, &all, error))
                    break;
                filter.unseenOnly = true;
                if (!query.count(filter, &fresh, error))
                    break;
                counts.all << all;
                counts.fresh << fresh;
            }
            return counts;
        },
        [this](const Counts& counts, const QString&) {
            const QLocale locale;
            if (!counts.fresh.isEmpty()) {
                if (QListWidgetItem* leads = m_nav->item(0)) {
                    const qint64 fresh = counts.fresh.first();
                    leads->setData(NavItemDelegate::kCountRole,
                                   fresh > 0 ? tr("%1 new").arg(locale.toString(fresh)) : QString());
                    leads->setData(Qt::AccessibleTextRole,
                                   fresh > 0 ? tr("Leads, %1 new").arg(locale.toString(fresh)) : tr("Leads"));
                }
            }
            for (int i = 0; i + 1 < counts.all.size() && i < m_segments.size(); ++i) {
                QListWidgetItem* item = m_nav->item(m_firstSegmentRow + i);
                if (!item)
                    continue;
                const QString all = locale.toString(counts.all[i + 1]);
                const qint64 fresh = counts.fresh[i + 1];
                item->setData(NavItemDelegate::kCountRole,
                              fresh > 0 ? tr("%1 · %2 new").arg(all, locale.toString(fresh)) : all);
                item->setData(Qt::AccessibleTextRole,
                              tr("%1, %2 companies, %3 new").arg(m_segments[i].name, all, locale.toString(fresh)));
            }
        });
}

void Workspace::saveSegment(const core::LeadsQuery::Filter& filter)
{
    // Says what is saved, and is wide enough for its title and a long name.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveSegmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save segment"));
    dialog->setLabelText(
        tr("Saves these filters: %1.\n\nName of the segment:").arg(core::LeadReport::describe(filter)));
    dialog->setTextValue(QString()); // makes its line edit, which sets the dialog's width
    if (auto* name = dialog->findChild<QLineEdit*>())
        name->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    if (auto* label = dialog->findChild<QLabel*>())
        label->setWordWrap(true); // a long filter wraps instead of widening the dialog
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, filter](const QString& name) { m_segmentActions->save(name, filter); });
    dialog->open();
}

void Workspace::showSegmentMenu(const QPoint& at)
{
    QListWidgetItem* item = m_nav->itemAt(at);
    const int segment = item ? item->data(kSegmentRole).toInt() : -1;
    if (segment < 0 || segment >= m_segments.size())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("segmentMenu"));
    addSegmentActions(&menu, m_segments[segment]);
    menu.exec(m_nav->viewport()->mapToGlobal(at));
}

void Workspace::addSegmentActions(QMenu* menu, const SegmentActions::Segment& segment)
{
    const QString name = segment.name;
    if (segment.canEdit) {
        menu->addAction(tr("&Save the current filters into “%1”").arg(name), this,
                        [this, segment] { m_segmentActions->setFilter(segment, m_leads->filter()); });
    }
    if (segment.id.isEmpty() && m_segmentActions->online())
        menu->addAction(tr("&Move “%1” to the server").arg(name), this,
                        [this, segment] { m_segmentActions->moveToServer({segment}); });
    if (segment.mine && !segment.id.isEmpty()) {
        QMenu* share = menu->addMenu(tr("S&hare with the team"));
        auto* oneOf = new QActionGroup(share); // shown as a choice of one
        const QList<std::pair<QString, QString>> choices{{QStringLiteral("private"), tr("&Only me")},
                                                         {QStringLiteral("view"), tr("The team may &look at it")},
                                                         {QStringLiteral("edit"), tr("The team may &change it")}};
        for (const auto& [sharing, label] : choices) {
            QAction* choice = share->addAction(
                label, this, [this, segment, sharing = sharing] { m_segmentActions->setSharing(segment, sharing); });
            choice->setCheckable(true);
            choice->setActionGroup(oneOf);
            choice->setChecked(segment.sharing == sharing);
            choice->setData(sharing);
        }
    }
    if (segment.canDelete)
        menu->addAction(tr("&Delete “%1”").arg(name), this, [this, segment] { m_segmentActions->remove(segment); });
}

QWidget* Workspace::widgetFor(Screen screen)
{
    switch (screen) {
    case Screen::Dashboard:
        return dashboardPage();
    case Screen::Journeys:
        return journeysPage();
    case Screen::Rules:
        return rulesPage();
    case Screen::Hidden:
        return hiddenPage();
    case Screen::Targets:
        return targetListsPage();
    case Screen::Company:
        return m_readingPane ? static_cast<QWidget*>(m_leadsArea) : companyPage();
    case Screen::Leads:
        break;
    }
    return m_leadsArea;
}

void Workspace::showScreen(Screen screen)
{
    if (screen == Screen::Company) {
        m_stack->setCurrentWidget(widgetFor(screen));
        return;
    }
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        if (item->data(kSegmentRole).toInt() < 0 && item->data(kScreenRole).toInt() == int(screen)) {
            m_nav->setCurrentRow(row);
            break;
        }
    }
    m_stack->setCurrentWidget(widgetFor(screen));
}

Workspace::Screen Workspace::currentScreen() const
{
    QWidget* current = m_stack->currentWidget();
    if (current == m_dashboard)
        return Screen::Dashboard;
    if (current == m_journeys)
        return Screen::Journeys;
    if (m_rules && current == m_rules)
        return Screen::Rules;
    if (m_hidden && current == m_hidden)
        return Screen::Hidden;
    if (m_targets && current == m_targets)
        return Screen::Targets;
    if (m_company && current == m_company && !m_readingPane)
        return Screen::Company;
    return Screen::Leads;
}

void Workspace::openCompany(const QString& id)
{
    if (id != companyPage()->companyId())
        m_company->showCompany(id);
    if (m_readingPane) {
        // Already beside the list: the list shows, the profile takes the keyboard.
        if (currentScreen() != Screen::Leads)
            showScreen(Screen::Leads);
        m_company->focusAnnotation();
        return;
    }
    m_stack->setCurrentWidget(m_company);
}

void Workspace::setReadingPane(bool on)
{
    if (on == m_readingPane)
        return;
    const bool wasCompany = currentScreen() == Screen::Company;
    m_readingPane = on;
    QSettings().setValue(QStringLiteral("workspace/readingPane"), on);
    if (!on)
        QSettings().setValue(QStringLiteral("workspace/readingSplitter"), m_leadsArea->saveState());
    if (m_company)
        placeCompany();
    else if (on)
        companyPage(); // built where it belongs: beside the list
    else
        return;
    if (on) {
        const QString current = m_leads->currentCompany();
        if (!current.isEmpty() && current != m_company->companyId())
            m_company->showCompany(current);
        if (wasCompany || m_stack->currentWidget() == m_leadsArea)
            m_stack->setCurrentWidget(m_leadsArea);
    }
}

void Workspace::placeCompany()
{
    if (m_readingPane) {
        m_stack->removeWidget(m_company);
        m_leadsArea->addWidget(m_company);
        m_leadsArea->setStretchFactor(0, 3);
        m_leadsArea->setStretchFactor(1, 2);
        m_leadsArea->restoreState(QSettings().value(QStringLiteral("workspace/readingSplitter")).toByteArray());
        m_company->setEmbedded(true);
        m_company->show();
        fitReadingPane();
    } else {
        m_company->setEmbedded(false);
        m_stack->addWidget(m_company);
    }
}

void Workspace::showProblem(const QString& message)
{
    if (message.isEmpty())
        m_problem->hide();
    else
        m_problem->showMessage(message);
    m_leads->setNoStoreText(message.isEmpty() ? QString()
                                              : tr("Nothing to show until the encrypted local copy can be opened: "
                                                   "see the message above."));
}

void Workspace::forgetUser()
{
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_leads->setFilter({});
    showScreen(Screen::Leads);
}

void Workspace::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void Workspace::saveState() const
{
    QSettings().setValue(QStringLiteral("workspace/splitter"), m_split->saveState());
    if (m_readingPane)
        QSettings().setValue(QStringLiteral("workspace/readingSplitter"), m_leadsArea->saveState());
    m_leads->saveState();
}

} // namespace leadscope::ui
