#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Preferences.h"
#include "core/Session.h"
#include "core/admin/AdminClient.h"
#include "core/cache/Cache.h"
#include "core/cache/SqliteStatement.h"
#include "core/export/LeadExport.h"
#include "core/query/CompanyQuery.h"
#include "core/query/DashboardQuery.h"
#include "core/query/DataStore.h"
#include "core/query/FlowQuery.h"
#include "core/query/LeadScore.h"
#include "core/query/LeadStatus.h"
#include "core/query/LeadsQuery.h"
#include "core/query/SavedSegments.h"
#include "core/query/TargetLists.h"
#include "core/query/Team.h"
#include "core/query/TeamRules.h"
#include "core/sync/ChangeApplier.h"
#include "core/sync/SyncEngine.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/DemoServer.h"
#include "tests/support/Screenshot.h"
#include "ui/CompanyPage.h"
#include "ui/DashboardPage.h"
#include "ui/FlowWidget.h"
#include "ui/HiddenPage.h"
#include "ui/JourneysPage.h"
#include "ui/LeadTriage.h"
#include "ui/LeadsModel.h"
#include "ui/LeadsPage.h"
#include "ui/NavItemDelegate.h"
#include "ui/RuleEditor.h"
#include "ui/RulesPage.h"
#include "ui/ScoreBar.h"
#include "ui/ShortcutsDialog.h"
#include "ui/TargetListsPage.h"
#include "ui/TeamHistory.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace leadscope;

// The screens a sales rep lives in, over a cache synced from a real server:
// filters change the rows, a saved segment restores its filters, the profile
// shows the company's visits with one timeline point per day, journeys
// follow the page views, the dashboard shows what the query API computes,
// and an annotation edit shows at once and waits in the outbox.
class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::DemoServer m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::CredentialStore> m_keychain;
    std::unique_ptr<core::Session> m_session;
    QByteArray m_key = protocol::Crypto::randomBytes(32);
    std::unique_ptr<core::DataStore> m_store;
    std::unique_ptr<core::Cache> m_direct; // the same cache, to compute what the screens must show
    std::unique_ptr<ui::Workspace> m_workspace;

    QString cachePath() const { return m_dir.filePath(QStringLiteral("workspace.cache")); }

    // The sync cursor the cache holds (a page applied by hand keeps it).
    struct SqliteCursor
    {
        explicit SqliteCursor(core::Cache& cache)
        {
            QString error;
            core::SqliteStatement q = cache.db().prepare(QStringLiteral("SELECT value FROM meta WHERE key = '%1'")
                                                             .arg(QLatin1String(core::ChangeApplier::kCursorKey)),
                                                         &error);
            if (q.isValid() && q.next())
                value = q.text(0);
        }
        QString value;
    };

    ui::LeadsModel* leads() const { return m_workspace->leadsPage()->model(); }

    // One complete sync of the cache, as the app runs it (edits go up, changes come down).
    bool syncOnce()
    {
        core::SyncEngine engine(m_session.get(), cachePath(), protocol::SecretBytes(m_key));
        QSignalSpy finished(&engine, &core::SyncEngine::finished);
        engine.start();
        return finished.wait(120'000) &&
               finished.first().first().value<core::SyncEngine::Result>().outcome == core::SyncEngine::Outcome::Done;
    }

    bool waitForLeads()
    {
        return QTest::qWaitFor([this] { return !leads()->isLoading() && leads()->rowCount() > 0; }, 20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English as the app shows it: plural forms come from the English translation.
        auto* english = new QTranslator(qApp);
        QVERIFY(english->load(QStringLiteral("leadscope_en"), qEnvironmentVariable("LEADSCOPE_TRANSLATIONS")));
        QCoreApplication::installTranslator(english);
        qRegisterMetaType<core::SyncEngine::Result>();
        QString error;
        QVERIFY2(m_demo.start(&error, 2500, 30), qPrintable(error)); // more than 50 companies visit
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        core::ServerEndpoint endpoint(m_demo.process().url(), m_demo.process().caFile());
        QVERIFY(endpoint.load(&error));
        m_client = std::make_unique<core::ApiClient>(&m_network, endpoint);
        m_keychain = std::make_unique<core::CredentialStore>(QStringLiteral("leadscope-workspace-test"));
        m_session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        QSignalSpy code(m_session.get(), &core::Session::codeRequired);
        QSignalSpy signedIn(m_session.get(), &core::Session::signedIn);
        m_session->signIn(m_demo.admin().email, protocol::SecretBytes(m_demo.admin().password), false);
        QVERIFY(code.wait(30'000));
        m_session->submitCode(m_demo.admin().nextCode());
        QVERIFY(signedIn.wait(30'000));
        QVERIFY(syncOnce());
        core::Cache::OpenResult opened;
        m_direct = core::Cache::open(cachePath(), m_key, &opened);
        QVERIFY2(m_direct, qPrintable(opened.message));
        m_store = std::make_unique<core::DataStore>(cachePath(), protocol::SecretBytes(m_key));
        m_workspace = std::make_unique<ui::Workspace>();
        m_workspace->resize(1280, 800);
        m_workspace->leadsPage()->model()->setPageSize(10); // the demo has dozens of leads, not thousands
        m_workspace->setStore(m_store.get(), QStringLiteral("test"), m_session->user().id, m_session->user().email);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_store.reset();
        m_direct.reset();
        m_session.reset();
        QString error;
        m_demo.stop(&error);
    }

    void leadsListPagesAndFilters()
    {
        // The list paints first: the other screens (charts, the flow, the profile) are built when
        // first shown, and then with the account set before (see the dashboard and profile tests).
        QVERIFY(!m_workspace->findChild<ui::DashboardPage*>());
        QVERIFY(!m_workspace->findChild<ui::JourneysPage*>());
        QVERIFY(!m_workspace->findChild<ui::CompanyPage*>());
        QVERIFY(waitForLeads());
        qint64 all = 0;
        QString error;
        QVERIFY(core::LeadsQuery(*m_direct).count({}, &all, &error));
        QVERIFY2(all > leads()->pageSize(), qPrintable(QString::number(all))); // enough to need a second page
        QTRY_COMPARE(leads()->total(), all);
        // Pages load as the view needs them (it fills the window first), never all at once up front…
        QVERIFY(leads()->rowCount() >= leads()->pageSize());
        // …and scrolling to the end brings in the rest, each company once.
        QTableView* table = m_workspace->leadsPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                table->scrollToBottom();
                return leads()->rowCount() == all;
            }(),
            20'000);
        QSet<QString> ids;
        for (int row = 0; row < leads()->rowCount(); ++row)
            ids.insert(leads()->companyId(row));
        QCOMPARE(qint64(ids.size()), all);
        table->scrollToTop();
        test::capture(m_workspace.get(), "leads");

        // Choosing an industry: every row has it, and the count is the query API's.
        auto* industry = m_workspace->findChild<QComboBox*>(QStringLiteral("industryFilter"));
        QVERIFY(industry && industry->count() > 2);
        industry->setCurrentIndex(1);
        const QString chosen = industry->currentText();
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading() && leads()->filter().industry == chosen, 10'000);
        core::LeadsQuery::Filter expected;
        expected.industry = chosen;
        qint64 count = 0;
        QVERIFY(core::LeadsQuery(*m_direct).count(expected, &count, &error));
        QTRY_COMPARE(leads()->total(), count);
        for (int row = 0; row < leads()->rowCount(); ++row)
            QCOMPARE(leads()->index(row, ui::LeadsModel::Industry).data().toString(), chosen);
        const auto counted = [](qint64 n) {
            return n == 1 ? QStringLiteral("1 company") : QStringLiteral("%1 companies").arg(QLocale().toString(n));
        };
        auto* countLabel = m_workspace->findChild<QLabel*>(QStringLiteral("leadsCount"));
        QCOMPARE(countLabel->text(), counted(count));

        // The data changes (a sync stored some) while the industry list is open: the same choices
        // stay as they are under the pointer, not emptied and filled again…
        const auto settled = [this] { // every reload asked for before this has been shown
            bool done = false;
            m_store->run<int>(
                this, [](core::Cache&, QString*) { return 0; }, [&done](int, const QString&) { done = true; });
            return QTest::qWaitFor([&] { return done; }, 10'000);
        };
        industry->showPopup();
        QSignalSpy emptied(industry->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(industry->model(), &QAbstractItemModel::modelReset);
        const int choices = industry->count();
        m_store->notifyChanged();
        QVERIFY(settled());
        QCOMPARE(emptied.count() + reset.count(), 0);
        QCOMPARE(industry->count(), choices);
        QVERIFY(industry->view()->isVisible());
        industry->hidePopup();
        // …and a choice that is new is there after the next change, the chosen one still chosen.
        const QString newcomer = QStringLiteral("Zz a new industry");
        const QString changedId = leads()->companyId(0);
        QString formerIndustry;
        {
            core::SqliteStatement read =
                m_direct->db().prepare(QStringLiteral("SELECT sbi_label FROM companies WHERE id = ?"), &error);
            QVERIFY2(read.isValid() && read.bind(1, changedId).next(), qPrintable(error));
            formerIndustry = read.text(0);
        }
        const auto relabel = [&](const QString& label) {
            return m_direct->db()
                .prepare(QStringLiteral("UPDATE companies SET sbi_label = ? WHERE id = ?"), &error)
                .bind(1, label)
                .bind(2, changedId)
                .exec();
        };
        QVERIFY2(relabel(newcomer), qPrintable(error));
        m_store->notifyChanged();
        QTRY_VERIFY_WITH_TIMEOUT(industry->findText(newcomer) > 0, 10'000);
        QCOMPARE(industry->currentText(), chosen);
        QVERIFY2(relabel(formerIndustry), qPrintable(error));
        m_store->notifyChanged();
        QTRY_VERIFY_WITH_TIMEOUT(industry->findText(newcomer) < 0, 10'000);
        QCOMPARE(industry->currentText(), chosen);
        QVERIFY(settled());

        // One company is "1 company".
        auto* byName = m_workspace->findChild<QLineEdit*>(QStringLiteral("leadsSearch"));
        byName->setText(leads()->index(0, ui::LeadsModel::Company).data().toString());
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading() && leads()->filter().search == byName->text(), 10'000);
        QCOMPARE(leads()->total(), 1);
        QCOMPARE(countLabel->text(), QStringLiteral("1 company"));
        byName->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading() && leads()->filter().search.isEmpty(), 10'000);

        // The list's own search narrows further; nonsense shows the empty state that says what to do.
        auto* narrow = m_workspace->findChild<QLineEdit*>(QStringLiteral("leadsSearch"));
        QTest::keyClicks(narrow, QStringLiteral("zzzqqq"));
        auto* empty = m_workspace->findChild<QLabel*>(QStringLiteral("leadsEmpty"));
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10'000);
        QVERIFY(empty->text().contains(QStringLiteral("clear the filters")));
        test::capture(m_workspace.get(), "leads-empty");
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        narrow->clear();
        QTRY_COMPARE(leads()->total(), all);

        // Ctrl+K searches every company whatever the list is filtered by, and
        // Enter opens the match: a company outside the chosen industry is found.
        QList<core::LeadsQuery::Row> outside;
        core::LeadsQuery::Filter everything;
        QVERIFY(core::LeadsQuery(*m_direct).page(everything, std::nullopt, 500, &outside, &error));
        const auto other = std::find_if(outside.cbegin(), outside.cend(), [&](const core::LeadsQuery::Row& row) {
            return row.industry != chosen && !row.name.isEmpty();
        });
        QVERIFY(other != outside.cend());
        industry->setCurrentIndex(industry->findText(chosen));
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading() && leads()->filter().industry == chosen, 10'000);
        auto* search = m_workspace->findChild<QLineEdit*>(QStringLiteral("globalSearch"));
        m_workspace->focusSearch();
        QTest::keyClicks(search, other->name);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Company);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_workspace->findChild<QLabel*>(QStringLiteral("companyName"))->text().startsWith(other->name), 10'000);
        // Nonsense in Ctrl+K says that nothing at all matches, not that a filter hides it.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzzqqq"));
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10'000);
        QVERIFY2(empty->text().contains(QStringLiteral("No company matches “zzzqqq”")), qPrintable(empty->text()));
        search->clear();
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QTRY_COMPARE(leads()->total(), all);

        // Companies chosen for an export stay chosen while a sync changes the data underneath, and the
        // count beside the list stays a count (not "Counting…" and back every second).
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QTRY_VERIFY(table->isVisible() && leads()->rowCount() > 4);
        table->scrollToTop();
        QStringList chosenIds;
        for (const int row : {2, 4}) {
            const QRect cell = table->visualRect(leads()->index(row, ui::LeadsModel::Company));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, row == 2 ? Qt::NoModifier : Qt::ControlModifier,
                              cell.center());
            chosenIds << leads()->companyId(row);
        }
        const auto selectedIds = [&] {
            QStringList selected;
            for (const QModelIndex& index : table->selectionModel()->selectedRows())
                selected << leads()->companyId(index.row());
            selected.sort();
            return selected;
        };
        chosenIds.sort();
        QCOMPARE(selectedIds(), chosenIds);
        const QString current = leads()->companyId(table->currentIndex().row());
        const QString countShown = countLabel->text();
        QSignalSpy totals(leads(), &ui::LeadsModel::totalChanged);
        QSignalSpy reloaded(leads(), &ui::LeadsModel::loaded);
        QSignalSpy resets(leads(), &QAbstractItemModel::modelReset);
        QSignalSpy moves(leads(), &QAbstractItemModel::layoutChanged);
        QSignalSpy repaints(leads(), &QAbstractItemModel::dataChanged);
        // The cache changed underneath as a sync changes it (or, with no SQL, is only told so): the list reloads.
        const auto reloadAfter = [&](const QString& sql) {
            QString failure;
            if (!sql.isEmpty() && !m_direct->db().exec(sql, &failure)) {
                qWarning("%s", qPrintable(failure));
                return false;
            }
            m_store->notifyChanged();
            return reloaded.wait(10'000) && settled() && QTest::qWaitFor([&] { return !leads()->isLoading(); }, 10'000);
        };
        QVERIFY(reloadAfter({}));
        QTest::qWait(400); // the recount after a pause (LeadsModel counts 250 ms after the rows)
        QVERIFY(settled());
        QCOMPARE(selectedIds(), chosenIds);
        QCOMPARE(leads()->companyId(table->currentIndex().row()), current);
        for (const QList<QVariant>& total : std::as_const(totals))
            QVERIFY2(total.first().toLongLong() >= 0, "the count went back to \"Counting…\"");
        QCOMPARE(countLabel->text(), countShown);
        // The data did not change: the list is not rebuilt and no row is repainted.
        QVERIFY(resets.isEmpty());
        QVERIFY(moves.isEmpty());
        QVERIFY(repaints.isEmpty());

        // A sync brings a new visit of the last company chosen (the current one): it moves to the
        // top, and the companies chosen stay chosen, the current one current, where they now are.
        QCOMPARE(current, leads()->companyId(4));
        core::SqliteStatement newest =
            m_direct->db().prepare(QStringLiteral("SELECT max(last_visit) FROM company_stats"), &error);
        QVERIFY2(newest.next(), qPrintable(error));
        const qint64 latest = newest.int64(0);
        newest = {};
        const QString second = leads()->companyId(0); // the top of the list before it
        QVERIFY(reloadAfter(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM company_stats WHERE company_id = "
                                           "'%1'; UPDATE company_stats SET last_visit = %2 WHERE company_id = '%1'")
                                .arg(current)
                                .arg(latest + 60'000)));
        QCOMPARE(leads()->companyId(0), current);
        QCOMPARE(leads()->companyId(1), second);
        QVERIFY(resets.isEmpty());
        QCOMPARE(moves.size(), 1);
        QCOMPARE(selectedIds(), chosenIds);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(leads()->companyId(table->currentIndex().row()), current);

        // The current company leaves the list (its visits erased): the one that took its place is
        // current, and the other company chosen stays chosen (and the only one chosen).
        QVERIFY(reloadAfter(QStringLiteral("DELETE FROM company_stats WHERE company_id = '%1'").arg(current)));
        QVERIFY(resets.isEmpty());
        QCOMPARE(leads()->rowOf(current), -1);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(leads()->companyId(0), second);
        chosenIds.removeOne(current);
        QCOMPARE(selectedIds(), chosenIds);
        QVERIFY(reloadAfter(QStringLiteral("INSERT INTO company_stats SELECT * FROM kept; DROP TABLE kept")));
        QCOMPARE(leads()->rowOf(current), 4);
        table->clearSelection();
    }

    void savedSegmentRestoresItsFilters()
    {
        QListWidget* nav = m_workspace->navigation();
        QListWidgetItem* hot = nullptr;
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->text().startsWith(QStringLiteral("Hot leads this week")))
                hot = nav->item(i);
        }
        QVERIFY(hot);
        // Live count, as the query API counts.
        core::LeadsQuery::Filter filter;
        filter.minVisits = 2;
        filter.lastVisitWithinDays = 7;
        qint64 count = 0;
        QString error;
        QVERIFY(core::LeadsQuery(*m_direct).count(filter, &count, &error));
        // NOLINTNEXTLINE(clang-analyzer-core.CallAndMessage): QVERIFY(hot) above returns when it is null
        // The counts beside the name, and said with it to a screen reader.
        QTRY_VERIFY_WITH_TIMEOUT(
            hot->data(ui::NavItemDelegate::kCountRole).toString().startsWith(QLocale().toString(count)), 10'000);
        QVERIFY2(hot->data(Qt::AccessibleTextRole)
                     .toString()
                     .startsWith(QStringLiteral("Hot leads this week, %1 companies").arg(QLocale().toString(count))),
                 qPrintable(hot->data(Qt::AccessibleTextRole).toString()));
        nav->setCurrentItem(hot);
        QTRY_COMPARE(leads()->filter(), filter);
        QCOMPARE(m_workspace->findChild<QSpinBox*>(QStringLiteral("minVisitsFilter"))->value(), 2);
        QCOMPARE(m_workspace->findChild<QComboBox*>(QStringLiteral("periodFilter"))->currentData().toInt(), 7);
        QTRY_COMPARE(leads()->total(), count);

        // Saving the filters as a segment: the dialog says what is saved and is wide enough for its title.
        m_workspace->findChild<QPushButton*>(QStringLiteral("saveSegment"))->click();
        auto* dialog = m_workspace->findChild<QInputDialog*>(QStringLiteral("saveSegmentDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(dialog->labelText().contains(QStringLiteral("at least 2 visits")), qPrintable(dialog->labelText()));
        const int titleWidth =
            dialog->fontMetrics().horizontalAdvance(dialog->windowTitle() + QStringLiteral(" — Leadscope"));
        QVERIFY2(dialog->width() > titleWidth * 2,
                 qPrintable(QStringLiteral("%1 %2").arg(dialog->width()).arg(titleWidth)));
        dialog->setTextValue(QStringLiteral("Returning this week"));
        dialog->accept();
        QTRY_VERIFY(!nav->findItems(QStringLiteral("Returning this week"), Qt::MatchStartsWith).isEmpty());
        nav->setCurrentRow(0);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QTRY_VERIFY(!leads()->isLoading() && leads()->filter().isEmpty());
    }

    void profileTimelineVisitsAndJourneys()
    {
        QVERIFY(waitForLeads());
        // Enter on the first row opens its profile.
        QTableView* table = m_workspace->leadsPage()->view();
        table->setFocus();
        table->selectRow(0);
        const QString id = leads()->companyId(0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Company);
        auto* visits = m_workspace->findChild<QTreeWidget*>(QStringLiteral("visitList"));
        core::CompanyQuery query(*m_direct);
        QList<core::CompanyQuery::Visit> expected;
        QString error;
        QVERIFY(query.visits(id, 0, 0, &expected, &error));
        QTRY_COMPARE(visits->topLevelItemCount(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            QTreeWidgetItem* visit = visits->topLevelItem(i);
            QCOMPARE(visit->childCount(), int(expected[i].pageviews.size()));
            QCOMPARE(visit->text(6), expected[i].website);
            // A page view's path and title sit under "Page"; "Website" is the visit's alone.
            for (int p = 0; p < visit->childCount(); ++p) {
                QVERIFY2(visit->child(p)->text(5).startsWith(expected[i].pageviews[p].path),
                         qPrintable(visit->child(p)->text(5)));
                QVERIFY(visit->child(p)->text(6).isEmpty());
            }
        }
        QCOMPARE(visits->headerItem()->text(5), QStringLiteral("Page"));
        core::CompanyQuery::Company company;
        bool found = false;
        QVERIFY(query.company(id, &company, &found, &error));
        QCOMPARE(m_workspace->findChild<QLabel*>(QStringLiteral("companyName"))->text().left(company.name.size()),
                 company.name);

        // The timeline: one point per day of the 30-day range, summing to the visits in it.
        auto* chart = m_workspace->findChild<QChartView*>(QStringLiteral("timelineChart"));
        auto* series = qobject_cast<QBarSeries*>(chart->chart()->series().value(0));
        QVERIFY(series);
        QBarSet* perDay = series->barSets().value(0);
        QCOMPARE(perDay->count(), 30);
        double inRange = 0;
        for (int i = 0; i < perDay->count(); ++i)
            inRange += perDay->at(i);
        QList<core::CompanyQuery::Visit> recent;
        const QDate today = QDate::currentDate();
        QVERIFY(query.visits(id, core::CompanyQuery::startOfDayMs(today.addDays(-29)),
                             core::CompanyQuery::startOfDayMs(today.addDays(1)), &recent, &error));
        QCOMPARE(qint64(inRange), qint64(recent.size()));
        // Clicking a day's bar selects that day's first visit.
        for (int i = perDay->count() - 1; i >= 0; --i) {
            if (perDay->at(i) > 0) {
                Q_EMIT perDay->clicked(i);
                break;
            }
        }
        QVERIFY(visits->currentItem());
        test::capture(m_workspace.get(), "company");

        // Journeys: each visit's page path, in page-view order.
        auto* journeys = m_workspace->findChild<QTreeWidget*>(QStringLiteral("journeyList"));
        QList<core::CompanyQuery::Visitor> visitors;
        QVERIFY(query.journeys(id, &visitors, &error));
        QCOMPARE(journeys->topLevelItemCount(), int(visitors.size()));
        for (int v = 0; v < visitors.size(); ++v) {
            QTreeWidgetItem* visitor = journeys->topLevelItem(v);
            QCOMPARE(visitor->text(0), QStringLiteral("Visitor %1").arg(v + 1));
            // "1 visit", "2 visits": plurals, not "1 visits".
            QCOMPARE(visitor->text(1), visitors[v].visits.size() == 1
                                           ? QStringLiteral("1 visit")
                                           : QStringLiteral("%1 visits").arg(visitors[v].visits.size()));
            for (int s = 0; s < visitors[v].visits.size(); ++s) {
                QStringList path;
                for (const auto& view : visitors[v].visits[s].pageviews)
                    path << view.path;
                QCOMPARE(visitor->child(s)->text(1), path.join(QStringLiteral(" → ")));
            }
        }

        // Opening marked the company seen: it is no longer bold in the list.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                core::LeadsQuery::Filter unseen;
                unseen.unseenOnly = true;
                unseen.search = company.name;
                QList<core::LeadsQuery::Row> rows;
                QString e;
                core::LeadsQuery(*m_direct).page(unseen, std::nullopt, 50, &rows, &e);
                for (const auto& row : rows) {
                    if (row.id == id)
                        return false;
                }
                return true;
            }(),
            10'000);

        // A note, saved: shown at once as waiting for the server, and queued.
        m_workspace->findChild<QPlainTextEdit*>(QStringLiteral("annotationNote"))
            ->setPlainText(QStringLiteral("Call Tuesday"));
        QSignalSpy queued(m_workspace.get(), &ui::Workspace::editQueued);
        m_workspace->findChild<QPushButton*>(QStringLiteral("annotationSave"))->click();
        QVERIFY(queued.wait(10'000));
        auto* pending = m_workspace->findChild<QLabel*>(QStringLiteral("annotationPending"));
        QTRY_VERIFY_WITH_TIMEOUT(pending->text().contains(QStringLiteral("next sync")), 10'000);
        QVERIFY(query.company(id, &company, &found, &error));
        QCOMPARE(company.annotation.note, QStringLiteral("Call Tuesday"));
        QVERIFY(company.annotation.pending);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
    }

    void dashboardShowsWhatTheQueryApiComputes()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Dashboard);
        ui::DashboardPage* page = m_workspace->dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 20'000);
        core::DashboardQuery::Figures expected;
        QString error;
        QVERIFY(core::DashboardQuery(*m_direct).figures(page->period(), {}, 6, &expected, &error));
        QVERIFY(expected.current.visits > 0);
        const QLocale locale;
        // Whole numbers, as the tile says them (a substring check would take "4" for "14").
        const auto tile = [this](const char* name) {
            return m_workspace->findChild<QLabel*>(QLatin1String(name))->accessibleName();
        };
        QCOMPARE(tile("kpiVisits"), QStringLiteral("Visits: ") + locale.toString(expected.current.visits));
        QCOMPARE(tile("kpiCompanies"),
                 QStringLiteral("Identified companies: ") + locale.toString(expected.current.companies));
        QCOMPARE(tile("kpiPageviews"), QStringLiteral("Page views: ") + locale.toString(expected.current.pageviews));
        QCOMPARE(page->figures().industries.size(), expected.industries.size());
        test::capture(m_workspace.get(), "dashboard");

        // Whole days ending yesterday, said in dates; every tile says what it was and which way it went.
        const QDate today = QDate::currentDate();
        QCOMPARE(page->period().to, today.addDays(-1));
        QCOMPARE(page->period().days(), 30);
        auto* chooser = m_workspace->findChild<QComboBox*>(QStringLiteral("dashboardPeriod"));
        QSignalSpy reloaded(page, &ui::DashboardPage::loaded);
        chooser->setCurrentIndex(chooser->findData(7)); // the demo has 30 days: a week before this one
        QVERIFY(reloaded.wait(20'000));
        QCOMPARE(page->period().days(), 7);
        QVERIFY(core::DashboardQuery(*m_direct).figures(page->period(), {}, 6, &expected, &error));
        const QString range = m_workspace->findChild<QLabel*>(QStringLiteral("dashboardRange"))->text();
        QVERIFY2(range.contains(locale.toString(page->period().from, QStringLiteral("d MMM"))) &&
                     range.contains(locale.toString(page->period().previous().from, QStringLiteral("d MMM"))),
                 qPrintable(range));
        auto* visitsTile = m_workspace->findChild<QLabel*>(QStringLiteral("kpiVisits"));
        QVERIFY2(visitsTile->text().contains(QStringLiteral("was ") + locale.toString(expected.previous.visits)),
                 qPrintable(visitsTile->text()));
        const QString arrow = expected.current.visits > expected.previous.visits   ? QStringLiteral("▲")
                              : expected.current.visits < expected.previous.visits ? QStringLiteral("▼")
                                                                                   : QStringLiteral("=");
        QVERIFY2(visitsTile->text().contains(arrow), qPrintable(visitsTile->text()));
        QCOMPARE(visitsTile->accessibleName(), QStringLiteral("Visits: ") + locale.toString(expected.current.visits));
        QCOMPARE(visitsTile->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        // The period before as a line over the bars, day for day.
        auto* perDay = m_workspace->findChild<QChartView*>(QStringLiteral("visitsPerDayChart"));
        auto* line = qobject_cast<QLineSeries*>(perDay->chart()->series().value(1));
        QVERIFY(line);
        QCOMPARE(line->count(), expected.previousPerDay.size());
        for (int i = 0; i < line->count(); ++i)
            QCOMPARE(qint64(line->at(i).y()), expected.previousPerDay[i].visits);
        QVERIFY(std::any_of(expected.previousPerDay.cbegin(), expected.previousPerDay.cend(),
                            [](const auto& day) { return day.visits > 0; }));
        // The period chooser does not scroll away with the charts.
        for (QWidget* up = chooser; up; up = up->parentWidget())
            QVERIFY(!qobject_cast<QScrollArea*>(up));
        // Switched to dark while open: the charts follow.
        QCOMPARE(perDay->chart()->theme(), QChart::ChartThemeLight);
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        auto* links = m_workspace->findChild<QLabel*>(QStringLiteral("companyLinks"));
        QVERIFY(!links->text().isEmpty()); // the profile opened before
        QVERIFY(!links->text().contains(QStringLiteral("#6cb4ff")));
        QApplication::setPalette(dark);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_workspace->findChild<QChartView*>(QStringLiteral("visitsPerDayChart"))->chart()->theme(),
            QChart::ChartThemeDark, 20'000);
        // The profile's links take the dark palette's link colour (not dark blue on dark grey).
        QTRY_VERIFY_WITH_TIMEOUT(links->text().contains(QStringLiteral("#6cb4ff")), 20'000);
        QApplication::setPalette(light);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_workspace->findChild<QChartView*>(QStringLiteral("visitsPerDayChart"))->chart()->theme(),
            QChart::ChartThemeLight, 20'000);
        chooser->setCurrentIndex(chooser->findData(30));

        // An industry bar drills down into the leads list.
        auto* industries = m_workspace->findChild<QChartView*>(QStringLiteral("industriesChart"));
        auto* bars = qobject_cast<QAbstractBarSeries*>(industries->chart()->series().value(0));
        QVERIFY(bars);
        QBarSet* set = bars->barSets().value(0);
        Q_EMIT set->clicked(set->count() - 1); // the top one is drawn last
        QCOMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Leads);
        QCOMPARE(leads()->filter().industry, expected.industries.first().label);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
    }

    void journeysFlow()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Journeys);
        ui::JourneysPage* page = m_workspace->journeysPage();
        QSignalSpy loaded(page, &ui::JourneysPage::loaded);
        page->reload();
        QVERIFY(loaded.wait(20'000));
        const core::FlowQuery::Flow flow = page->flowWidget()->flow(); // a copy: the widget gets the next one
        QVERIFY(flow.visits > 0);
        QVERIFY(flow.steps.size() >= 2);
        // What enters at step 1 equals what left step 0 without exiting.
        qint64 entered = 0, exited = 0, moved = 0;
        for (const auto& node : flow.steps[0]) {
            entered += node.visits;
            exited += node.exits;
        }
        for (const auto& link : flow.links) {
            if (link.fromStep == 0)
                moved += link.visits;
        }
        QCOMPARE(entered, flow.visits);
        QCOMPARE(moved, entered - exited);
        test::capture(m_workspace.get(), "journeys");

        // Narrowed to a saved segment: the query API's flow for that segment's companies.
        auto* segment = m_workspace->findChild<QComboBox*>(QStringLiteral("flowSegment"));
        const int pricing = segment->findText(QStringLiteral("Looked at pricing"));
        QVERIFY(pricing > 0);
        segment->setCurrentIndex(pricing);
        QVERIFY(loaded.wait(20'000));
        core::LeadsQuery::Filter filter;
        filter.visitedPage = QStringLiteral("prijzen");
        filter.lastVisitWithinDays = 30;
        const QDate today = QDate::currentDate();
        core::FlowQuery::Flow expected;
        QString error;
        QVERIFY(core::FlowQuery(*m_direct).flow({today.addDays(-29), today}, {}, filter, 4, 5, &expected, &error));
        QCOMPARE(page->flowWidget()->flow().visits, expected.visits);
        QVERIFY(expected.visits < flow.visits);
    }
    // The team list comes with the sync: the profile offers colleagues by
    // name (never an account id), the list shows the assignee's name, a note
    // typed and left with Back at once is saved, and an export writes the
    // words people read (status label, name) in the list's order.
    void assigneesAreNamedAndNotesSaveThemselves()
    {
        QList<core::Team::Member> team;
        QString error;
        QVERIFY2(core::Team::members(*m_direct, false, &team, &error), qPrintable(error));
        QString managerId;
        QStringList emails;
        for (const auto& member : team) {
            emails << member.email;
            if (member.email == m_demo.manager().email)
                managerId = member.id;
        }
        QVERIFY2(!managerId.isEmpty() && emails.contains(m_demo.sales().email), qPrintable(emails.join(u' ')));

        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QVERIFY(waitForLeads());
        const QString id = leads()->companyId(1);
        m_workspace->openCompany(id);
        auto* assignee = m_workspace->findChild<QComboBox*>(QStringLiteral("annotationAssignee"));
        // Until this company's notes are shown the editor is off (the ones shown are the previous company's).
        QTRY_VERIFY_WITH_TIMEOUT(assignee->isEnabled() && assignee->findData(managerId) > 0, 10'000);
        for (int i = 0; i < assignee->count(); ++i) {
            for (const auto& member : team)
                QVERIFY2(!assignee->itemText(i).contains(member.id), qPrintable(assignee->itemText(i)));
        }
        const int manager = assignee->findData(managerId);
        QCOMPARE(assignee->itemText(manager), m_demo.manager().email);
        assignee->setCurrentIndex(manager);
        Q_EMIT assignee->activated(manager); // as a click on the item does
        auto* status = m_workspace->findChild<QComboBox*>(QStringLiteral("annotationStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("contacted")));
        Q_EMIT status->activated(status->currentIndex());
        auto* note = m_workspace->findChild<QPlainTextEdit*>(QStringLiteral("annotationNote"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Asked for a quote"));
        // Straight back to the list, no Save: nothing is lost.
        m_workspace->findChild<QToolButton*>(QStringLiteral("backToLeads"))->click();
        QCOMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Leads);
        core::CompanyQuery query(*m_direct);
        core::CompanyQuery::Company company;
        bool found = false;
        QTRY_VERIFY_WITH_TIMEOUT(query.company(id, &company, &found, &error) &&
                                     company.annotation.note.contains(QStringLiteral("Asked for a quote")),
                                 10'000);
        QCOMPARE(company.annotation.assignee, managerId);
        QCOMPARE(company.annotation.assigneeName, m_demo.manager().email);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < leads()->rowCount(); ++row) {
                    if (leads()->companyId(row) == id)
                        return leads()->index(row, ui::LeadsModel::Assignee).data().toString() ==
                               m_demo.manager().email;
                }
                return false;
            }(),
            10'000);

        // The export: labels and names, in the list's order (company names Z–A here).
        core::LeadExport::Request request;
        request.columns = {core::LeadExport::Column::Name, core::LeadExport::Column::Status,
                           core::LeadExport::Column::Assignee};
        request.order = core::LeadsQuery::Order(core::LeadsQuery::Sort::Name, Qt::DescendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("named.csv"));
        bool cancelled = false;
        QVERIFY2(core::LeadExport::write(*m_direct, request, path, {}, &cancelled, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.contains(QStringLiteral("%1,Contacted,%2").arg(company.name, m_demo.manager().email)) ||
                     lines.contains(QStringLiteral("\"%1\",Contacted,%2").arg(company.name, m_demo.manager().email)),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(!lines.join(u'\n').contains(managerId));
        QStringList names;
        for (const QString& line : lines.mid(1))
            names << line.section(u',', 0, 0).remove(u'"').toLower();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(names, sorted);

        // Back from the server, the profile's team history says who changed
        // what: the three edits above as one entry, by the signed-in user.
        QVERIFY(syncOnce());
        m_store->notifyChanged(); // as the app's scheduler does after a sync
        m_workspace->openCompany(id);
        auto* history = m_workspace->findChild<QTreeWidget*>(QStringLiteral("teamHistory"));
        QVERIFY(history);
        const auto newest = [history] {
            const QTreeWidgetItem* item = history->topLevelItem(0);
            return item ? item->text(1) + u'|' + item->text(2) : QString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(newest().contains(QStringLiteral("Note: “Asked for a quote")), qPrintable(newest()),
                                  20'000);
        const QString entry = newest();
        QVERIFY2(entry.startsWith(m_demo.admin().email + u'|'), qPrintable(entry));
        QVERIFY2(entry.contains(QStringLiteral("→ Contacted")), qPrintable(entry));
        QVERIFY2(entry.contains(QStringLiteral("Assigned to %1").arg(m_demo.manager().email)), qPrintable(entry));
        QVERIFY2(!entry.contains(managerId), qPrintable(entry));
        // A company nobody has touched says so, in full (wrapped, not cut off).
        ui::TeamHistory untouched;
        untouched.resize(420, 240);
        untouched.show();
        untouched.setEntries({});
        auto* nothingYet = untouched.findChild<QLabel*>(QStringLiteral("teamHistoryEmpty"));
        QVERIFY(nothingYet && nothingYet->isVisible());
        QVERIFY(nothingYet->text().startsWith(QStringLiteral("Nothing yet")));
        QVERIFY2(nothingYet->height() >= nothingYet->heightForWidth(nothingYet->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(nothingYet->height())
                                .arg(nothingYet->heightForWidth(nothingYet->width()))));
        QVERIFY(nothingYet->width() > 300);
        const QString when = history->topLevelItem(0)->text(0);
        QVERIFY2(when == QStringLiteral("just now") || when.endsWith(QStringLiteral(" min ago")), qPrintable(when));
    }

    // Every column sorts both ways through the real header: the first click
    // gives the column's natural direction (names A–Z, figures biggest
    // first), the second reverses it, and the rows loaded page by page are
    // in that order with each company exactly once (ties continue across
    // pages by id). Annotations and team names make Status, Assignee and
    // Tags differ — with many ties.
    // A screen reader's walk through every screen: each control has a name
    // that says what it is for, not only its value.
    void everyScreenNamesItsControls()
    {
        QVERIFY(waitForLeads());
        const QString someone = leads()->companyId(0);
        for (const ui::Workspace::Screen screen :
             {ui::Workspace::Screen::Leads, ui::Workspace::Screen::Dashboard, ui::Workspace::Screen::Journeys,
              ui::Workspace::Screen::Rules, ui::Workspace::Screen::Targets, ui::Workspace::Screen::Hidden,
              ui::Workspace::Screen::Company}) {
            // Text in the search boxes: their clear buttons show.
            const QString name = leads()->index(0, ui::LeadsModel::Company).data().toString();
            m_workspace->findChild<QLineEdit*>(QStringLiteral("globalSearch"))->setText(name);
            m_workspace->findChild<QLineEdit*>(QStringLiteral("leadsSearch"))->setText(name);
            m_workspace->findChild<QLineEdit*>(QStringLiteral("pageFilter"))->setText(QStringLiteral("/"));
            if (screen == ui::Workspace::Screen::Company)
                m_workspace->openCompany(someone);
            else
                m_workspace->showScreen(screen);
            QTest::qWait(200); // its data shown
            const QStringList problems = test::namelessControls(m_workspace.get());
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("screen %1:\n  ").arg(int(screen)) +
                                                    problems.join(QStringLiteral("\n  "))));
        }
        m_workspace->findChild<QLineEdit*>(QStringLiteral("globalSearch"))->clear();
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QTRY_VERIFY(!leads()->isLoading() && leads()->filter().isEmpty());
    }

    // The daily loop like an inbox: the reading pane beside the list, 50 new
    // leads triaged with the keyboard alone (J/K, 1–5, W, T, A), the next new
    // lead current after each decision, and every decision on the server
    // after the next sync.
    void keyboardTriageOfFiftyNewLeads()
    {
        QVERIFY(waitForLeads());
        QString error;
        // Fifty leads at the top of the list, new to this user.
        QList<core::LeadsQuery::Row> top;
        QVERIFY(core::LeadsQuery(*m_direct).page({}, std::nullopt, 50, &top, &error));
        QCOMPARE(top.size(), 50);
        for (const core::LeadsQuery::Row& row : std::as_const(top))
            QVERIFY(core::LeadsQuery::markUnseen(*m_direct, row.id, &error));
        leads()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading(), 20'000);
        while (leads()->rowCount() < 50 && leads()->canFetchMore({})) { // pages of 10 in this test
            leads()->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading(), 20'000);
        }
        QVERIFY(leads()->rowAt(49) && leads()->rowAt(49)->unseen && leads()->rowAt(0)->unseen);

        m_workspace->setReadingPane(true);
        auto* company = m_workspace->companyPage();
        QTableView* table = m_workspace->leadsPage()->view();
        QVERIFY(company->isVisible() && table->isVisible()); // side by side
        QVERIFY(!company->findChild<QToolButton*>(QStringLiteral("backToLeads"))->isVisible());
        m_workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(leads()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(company->companyId(), top[0].id, 10'000);
        // At 1280×800 the profile fits beside the list: nothing to scroll sideways
        // (the score under the name, one Copy menu, the notes under the visits).
        QCOMPARE(m_workspace->size(), QSize(1280, 800));
        auto* scroll = company->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("the profile needs %1 px in a pane of %2")
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        QVERIFY(company->findChild<QToolButton*>(QStringLiteral("copyMenu"))->isVisible());
        QVERIFY(!company->findChild<QToolButton*>(QStringLiteral("copyPhone"))->isVisible());
        // J and K move, the pane follows.
        QTest::keyClick(table, Qt::Key_J);
        QTRY_COMPARE_WITH_TIMEOUT(company->companyId(), top[1].id, 10'000);
        QTest::keyClick(table, Qt::Key_K);
        QTRY_COMPARE_WITH_TIMEOUT(company->companyId(), top[0].id, 10'000);

        QHash<QString, QString> decided; // company → status key
        for (int i = 0; i < 50; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(leads()->companyId(table->currentIndex().row()), top[i].id, 10'000);
            QVERIFY(table->hasFocus());
            if (i % 10 == 0)
                QTest::keyClick(table, Qt::Key_W); // watch it
            if (i == 7) {
                QTest::keyClick(table, Qt::Key_T); // a tag, from the picker
                QInputDialog* picker = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT((picker = table->findChild<QInputDialog*>(QStringLiteral("tagPicker"))) &&
                                             picker->isVisible(),
                                         10'000);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fair"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                QTRY_VERIFY(!table->findChild<QInputDialog*>(QStringLiteral("tagPicker")));
                m_workspace->activateWindow();  // the window manager's part, offscreen
                QTRY_VERIFY(table->hasFocus()); // back on the list
            }
            if (i == 9) {
                // This one is a colleague's: assigned, found by typing — a decision, so the next new lead follows.
                QTest::keyClick(table, Qt::Key_A);
                QInputDialog* picker = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT((picker = table->findChild<QInputDialog*>(QStringLiteral("assigneePicker"))) &&
                                             picker->isVisible(),
                                         10'000);
                QTest::keyClicks(QApplication::focusWidget(), m_demo.manager().email);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                QTRY_VERIFY(!table->findChild<QInputDialog*>(QStringLiteral("assigneePicker")));
                m_workspace->activateWindow();
                QTRY_VERIFY(table->hasFocus());
                decided.insert(top[i].id, QStringLiteral("new"));
                QTRY_COMPARE_WITH_TIMEOUT(company->companyId(), top[i + 1].id, 10'000);
                continue;
            }
            const bool contacted = i % 2 == 0;
            QTest::keyClick(table, contacted ? Qt::Key_2 : Qt::Key_3);
            decided.insert(top[i].id, contacted ? QStringLiteral("contacted") : QStringLiteral("qualified"));
            if (i < 49)
                QTRY_VERIFY2_WITH_TIMEOUT(
                    company->companyId() == top[i + 1].id,
                    qPrintable(QStringLiteral("after lead %1 the pane shows row %2, current row %3")
                                   .arg(i)
                                   .arg(leads()->rowOf(company->companyId()))
                                   .arg(table->currentIndex().row())),
                    10'000); // the next lead, in the pane
        }
        // Shown at once: statuses in the list, the pane, the local copy.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 50; ++i) {
                    const core::LeadsQuery::Row* row = leads()->rowAt(leads()->rowOf(top[i].id));
                    if (!row || row->status != decided.value(top[i].id))
                        return false;
                }
                return true;
            }(),
            20'000);
        const core::LeadsQuery::Row* tagged = leads()->rowAt(leads()->rowOf(top[7].id));
        QVERIFY(tagged && tagged->tags.contains(QStringLiteral("fair")));
        QVERIFY(leads()->rowAt(leads()->rowOf(top[0].id))->tags.contains(QStringLiteral("watch")));
        QCOMPARE(leads()->rowAt(leads()->rowOf(top[9].id))->assigneeName, m_demo.manager().email);
        // Every one was looked at in the pane: none is new any more.
        core::LeadsQuery::Filter fresh;
        fresh.unseenOnly = true;
        QList<core::LeadsQuery::Row> stillNew;
        QVERIFY(core::LeadsQuery(*m_direct).page(fresh, std::nullopt, 500, &stillNew, &error));
        for (const core::LeadsQuery::Row& row : std::as_const(stillNew))
            QVERIFY2(!decided.contains(row.id), qPrintable(row.name));

        // The next sync takes the decisions to the server.
        QVERIFY(syncOnce());
        QString managerId;
        QList<core::Team::Member> team;
        QVERIFY(core::Team::members(*m_direct, true, &team, &error));
        for (const core::Team::Member& member : std::as_const(team)) {
            if (member.email == m_demo.manager().email)
                managerId = member.id;
        }
        QVERIFY(!managerId.isEmpty());
        sqlite3* server = nullptr;
        const QByteArray serverDb = m_demo.process().dbUrl().mid(int(qstrlen("sqlite:"))).toUtf8();
        QCOMPARE(sqlite3_open_v2(serverDb.constData(), &server, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        int onServer = 0;
        sqlite3_stmt* query = nullptr;
        QCOMPARE(sqlite3_prepare_v2(server,
                                    "SELECT status, tags, coalesce(assignee, '') FROM annotations WHERE company_id = ?",
                                    -1, &query, nullptr),
                 SQLITE_OK);
        for (int i = 0; i < 50; ++i) {
            const QByteArray id = top[i].id.toUtf8();
            sqlite3_bind_text(query, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(query) == SQLITE_ROW) {
                const QString status = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)));
                const QString tags = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 1)));
                QCOMPARE(status, decided.value(top[i].id));
                if (i % 10 == 0)
                    QVERIFY2(tags.contains(QStringLiteral("watch")), qPrintable(tags));
                if (i == 9)
                    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 2))),
                             managerId);
                ++onServer;
            }
            sqlite3_reset(query);
        }
        sqlite3_finalize(query);
        sqlite3_close(server);
        QCOMPARE(onServer, 50);
        // Back from the server, the notes say who changed them last, and when.
        company->showCompany(top[1].id);
        QTRY_VERIFY_WITH_TIMEOUT(company->findChild<QLabel*>(QStringLiteral("annotationPending"))
                                     ->text()
                                     .startsWith(QStringLiteral("Last changed by %1, ").arg(m_demo.admin().email)),
                                 20'000);

        // Help → Keyboard shortcuts lists the single keys.
        ui::ShortcutsDialog shortcuts(m_workspace.get());
        auto* list = shortcuts.findChild<QTableWidget*>(QStringLiteral("shortcutTable"));
        QStringList listed;
        for (int row = 0; row < list->rowCount(); ++row)
            listed << list->item(row, 0)->text() + u'=' + list->item(row, 1)->text();
        for (const QString& expected : {QStringLiteral("Next lead=J"), QStringLiteral("Status: Contacted=2"),
                                        QStringLiteral("Assign to…=A"), QStringLiteral("Add a tag…=T")})
            QVERIFY2(listed.contains(expected), qPrintable(listed.join(QStringLiteral(", "))));
        // The same actions on the right-click menu.
        QCOMPARE(table->contextMenuPolicy(), Qt::CustomContextMenu);
        QVERIFY(m_workspace->leadsPage()->triage()->actions().size() >= 12);

        m_workspace->setReadingPane(false);
        QVERIFY(company->findChild<QToolButton*>(QStringLiteral("backToLeads"))->isVisibleTo(company));
    }

    // Scores spread: sorting the pricing visitors by score tells them apart
    // (with the first rule, 46 of 119 scored exactly 83). The list draws the
    // score as a bar with its number, and says it to a screen reader.
    void scoresSpreadOverTheDemo()
    {
        core::LeadsQuery::Filter pricing;
        pricing.visitedPage = QStringLiteral("prijzen");
        QList<core::LeadsQuery::Row> rows;
        QString error;
        QVERIFY(core::LeadsQuery(*m_direct).page(pricing, std::nullopt, 5000, &rows, &error));
        QVERIFY2(rows.size() >= 20, qPrintable(QString::number(rows.size())));
        QHash<int, int> perScore;
        for (const core::LeadsQuery::Row& row : std::as_const(rows))
            ++perScore[row.score];
        int most = 0;
        for (const int n : std::as_const(perScore))
            most = std::max(most, n);
        QVERIFY2(most * 6 <= rows.size(), qPrintable(QStringLiteral("%1 of %2 companies share one score; %3 scores")
                                                         .arg(most)
                                                         .arg(rows.size())
                                                         .arg(perScore.size())));
        QVERIFY(waitForLeads());
        QTableView* table = m_workspace->leadsPage()->view();
        QVERIFY(qobject_cast<ui::ScoreBar*>(table->itemDelegateForColumn(ui::LeadsModel::Score)));
        const QModelIndex score = leads()->index(0, ui::LeadsModel::Score);
        QCOMPARE(score.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Lead score %1 of 100").arg(leads()->rowAt(0)->score));
        QVERIFY(score.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(+")));
    }

    void everyColumnSortsBothWaysThroughTheHeader()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QString error;
        QVERIFY2(
            m_direct->db().exec(
                QStringLiteral(
                    "INSERT INTO team (id, email, name) VALUES ('u-1', 'zoe@example.com', ''), "
                    "('u-2', 'adam@example.com', 'Adam Smit'), ('u-3', 'bea@example.com', 'bea Jansen');"
                    "INSERT OR REPLACE INTO annotations (company_id, tags, status, assignee) "
                    "SELECT company_id, CASE rowid % 4 WHEN 0 THEN '[\"watch\"]' WHEN 1 THEN '[\"Alpha\",\"beta\"]' "
                    "ELSE '[]' END, CASE rowid % 5 WHEN 0 THEN 'customer' WHEN 1 THEN 'contacted' "
                    "WHEN 2 THEN 'qualified' WHEN 3 THEN 'not_interested' ELSE 'new' END, "
                    "CASE rowid % 4 WHEN 0 THEN 'u-1' WHEN 1 THEN 'u-2' WHEN 2 THEN 'u-3' END "
                    "FROM (SELECT company_id, row_number() OVER (ORDER BY company_id) AS rowid "
                    "FROM company_stats) WHERE rowid % 3 <> 0"),
                &error),
            qPrintable(error));
        QSignalSpy failed(leads(), &ui::LeadsModel::failed);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        leads()->refresh();
        QVERIFY(waitForLeads());
        QVERIFY(leads()->filter().isEmpty());
        qint64 all = 0;
        QVERIFY(core::LeadsQuery(*m_direct).count({}, &all, &error));

        QStringList statuses;
        for (const QString& key : core::LeadStatus::keys())
            statuses << core::LeadStatus::label(key);
        const auto folded = [](QString text) { // SQLite's NOCASE: ASCII letters only
            for (QChar& c : text) {
                if (c >= u'A' && c <= u'Z')
                    c = QChar(c.unicode() + 32);
            }
            return text;
        };
        // The value a row is ordered by, read from what the list shows.
        const auto keyOf = [&](int row, int column) -> QVariant {
            const QString shown = leads()->index(row, column).data().toString();
            switch (column) {
            case ui::LeadsModel::Size:
                return core::LeadScore::employeesAtLeast(shown);
            case ui::LeadsModel::Visits:
            case ui::LeadsModel::Pageviews:
                return QLocale().toLongLong(shown);
            case ui::LeadsModel::Score:
                return shown.toInt();
            case ui::LeadsModel::Status:
                return statuses.indexOf(shown);
            case ui::LeadsModel::Match: // as the user reads it: not known < low < medium < high
                return QStringList{QStringLiteral("Not known"), QStringLiteral("Low"), QStringLiteral("Medium"),
                                   QStringLiteral("High")}
                    .indexOf(shown);
            case ui::LeadsModel::LastVisit: {
                core::SqliteStatement q = m_direct->db().prepare(
                    QStringLiteral("SELECT last_visit FROM company_stats WHERE company_id = ?"), nullptr);
                q.bind(1, leads()->companyId(row));
                return q.next() ? q.int64(0) : -1;
            }
            default:
                return folded(shown);
            }
        };
        const auto less = [](const QVariant& a, const QVariant& b) {
            return a.typeId() == QMetaType::QString ? a.toString() < b.toString() : a.toLongLong() < b.toLongLong();
        };

        QTableView* table = m_workspace->leadsPage()->view();
        QHeaderView* header = table->horizontalHeader();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(table->isVisible());
        QVERIFY(header->sectionsClickable());
        QTRY_COMPARE_WITH_TIMEOUT(leads()->total(), all, 10'000);
        for (int column = 0; column < ui::LeadsModel::ColumnCount; ++column) {
            const Qt::SortOrder natural =
                Qt::SortOrder(leads()->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).toInt());
            for (const Qt::SortOrder expected :
                 {natural, natural == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder}) {
                table->scrollTo(leads()->index(0, column));
                const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                    header->height() / 2);
                QSignalSpy reloaded(leads(), &ui::LeadsModel::modelReset);
                // What the list holds the moment it shows the new order.
                int rowsAtReset = -1;
                qint64 totalAtReset = -2;
                const QMetaObject::Connection atReset = connect(leads(), &ui::LeadsModel::modelReset, this, [&] {
                    rowsAtReset = leads()->rowCount();
                    totalAtReset = leads()->total();
                });
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
                QTRY_COMPARE(header->sortIndicatorSection(), column);
                QCOMPARE(header->sortIndicatorOrder(), expected);
                QVERIFY2(reloaded.wait(10'000) || !reloaded.isEmpty(), "a click on the header did not reload");
                disconnect(atReset);
                // From the top, one page (not every row the old order had
                // loaded), and the count stands: the same companies.
                QCOMPARE(rowsAtReset, 10);
                QCOMPARE(totalAtReset, all);
                // Page after page, as scrolling asks for them.
                QTRY_VERIFY_WITH_TIMEOUT(
                    [&] {
                        if (leads()->canFetchMore({}))
                            leads()->fetchMore({});
                        return !leads()->isLoading() && leads()->rowCount() == all;
                    }(),
                    20'000);
                QSet<QString> ids;
                for (int row = 0; row < leads()->rowCount(); ++row)
                    ids.insert(leads()->companyId(row));
                QCOMPARE(qint64(ids.size()), all);
                QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
                int changes = 0;
                for (int row = 1; row < leads()->rowCount(); ++row) {
                    const QVariant before = keyOf(row - 1, column), after = keyOf(row, column);
                    const bool wrong = expected == Qt::AscendingOrder ? less(after, before) : less(before, after);
                    QVERIFY2(!wrong, qPrintable(QStringLiteral("%1 %2: row %3 (%4) before row %5 (%6)")
                                                    .arg(leads()->headerData(column, Qt::Horizontal).toString(),
                                                         expected == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                                        : QStringLiteral("descending"))
                                                    .arg(row - 1)
                                                    .arg(before.toString())
                                                    .arg(row)
                                                    .arg(after.toString())));
                    changes += before != after;
                }
                QVERIFY2(changes > 0, "the column has a single value: the test proves nothing");
            }
        }
        table->scrollToTop();
        header->setSortIndicator(ui::LeadsModel::LastVisit, Qt::DescendingOrder);
        QVERIFY(m_direct->db().exec(QStringLiteral("DELETE FROM annotations; DELETE FROM team WHERE id LIKE 'u-_'"),
                                    &error));
        leads()->refresh();
        QVERIFY(waitForLeads());
    }

    // Saved segments live on the server. Those saved on this computer before are offered
    // for the move once, in the sidebar; a new one is saved there; its owner shares it
    // from its menu; each sync brings the server's list to the sidebar.
    void savedSegmentsMoveToTheServerAndAreShared()
    {
        const auto onServer = [this] {
            QJsonArray segments;
            bool done = false;
            m_session->request("GET", QStringLiteral("/api/v1/segments"), {}, [&](const core::Session::Reply& reply) {
                segments = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("segments")).toArray();
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 30000))
                qWarning("no answer to GET /api/v1/segments");
            QHash<QString, QJsonObject> byName;
            for (const QJsonValue& segment : std::as_const(segments))
                byName.insert(segment.toObject().value(QStringLiteral("name")).toString(), segment.toObject());
            return byName;
        };
        const auto navItem = [this](const QString& name) -> QListWidgetItem* {
            const QList<QListWidgetItem*> found = m_workspace->navigation()->findItems(name, Qt::MatchExactly);
            return found.isEmpty() ? nullptr : found.first();
        };
        QVERIFY(onServer().isEmpty());
        const QList<core::SavedSegments::Segment> local = core::SavedSegments(QStringLiteral("test")).all();
        QVERIFY(local.size() >= 4);
        QVERIFY(
            navItem(QStringLiteral("Hot leads this week"))->toolTip().startsWith(QStringLiteral("On this computer")));

        // Signed in: the move is offered, once, and takes every one of them.
        auto* offer = m_workspace->findChild<QFrame*>(QStringLiteral("moveSegmentsOffer"));
        QVERIFY(offer && !offer->isVisible());
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        QVERIFY(offer->isVisible());
        QVERIFY2(offer->findChild<QLabel*>()->text().startsWith(QStringLiteral("%1 saved segments").arg(local.size())),
                 qPrintable(offer->findChild<QLabel*>()->text()));
        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("moveSegments")), Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(core::SavedSegments(QStringLiteral("test")).all().isEmpty(), 30'000);
        QHash<QString, QJsonObject> server = onServer();
        QCOMPARE(server.size(), local.size());
        for (const core::SavedSegments::Segment& segment : local) {
            QVERIFY2(server.contains(segment.name), qPrintable(segment.name));
            QCOMPARE(server.value(segment.name).value(QStringLiteral("sharing")).toString(), QStringLiteral("private"));
            QCOMPARE(protocol::LeadFilter::parse(server.value(segment.name).value(QStringLiteral("filter")).toObject(),
                                                 nullptr),
                     std::optional<protocol::LeadFilter>(segment.filter));
        }
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_VERIFY(navItem(QStringLiteral("Hot leads this week")) &&
                    navItem(QStringLiteral("Hot leads this week"))->toolTip().startsWith(QStringLiteral("Yours")));

        // Shared from its menu: the team may look at it.
        QListWidget* nav = m_workspace->navigation();
        QListWidgetItem* hot = navItem(QStringLiteral("Hot leads this week"));
        bool shared = false;
        QTimer::singleShot(0, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QMenu* sub : menu->findChildren<QMenu*>()) {
                for (QAction* action : sub->actions()) {
                    if (action->data().toString() == QLatin1String("view")) {
                        action->trigger();
                        shared = true;
                    }
                }
            }
            menu->close();
        });
        Q_EMIT nav->customContextMenuRequested(nav->visualItemRect(hot).center());
        QVERIFY(shared);
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer().value(QStringLiteral("Hot leads this week")).value(QStringLiteral("sharing")).toString(),
            QStringLiteral("view"), 30'000);

        // A new one, saved from the list's filters, goes to the server.
        m_workspace->findChild<QSpinBox*>(QStringLiteral("minVisitsFilter"))->setValue(3);
        m_workspace->findChild<QPushButton*>(QStringLiteral("saveSegment"))->click();
        auto* dialog = m_workspace->findChild<QInputDialog*>(QStringLiteral("saveSegmentDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->setTextValue(QStringLiteral("Three visits or more"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(onServer().contains(QStringLiteral("Three visits or more")), 30'000);
        QVERIFY(core::SavedSegments(QStringLiteral("test")).all().isEmpty()); // not on this computer
        QCOMPARE(onServer()
                     .value(QStringLiteral("Three visits or more"))
                     .value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("min_visits"))
                     .toInt(),
                 3);
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_VERIFY(navItem(QStringLiteral("Three visits or more")));
        // Offered once: not again.
        m_workspace->setAccount(nullptr);
        m_workspace->setAccount(&account);
        QVERIFY(!offer->isVisible());
        m_workspace->setAccount(nullptr);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
    }

    // A manager's rule: made in the editor, tried on the last 30 days of this
    // computer's data (the same visits the SQL finds), saved to the server,
    // listed after the next sync; and what a rule did, on the company it did it to.
    void rulesAreMadeTestedAndExplained()
    {
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        m_workspace->setCanEditRules(true);
        m_workspace->showScreen(ui::Workspace::Screen::Rules);
        ui::RulesPage* page = m_workspace->rulesPage();
        QTreeWidget* list = page->list();
        QTRY_VERIFY(list->topLevelItemCount() > 0); // the demo's rules
        const int demoRules = list->topLevelItemCount();
        const auto row = [list](const QString& name) -> QTreeWidgetItem* {
            const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly, 0);
            return found.isEmpty() ? nullptr : found.first();
        };

        QPointer<ui::RuleEditor> editor = page->newRule();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        auto* save = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no name, nothing to do yet
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("ruleName")), QStringLiteral("Prices, twice"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("rulePage")), QStringLiteral("/prijzen*"));
        editor->findChild<QSpinBox*>(QStringLiteral("ruleMinPages"))->setValue(2);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("ruleAddTags")), QStringLiteral("pricing"));
        QVERIFY(save->isEnabled());

        // Tried first: the number the SQL over the cache gives.
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("ruleTest")), Qt::LeftButton);
        QLabel* result = editor->testResult();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Would")), 20'000);
        QList<core::LeadsQuery::Firing> firings;
        qint64 visits = 0;
        QString error;
        QVERIFY(core::LeadsQuery(*m_direct).ruleFirings(editor->rule().filter,
                                                        QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch(),
                                                        &firings, &visits, &error));
        QVERIFY2(!firings.isEmpty(), "the demo has visitors who look at the prices");
        QVERIFY2(result->text().startsWith(
                     QStringLiteral("Would have acted %1 times").arg(QLocale().toString(qint64(firings.size())))),
                 qPrintable(result->text()));
        QVERIFY(editor->findChild<QListWidget*>(QStringLiteral("ruleTestCompanies"))->count() > 0);
        test::capture(editor, "rule-editor");

        // Saved (after a question if it would act on most visits).
        bool asked = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Save)->click();
            }
        });
        answer.start(50);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 30'000);
        answer.stop();
        QCOMPARE(asked, double(firings.size()) / double(visits) > ui::RuleEditor::kBroadShare);
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_COMPARE(list->topLevelItemCount(), demoRules + 1);
        QTreeWidgetItem* mine = row(QStringLiteral("Prices, twice"));
        QVERIFY(mine);
        QVERIFY2(mine->text(1).contains(QStringLiteral("a page like “/prijzen*”")), qPrintable(mine->text(1)));
        QCOMPARE(mine->text(2), QStringLiteral("tag pricing"));
        QList<core::TeamRules::Rule> rules;
        QVERIFY(core::TeamRules::all(*m_direct, &rules, &error));
        const auto saved = std::find_if(rules.begin(), rules.end(), [](const core::TeamRules::Rule& r) {
            return r.name == QLatin1String("Prices, twice");
        });
        QVERIFY(saved != rules.end());
        const QString ruleId = saved->id;
        test::capture(m_workspace.get(), "rules");

        // A firing as the server sends it (what the rule found, what it did): on the profile, in words.
        const core::LeadsQuery::Firing& on = firings.first();
        SqliteCursor cursor(*m_direct);
        const QJsonObject firing{
            {QStringLiteral("type"), QStringLiteral("rule_firing")},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("id"), QStringLiteral("f-test-1")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("rule_id"), ruleId},
                         {QStringLiteral("rule_name"), QStringLiteral("Prices, twice")},
                         {QStringLiteral("company_id"), on.companyId},
                         {QStringLiteral("visit_id"), on.visitId},
                         {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("why"), QJsonObject{{QStringLiteral("page"), QStringLiteral("/prijzen")},
                                                             {QStringLiteral("pages"), 3}}},
                         {QStringLiteral("did"),
                          QJsonObject{{QStringLiteral("tags_added"), QJsonArray{QStringLiteral("pricing")}},
                                      {QStringLiteral("notify"), QJsonArray{m_session->user().id}}}}}}};
        core::ChangeApplier::Outcome outcome;
        QVERIFY2(core::ChangeApplier(*m_direct).apply(
                     QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{firing}},
                                               {QStringLiteral("cursor"), cursor.value},
                                               {QStringLiteral("has_more"), false}})
                         .toJson(),
                     &outcome, &error),
                 qPrintable(error));
        QCOMPARE(outcome.ruleAlerts.size(), 1);
        QCOMPARE(outcome.ruleAlerts.first().notify, QStringList{m_session->user().id});
        m_store->notifyChanged();
        m_workspace->openCompany(on.companyId);
        auto* why = m_workspace->companyPage()->findChild<QLabel*>(QStringLiteral("ruleFirings"));
        // The newest first (the demo's own rules may have acted on it before).
        QTRY_VERIFY2(why->isVisible() && why->text().startsWith(QStringLiteral("Rule “Prices, twice” fired ")),
                     qPrintable(why->text()));
        const QString line = why->text().section(u'\n', 0, 0);
        QVERIFY2(line.contains(QStringLiteral(": visited /prijzen, 3 pages → tagged pricing, told you.")),
                 qPrintable(line));
        test::capture(m_workspace.get(), "company-rule-fired");
        m_workspace->showScreen(ui::Workspace::Screen::Rules);
        QTRY_VERIFY(row(QStringLiteral("Prices, twice")) &&
                    row(QStringLiteral("Prices, twice"))->text(3) == QStringLiteral("1 time"));

        // Switched off from the list: paused on the server.
        list->setCurrentItem(row(QStringLiteral("Prices, twice")));
        page->findChild<QPushButton*>(QStringLiteral("rulesPause"))->click();
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_VERIFY(row(QStringLiteral("Prices, twice")) &&
                    row(QStringLiteral("Prices, twice"))->text(4) == QStringLiteral("Paused"));
        m_workspace->setAccount(nullptr);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
    }

    // A manager hides a company from its profile: after the sync it is in no
    // list or count, the Hidden screen says who hid it and why, and "Show
    // again" brings it back.
    void hiddenCompaniesLeaveTheListAndComeBack()
    {
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        m_workspace->setCanEditRules(true);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QVERIFY(waitForLeads());
        QTRY_VERIFY(!leads()->isLoading() && leads()->total() > 0);
        const qint64 before = leads()->total();
        const QString id = leads()->companyId(0);
        const QString name = leads()->index(0, ui::LeadsModel::Company).data().toString();
        m_workspace->openCompany(id);
        QTRY_COMPARE(m_workspace->companyPage()->company().id, id);
        auto* hide = m_workspace->companyPage()->findChild<QToolButton*>(QStringLiteral("hideCompany"));
        QVERIFY(hide && hide->isVisible());
        hide->click();
        auto* dialog = m_workspace->findChild<QDialog*>(QStringLiteral("hideDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("hideCategory"));
        category->setCurrentIndex(category->findData(QStringLiteral("competitor")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hideReason")), QStringLiteral("sells the same"));
        test::capture(dialog, "hide-dialog");
        const auto hiddenOnServer = [this] {
            QJsonArray entries;
            bool done = false;
            m_session->request("GET", QStringLiteral("/api/v1/ignored"), {}, [&](const core::Session::Reply& reply) {
                entries = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("ignored")).toArray();
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 30'000))
                qWarning("no answer to GET /api/v1/ignored");
            return entries;
        };
        const int hiddenBefore = int(hiddenOnServer().size()); // the demo hides a customer
        dialog->findChild<QPushButton*>(QStringLiteral("hideConfirm"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(hiddenOnServer().size()), hiddenBefore + 1, 30'000);
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->total(), before - 1, 20'000);
        for (int row = 0; row < leads()->rowCount(); ++row)
            QVERIFY(leads()->companyId(row) != id);

        m_workspace->showScreen(ui::Workspace::Screen::Hidden);
        QTreeWidget* list = m_workspace->hiddenPage()->list();
        QTRY_COMPARE(list->topLevelItemCount(), hiddenBefore + 1);
        const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QTreeWidgetItem* item = found.first();
        QCOMPARE(item->text(1), QStringLiteral("A competitor"));
        QCOMPARE(item->text(2), QStringLiteral("sells the same"));
        QCOMPARE(item->text(3), m_demo.admin().email);
        test::capture(m_workspace.get(), "hidden");
        list->setCurrentItem(item);
        m_workspace->findChild<QPushButton*>(QStringLiteral("showAgain"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(hiddenOnServer().size()), hiddenBefore, 30'000);
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_COMPARE(list->topLevelItemCount(), hiddenBefore);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->total(), before, 20'000);
        m_workspace->setAccount(nullptr);
    }

    // Matches explain themselves (docs/MATCHING.md): the list's Match column and filter, the profile's
    // "how we know" line, a "wrong company" report that comes back with the next sync, and the
    // dashboard's figures of traffic that is no company's and of bot hits filtered.
    void matchesExplainThemselvesAndCanBeReported()
    {
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        m_workspace->setCanEditRules(true);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QVERIFY(waitForLeads());
        QTRY_VERIFY(!leads()->isLoading() && leads()->total() > 0);
        const qint64 all = leads()->total();
        QCOMPARE(leads()->headerData(ui::LeadsModel::Match, Qt::Horizontal).toString(), QStringLiteral("Match"));
        QStringList levels;
        for (int row = 0; row < leads()->rowCount(); ++row)
            levels << leads()->index(row, ui::LeadsModel::Match).data().toString();
        QVERIFY2(levels.contains(QStringLiteral("High")), qPrintable(levels.join(u',')));
        auto* match = m_workspace->findChild<QComboBox*>(QStringLiteral("matchFilter"));
        QVERIFY(match && match->isVisible());
        match->setCurrentIndex(match->findData(QStringLiteral("high")));
        QTRY_VERIFY(!leads()->isLoading() && leads()->total() > 0 && leads()->total() <= all);
        for (int row = 0; row < leads()->rowCount(); ++row)
            QCOMPARE(leads()->index(row, ui::LeadsModel::Match).data().toString(), QStringLiteral("High"));
        match->setCurrentIndex(0);
        QTRY_VERIFY(!leads()->isLoading() && leads()->total() == all);

        const QString id = leads()->companyId(0);
        m_workspace->openCompany(id);
        QTRY_COMPARE(m_workspace->companyPage()->company().id, id);
        auto* how = m_workspace->companyPage()->findChild<QLabel*>(QStringLiteral("matchExplanation"));
        QTRY_VERIFY(how && how->text().startsWith(QStringLiteral("Matched through")));
        QVERIFY2(how->text().contains(QStringLiteral("confidence")), qPrintable(how->text()));
        QVERIFY2(how->text().contains(QStringLiteral("register import")), qPrintable(how->text()));
        auto* report = m_workspace->companyPage()->findChild<QToolButton*>(QStringLiteral("reportWrongCompany"));
        QVERIFY(report && report->isVisible());
        report->click();
        auto* dialog = m_workspace->findChild<QDialog*>(QStringLiteral("reportMatchDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        // Searching the register picks "another company"; then back to "an internet provider".
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("registerSearch")), QStringLiteral("b.v."));
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("registerResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 20'000);
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("reportOtherCompany"))->isChecked());
        QTest::qWait(50); // the layout's pass after the results arrived
        test::capture(dialog, "report-match-dialog");
        dialog->findChild<QRadioButton*>(QStringLiteral("reportIsp"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reportNote")),
                         QStringLiteral("their office wifi is a provider's"));
        const auto reportsOnServer = [this] {
            QJsonArray reports;
            bool done = false;
            m_session->request(
                "GET", QStringLiteral("/api/v1/corrections"), {}, [&](const core::Session::Reply& reply) {
                    reports =
                        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("corrections")).toArray();
                    done = true;
                });
            if (!QTest::qWaitFor([&] { return done; }, 30'000))
                qWarning("no answer to GET /api/v1/corrections");
            return reports;
        };
        dialog->findChild<QPushButton*>(QStringLiteral("reportConfirm"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(reportsOnServer().size()), 1, 30'000);
        const QJsonObject stored = reportsOnServer().first().toObject();
        QCOMPARE(stored.value(QStringLiteral("verdict")).toString(), QStringLiteral("isp"));
        QCOMPARE(stored.value(QStringLiteral("reported_company_id")).toString(), id);
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_VERIFY_WITH_TIMEOUT(how->text().contains(QStringLiteral("Reported by ") + m_demo.admin().email), 20'000);
        QVERIFY2(how->text().contains(QStringLiteral("An internet provider")), qPrintable(how->text()));
        test::capture(m_workspace.get(), "profile-match-reported");

        // The dashboard: what could not be tied to a company, and the bots filtered.
        m_workspace->showScreen(ui::Workspace::Screen::Dashboard);
        auto* traffic = m_workspace->dashboardPage()->findChild<QLabel*>(QStringLiteral("trafficFigures"));
        QTRY_VERIFY_WITH_TIMEOUT(traffic && traffic->isVisible(), 20'000);
        QVERIFY2(traffic->text().contains(QStringLiteral("% of page views could not be tied to a company: mostly")),
                 qPrintable(traffic->text()));
        QVERIFY2(traffic->text().contains(QStringLiteral("bot hits filtered: crawlers")), qPrintable(traffic->text()));
        test::capture(m_workspace.get(), "dashboard-traffic");

        // Withdrawn again (the other slots see the demo as it was).
        bool withdrawn = false;
        account.withdrawMatchReport(this, stored.value(QStringLiteral("id")).toString(),
                                    [&](const core::ApiFailure& failure) { withdrawn = !failure.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(withdrawn, 20'000);
        QVERIFY(syncOnce());
        m_workspace->setAccount(nullptr);
    }

    // A manager makes a target-account list, imports accounts from a CSV file
    // (the report names the rows that matched nothing), and "Show in leads"
    // lists exactly the list's companies; the profile says which lists a
    // company is on.
    void targetListsAreImportedAndShownInTheLeads()
    {
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        m_workspace->setCanEditRules(true);
        m_workspace->showScreen(ui::Workspace::Screen::Targets);
        ui::TargetListsPage* page = m_workspace->targetListsPage();
        QTreeWidget* list = page->list();
        QTRY_VERIFY(list->topLevelItemCount() > 0); // the demo's key accounts
        const int demoLists = list->topLevelItemCount();
        const auto row = [list](const QString& name) -> QTreeWidgetItem* {
            const QList<QTreeWidgetItem*> found = list->findItems(name, Qt::MatchExactly, 0);
            return found.isEmpty() ? nullptr : found.first();
        };
        page->findChild<QPushButton*>(QStringLiteral("newTargetList"))->click();
        auto* name = m_workspace->findChild<QInputDialog*>(QStringLiteral("newTargetListDialog"));
        QTRY_VERIFY(name && name->isVisible());
        name->setTextValue(QStringLiteral("Trade fair 2026"));
        name->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (list->topLevelItemCount() == demoLists + 1)
                    return true;
                syncOnce();
                m_store->notifyChanged();
                QTest::qWait(200);
                return false;
            }(),
            30'000);
        QVERIFY(row(QStringLiteral("Trade fair 2026")));

        // Three of the leads by registry number (one with its website instead), and a row that is nobody.
        QList<core::LeadsQuery::Row> rows;
        QString error;
        QVERIFY(core::LeadsQuery(*m_direct).page({}, std::nullopt, 3, &rows, &error));
        QCOMPARE(rows.size(), 3);
        QByteArray csv = "registry_number\n";
        csv += rows[0].registryNumber.toUtf8() + "\n" + rows[1].registryNumber.toUtf8() + "\n";
        csv += (rows[2].website.isEmpty() ? rows[2].registryNumber : rows[2].website).toUtf8() + "\n";
        csv += "99999999\n";
        QSignalSpy imported(page, &ui::TargetListsPage::imported);
        list->setCurrentItem(row(QStringLiteral("Trade fair 2026")));
        QString listId;
        {
            QList<core::TargetLists::List> lists;
            QVERIFY(core::TargetLists::all(*m_direct, 0, &lists, &error));
            for (const core::TargetLists::List& l : std::as_const(lists)) {
                if (l.name == QLatin1String("Trade fair 2026"))
                    listId = l.id;
            }
        }
        QVERIFY(!listId.isEmpty());
        page->importInto(listId, csv);
        QVERIFY(imported.wait(30'000));
        QCOMPARE(imported.first().at(0).toString(),
                 QStringLiteral("4 rows read; 3 matched a company, 3 added to the list; 1 did not match."));
        QCOMPARE(imported.first().at(1).toStringList(),
                 QStringList{QStringLiteral("Row 4, “99999999”: no company with this registry number")});
        if (auto* report = m_workspace->findChild<QMessageBox*>(QStringLiteral("importReport")))
            report->accept();
        QVERIFY(syncOnce());
        m_store->notifyChanged();
        QTRY_VERIFY(row(QStringLiteral("Trade fair 2026")) &&
                    row(QStringLiteral("Trade fair 2026"))->text(1) == QStringLiteral("3"));
        test::capture(m_workspace.get(), "target-lists");

        // Show in leads: exactly those three, with every filter at hand.
        list->setCurrentItem(row(QStringLiteral("Trade fair 2026")));
        page->findChild<QPushButton*>(QStringLiteral("showTargetList"))->click();
        QCOMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Leads);
        QTRY_VERIFY_WITH_TIMEOUT(!leads()->isLoading() && leads()->total() == 3, 20'000);
        QSet<QString> shown;
        for (int r = 0; r < leads()->rowCount(); ++r)
            shown << leads()->companyId(r);
        QCOMPARE(shown, (QSet<QString>{rows[0].id, rows[1].id, rows[2].id}));
        QVERIFY2(m_workspace->findChild<QLabel*>(QStringLiteral("leadsCount"))
                     ->text()
                     .contains(QStringLiteral("on a target list")),
                 qPrintable(m_workspace->findChild<QLabel*>(QStringLiteral("leadsCount"))->text()));
        // A control's change keeps the list (it has no control of its own).
        auto* status = m_workspace->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("new")));
        QTRY_VERIFY(!leads()->isLoading() && leads()->filter().onList == listId);
        status->setCurrentIndex(0);

        // The profile says so.
        m_workspace->openCompany(rows[0].id);
        auto* lists = m_workspace->companyPage()->findChild<QToolButton*>(QStringLiteral("companyLists"));
        QTRY_VERIFY2(lists->text().startsWith(QStringLiteral("On ")) &&
                         lists->text().contains(QStringLiteral("Trade fair 2026")),
                     qPrintable(lists->text()));
        m_workspace->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        m_workspace->setAccount(nullptr);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
    }
    // A profile shows the visits this computer keeps and, when asked, the
    // older ones from the server — a page of 50 at a time, not kept.
    void olderVisitsComeFromTheServerOnDemand()
    {
        core::AdminClient account(m_session.get());
        m_workspace->setAccount(&account);
        core::Preferences::cacheMonths().set(3);
        QVERIFY(waitForLeads());
        const QString id = leads()->companyId(0);
        // The server holds this company's visits from four months ago (moved back there in its store, and returned
        // at the end): before this computer's window.
        constexpr qint64 kShift = 120LL * 24 * 3600 * 1000;
        const auto shift = [this, &id](qint64 by) {
            QString error;
            server::Store store(*server::DatabaseUrl::parse(m_demo.process().dbUrl(), &error));
            bool ok = store.open(&error);
            {
                QSqlQuery query(store.connection());
                ok = ok &&
                     server::Sql::exec(query,
                                       QStringLiteral("UPDATE pageviews SET viewed_at = viewed_at + ? WHERE visit_id "
                                                      "IN (SELECT id FROM visits WHERE company_id = ?)"),
                                       {by, id}, &error) &&
                     server::Sql::exec(query,
                                       QStringLiteral("UPDATE visits SET started_at = started_at + ?, last_at = "
                                                      "last_at + ? WHERE company_id = ?"),
                                       {by, by, id}, &error);
            }
            store.closeThreadConnection();
            if (!ok)
                qWarning("%s", qPrintable(error));
            return ok;
        };
        QVERIFY(shift(-kShift));
        const auto restore = qScopeGuard([&] {
            shift(kShift);
            core::Preferences::cacheMonths().set(core::Preferences::cacheMonths().defaultValue());
            m_workspace->setAccount(nullptr);
        });
        core::CompanyQuery query(*m_direct);
        QList<core::CompanyQuery::Visit> kept;
        QString error;
        QVERIFY(query.visits(id, 0, 0, &kept, &error));

        m_workspace->openCompany(id);
        // (Shown before, with the window of then: as after the sync that a changed setting starts.)
        m_workspace->companyPage()->reload();
        auto* visits = m_workspace->findChild<QTreeWidget*>(QStringLiteral("visitList"));
        auto* note = m_workspace->findChild<QLabel*>(QStringLiteral("olderVisitsNote"));
        auto* older = m_workspace->findChild<QPushButton*>(QStringLiteral("olderVisits"));
        QTRY_COMPARE(visits->topLevelItemCount(), int(kept.size()));
        const QDate start = core::Preferences::cacheWindowStart(QDateTime::currentDateTimeUtc().date());
        const QString since = QLocale().toString(start, QLocale::ShortFormat);
        QTRY_VERIFY2(note->text().contains(since), qPrintable(note->text()));
        QVERIFY(older->isVisible() && older->isEnabled());

        QTest::mouseClick(older, Qt::LeftButton);
        // Below the kept ones: the same visits, four months earlier, newest first, with their pages.
        QTRY_COMPARE_WITH_TIMEOUT(visits->topLevelItemCount(), int(2 * kept.size()) + 1, 20'000);
        QTreeWidgetItem* heading = visits->topLevelItem(int(kept.size()));
        QVERIFY2(heading->text(0).startsWith(QStringLiteral("Before %1, from the server").arg(since)),
                 qPrintable(heading->text(0)));
        QVERIFY(!(heading->flags() & Qt::ItemIsSelectable));
        const QLocale locale;
        for (int i = 0; i < kept.size(); ++i) {
            QTreeWidgetItem* item = visits->topLevelItem(int(kept.size()) + 1 + i);
            QCOMPARE(item->data(0, Qt::UserRole).toString(), kept[i].id);
            QCOMPARE(item->text(0),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(kept[i].startedAt - kShift), QLocale::ShortFormat));
            QCOMPARE(item->childCount(), int(kept[i].pageviews.size()));
        }
        QTRY_VERIFY(note->text().contains(QStringLiteral("not kept on this computer")));
        QVERIFY(!older->isVisible()); // all of them (fewer than a page)
        test::capture(m_workspace.get(), "company-older-visits");
        // Shown, not kept: the cache holds what it held.
        QList<core::CompanyQuery::Visit> after;
        QVERIFY(query.visits(id, 0, 0, &after, &error));
        QCOMPARE(after.size(), kept.size());
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
    }
};

QTEST_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
