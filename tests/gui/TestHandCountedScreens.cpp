#include "core/cache/Cache.h"
#include "core/query/DataStore.h"
#include "protocol/Crypto.h"
#include "tests/support/ChangePage.h"
#include "ui/CompanyPage.h"
#include "ui/DashboardPage.h"
#include "ui/LeadsModel.h"
#include "ui/LeadsPage.h"
#include "ui/Monogram.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace leadscope;

// The screens over three companies and six visits whose every figure was
// counted by hand (tests/support/ChangePage.h): what each screen must show is
// written here as numbers, not computed by the query classes the screens use.
class TestHandCountedScreens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_key = protocol::Crypto::randomBytes(32);
    std::unique_ptr<core::DataStore> m_store;
    std::unique_ptr<ui::Workspace> m_workspace;

    ui::LeadsModel* leads() const { return m_workspace->leadsPage()->model(); }

    // What the list shows in one column, top to bottom.
    QStringList column(int column) const
    {
        QStringList shown;
        for (int row = 0; row < leads()->rowCount(); ++row)
            shown << leads()->index(row, column).data().toString();
        return shown;
    }

    QString tile(const char* name) const
    {
        return m_workspace->findChild<QLabel*>(QLatin1String(name))->accessibleName();
    }

    void clickHeader(int section)
    {
        QHeaderView* header = m_workspace->leadsPage()->view()->horizontalHeader();
        const QPoint middle(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto* english = new QTranslator(qApp);
        QVERIFY(english->load(QStringLiteral("leadscope_en"), qEnvironmentVariable("LEADSCOPE_TRANSLATIONS")));
        QCoreApplication::installTranslator(english);
        const QString path = m_dir.filePath(QStringLiteral("hand.cache"));
        {
            core::Cache::OpenResult opened;
            auto cache = core::Cache::open(path, m_key, &opened);
            QVERIFY2(cache, qPrintable(opened.message));
            QString error;
            QVERIFY2(test::ChangePage::apply(*cache, test::ChangePage::handCounted(QDate::currentDate()), 1, &error),
                     qPrintable(error));
        }
        m_store = std::make_unique<core::DataStore>(path, protocol::SecretBytes(m_key));
        m_workspace = std::make_unique<ui::Workspace>();
        m_workspace->resize(1280, 800);
        m_workspace->setStore(m_store.get(), QStringLiteral("test"), QStringLiteral("u-1"),
                              QStringLiteral("rep@example.com"));
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void theListShowsTheCompaniesNewestFirstAndSortsByVisits()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->rowCount(), 3, 20'000);
        QTRY_VERIFY(!leads()->isLoading());
        // Last visits: today 08:00, yesterday 11:00, 3 days ago.
        QCOMPARE(column(ui::LeadsModel::Company),
                 (QStringList{QStringLiteral("Acme B.V."), QStringLiteral("Bouwbedrijf Zuid"),
                              QStringLiteral("Old Timer")}));
        QCOMPARE(column(ui::LeadsModel::Visits),
                 (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(column(ui::LeadsModel::Pageviews),
                 (QStringList{QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(column(ui::LeadsModel::Industry),
                 (QStringList{QStringLiteral("Software"), QStringLiteral("Bouw"), QStringLiteral("Bouw")}));
        QCOMPARE(leads()->total(), 3);
        // Two clicks on Visits: most first and fewest first, in whichever order the header starts.
        const QStringList most{QStringLiteral("Acme B.V."), QStringLiteral("Old Timer"),
                               QStringLiteral("Bouwbedrijf Zuid")};
        const QStringList fewest{most[2], most[1], most[0]};
        QStringList seen;
        for (int click = 0; click < 2; ++click) {
            const QStringList before = column(ui::LeadsModel::Company);
            clickHeader(ui::LeadsModel::Visits);
            QTRY_VERIFY_WITH_TIMEOUT(
                !leads()->isLoading() && leads()->rowCount() == 3 && column(ui::LeadsModel::Company) != before, 20'000);
            seen << column(ui::LeadsModel::Company).join(u'|');
        }
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), (QSet<QString>{most.join(u'|'), fewest.join(u'|')}));
    }

    void theDashboardCountsWholeDaysEndingYesterday()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Dashboard);
        ui::DashboardPage* page = m_workspace->dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 20'000);
        // 30 days ending yesterday: v1 (3 views), v3 (1), v4 (2), v5 (1), v6 (2) — not today's v2.
        QCOMPARE(tile("kpiVisits"), QStringLiteral("Visits: 5"));
        QCOMPARE(tile("kpiCompanies"), QStringLiteral("Identified companies: 3"));
        QCOMPARE(tile("kpiPageviews"), QStringLiteral("Page views: 9"));
        // 7 days ending yesterday: v1, v3, v4, v6 — 8 page views; the week before had none.
        auto* chooser = m_workspace->findChild<QComboBox*>(QStringLiteral("dashboardPeriod"));
        QSignalSpy reloaded(page, &ui::DashboardPage::loaded);
        chooser->setCurrentIndex(chooser->findData(7));
        QVERIFY(reloaded.wait(20'000));
        QCOMPARE(tile("kpiVisits"), QStringLiteral("Visits: 4"));
        QCOMPARE(tile("kpiCompanies"), QStringLiteral("Identified companies: 3"));
        QCOMPARE(tile("kpiPageviews"), QStringLiteral("Page views: 8"));
        const QString visits = m_workspace->findChild<QLabel*>(QStringLiteral("kpiVisits"))->text();
        QVERIFY2(visits.contains(QStringLiteral("was 0")) && visits.contains(QStringLiteral("▲")), qPrintable(visits));
        chooser->setCurrentIndex(chooser->findData(30));
    }

    void theProfileShowsEachVisitAndVisitor()
    {
        m_workspace->openCompany(QStringLiteral("kvk-1"));
        QCOMPARE(m_workspace->currentScreen(), ui::Workspace::Screen::Company);
        auto* visits = m_workspace->findChild<QTreeWidget*>(QStringLiteral("visitList"));
        QTRY_COMPARE_WITH_TIMEOUT(visits->topLevelItemCount(), 3, 20'000);
        // Newest first: v2 (/prijzen, /contact), v1 (/, /producten, /prijzen), v3 (/blog).
        QList<int> pages;
        for (int i = 0; i < visits->topLevelItemCount(); ++i)
            pages << visits->topLevelItem(i)->childCount();
        QCOMPARE(pages, (QList<int>{2, 3, 1}));
        QVERIFY2(visits->topLevelItem(0)->child(1)->text(5).startsWith(QStringLiteral("/contact")),
                 qPrintable(visits->topLevelItem(0)->child(1)->text(5)));
        QVERIFY(m_workspace->findChild<QLabel*>(QStringLiteral("companyName"))
                    ->text()
                    .startsWith(QStringLiteral("Acme B.V.")));
        // Two visitors (key-a twice, key-b once).
        auto* journeys = m_workspace->findChild<QTreeWidget*>(QStringLiteral("journeyList"));
        QTRY_COMPARE(journeys->topLevelItemCount(), 2);
        // The timeline's 30 days end today: one visit today, 2 days ago and 5 days ago.
        auto* chart = m_workspace->findChild<QChartView*>(QStringLiteral("timelineChart"));
        auto* series = qobject_cast<QBarSeries*>(chart->chart()->series().value(0));
        QVERIFY(series);
        QBarSet* perDay = series->barSets().value(0);
        QCOMPARE(perDay->count(), 30);
        QList<int> days;
        for (int i = 0; i < perDay->count(); ++i) {
            if (perDay->at(i) != 0)
                days << (29 - i) << int(perDay->at(i));
        }
        QCOMPARE(days, (QList<int>{5, 1, 2, 1, 0, 1}));
    }

    // Moving to another company replaces the profile in one step: until its data is
    // here the previous one stays (no blank "Loading…" frame in between), and its
    // notes cannot be edited in the meantime — they belong to the previous company.
    void theNextCompanyReplacesThePreviousInOneStep()
    {
        m_workspace->openCompany(QStringLiteral("kvk-1"));
        auto* name = m_workspace->findChild<QLabel*>(QStringLiteral("companyName"));
        auto* note = m_workspace->findChild<QPlainTextEdit*>(QStringLiteral("annotationNote"));
        QTRY_VERIFY_WITH_TIMEOUT(name->text().startsWith(QStringLiteral("Acme B.V.")) && note->isEnabled(), 20'000);
        m_workspace->openCompany(QStringLiteral("kvk-3"));
        QVERIFY2(name->text().startsWith(QStringLiteral("Acme B.V.")), qPrintable(name->text()));
        QVERIFY(!note->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(name->text().startsWith(QStringLiteral("Old Timer")), 20'000);
        QVERIFY(note->isEnabled());
        QCOMPARE(m_workspace->companyPage()->companyId(), QStringLiteral("kvk-3"));
    }

    // Day labels are level and never overlap: in a narrow reading pane fewer of them
    // show (the last day's always), wide enough apart to be read — on the profile's
    // timeline and on the dashboard's visits per day.
    void dayLabelsFitTheirCharts()
    {
        m_workspace->openCompany(QStringLiteral("kvk-1"));
        auto* view = m_workspace->findChild<QChartView*>(QStringLiteral("timelineChart"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->chart()->axes(Qt::Horizontal).isEmpty(), 20'000);
        QCategoryAxis* axis = nullptr;
        QString today = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM"));
        int days = 30;
        const auto readable = [&](QString* why) {
            axis = qobject_cast<QCategoryAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
            if (!axis || axis->labelsAngle() != 0) {
                *why = QStringLiteral("no level day axis");
                return false;
            }
            const QStringList shown = axis->categoriesLabels();
            const double perDay = view->chart()->plotArea().width() / days;
            const QFontMetrics metrics(axis->labelsFont());
            for (qsizetype i = 1; i < shown.size(); ++i) {
                const double apart = (axis->endValue(shown[i]) - axis->endValue(shown[i - 1])) * perDay;
                const double needed =
                    (metrics.horizontalAdvance(shown[i]) + metrics.horizontalAdvance(shown[i - 1])) / 2.0;
                if (apart < needed) {
                    *why = QStringLiteral("%1 and %2: %3 px apart, %4 px wide")
                               .arg(shown[i - 1], shown[i])
                               .arg(apart)
                               .arg(needed);
                    return false;
                }
            }
            if (shown.isEmpty() || shown.last() != today || axis->endValue(today) != days - 1) {
                *why = QStringLiteral("today is not labelled: %1").arg(shown.join(u' '));
                return false;
            }
            return true;
        };
        m_workspace->resize(1600, 900);
        QTRY_VERIFY_WITH_TIMEOUT(view->chart()->plotArea().width() > 900, 5'000);
        QCoreApplication::processEvents();
        QString why;
        QVERIFY2(readable(&why), qPrintable(why));
        const qsizetype wide = axis->categoriesLabels().size();
        m_workspace->setReadingPane(true); // in a narrow window: under the list, as narrow as it
        m_workspace->resize(640, 700);
        QTRY_VERIFY2_WITH_TIMEOUT(
            view->chart()->plotArea().width() < 400,
            qPrintable(QStringLiteral("%1 in %2").arg(view->chart()->plotArea().width()).arg(m_workspace->width())),
            5000);
        QCoreApplication::processEvents();
        QVERIFY2(readable(&why), qPrintable(why));
        QVERIFY2(axis->categoriesLabels().size() < wide, qPrintable(axis->categoriesLabels().join(u' ')));
        m_workspace->setReadingPane(false);

        // The dashboard's 30 whole days end yesterday.
        m_workspace->showScreen(ui::Workspace::Screen::Dashboard);
        view = m_workspace->findChild<QChartView*>(QStringLiteral("visitsPerDayChart"));
        QVERIFY(view);
        today = QLocale().toString(QDate::currentDate().addDays(-1), QStringLiteral("d MMM"));
        QTRY_VERIFY_WITH_TIMEOUT(readable(&why), 20'000);
        m_workspace->resize(700, 700);
        QTRY_VERIFY_WITH_TIMEOUT(view->chart()->plotArea().width() < 500, 5'000);
        QCoreApplication::processEvents();
        QVERIFY2(readable(&why), qPrintable(why));
        m_workspace->resize(1280, 800);
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
    }

    // On a small screen (1440×900 at 200 %) the profile cannot sit beside the list and
    // stay readable: it goes under it, and back beside it when the window is wide again.
    void theReadingPaneGoesUnderTheListWhenNarrow()
    {
        m_workspace->resize(1600, 900);
        m_workspace->setReadingPane(true);
        auto* splitter = m_workspace->findChild<QSplitter*>(QStringLiteral("readingSplitter"));
        QVERIFY(splitter);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        m_workspace->resize(720, 450);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        QVERIFY(m_workspace->companyPage()->isVisible());
        QVERIFY(m_workspace->leadsPage()->view()->isVisible());
        m_workspace->resize(1600, 900);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        m_workspace->setReadingPane(false);
        m_workspace->resize(1280, 800);
    }

    // The list's text is laid out once per cell and kept (ui::StaticTextDelegate); it must look as
    // the style paints it: the same place, elided where it does not fit, the row's own font
    // (bold while unseen) and the selection's colour.
    void theListsTextLooksAsTheStylePaintsIt()
    {
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        m_workspace->setReadingPane(false);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->rowCount(), 3, 20'000);
        QTRY_VERIFY(!leads()->isLoading());
        QTableView* table = m_workspace->leadsPage()->view();
        QAbstractItemDelegate* kept = table->itemDelegate();
        QStyledItemDelegate plain;
        table->selectRow(1);
        // The company column wide, then so narrow that the names are elided.
        for (const int width : {table->columnWidth(ui::LeadsModel::Company), 60}) {
            table->setColumnWidth(ui::LeadsModel::Company, width);
            const QImage drawn = table->viewport()->grab().toImage();
            table->setItemDelegate(&plain);
            const QImage styled = table->viewport()->grab().toImage();
            table->setItemDelegate(kept);
            QCOMPARE(drawn.size(), styled.size());
            // Glyphs may land a subpixel apart (another Qt, another font); no more than that. (A
            // right-aligned number one pixel off, or the selected row's text in black, is more.)
            qint64 differing = 0, inked = 0;
            const QRgb base = table->palette().color(QPalette::Base).rgb();
            for (int y = 0; y < drawn.height(); ++y) {
                for (int x = 0; x < drawn.width(); ++x) {
                    const QRgb a = drawn.pixel(x, y), b = styled.pixel(x, y);
                    inked += b != base;
                    const int delta =
                        std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
                    differing += delta > 96;
                }
            }
            QVERIFY(inked > 0);
            QVERIFY2(
                differing * 500 <= inked,
                qPrintable(
                    QStringLiteral("%1 of %2 inked pixels differ at width %3").arg(differing).arg(inked).arg(width)));
        }
    }

    void monogramsAndSidebarIcons()
    {
        QCOMPARE(ui::Monogram::initials(QStringLiteral("Bouwbedrijf Zuid B.V.")), QStringLiteral("BZ"));
        QCOMPARE(ui::Monogram::initials(QStringLiteral("de Vries Techniek")), QStringLiteral("VT"));
        QCOMPARE(ui::Monogram::initials(QStringLiteral("Acme B.V.")), QStringLiteral("A"));
        QCOMPARE(ui::Monogram::initials(QStringLiteral("Holding B.V.")), QStringLiteral("H"));
        QCOMPARE(ui::Monogram::initials(QStringLiteral("Müller & Söhne GmbH")), QStringLiteral("MS"));
        QCOMPARE(ui::Monogram::initials(QStringLiteral("…")), QString());
        // Every colour carries white initials at WCAG AA contrast (4.5:1); the same id, the same colour.
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        QSet<QRgb> colours;
        for (int i = 0; i < 200; ++i) {
            const QColor colour = ui::Monogram::colour(QStringLiteral("kvk-%1").arg(i));
            colours.insert(colour.rgb());
            QVERIFY2(1.05 / (luminance(colour) + 0.05) >= 4.5, qPrintable(colour.name()));
        }
        QVERIFY(colours.size() >= 6);
        QCOMPARE(ui::Monogram::colour(QStringLiteral("kvk-1")), ui::Monogram::colour(QStringLiteral("kvk-1")));
        // The list shows each company's monogram beside its name.
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->rowCount(), 3, 20'000);
        const QIcon acme = leads()->index(0, ui::LeadsModel::Company).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!acme.isNull());
        QCOMPARE(acme.pixmap(16).toImage().pixelColor(8, 2).rgb(), ui::Monogram::colour(leads()->companyId(0)).rgb());
        QVERIFY(!leads()->index(0, ui::LeadsModel::City).data(Qt::DecorationRole).isValid());
        // The profile too, beside the name.
        m_workspace->openCompany(QStringLiteral("kvk-2"));
        auto* monogram = m_workspace->findChild<QLabel*>(QStringLiteral("companyMonogram"));
        auto* name = m_workspace->findChild<QLabel*>(QStringLiteral("companyName"));
        QTRY_VERIFY_WITH_TIMEOUT(name->text().startsWith(QStringLiteral("Bouwbedrijf Zuid")), 20'000);
        QVERIFY(monogram->isVisible() && !monogram->pixmap().isNull());
        const QImage disc = monogram->pixmap().toImage();
        QCOMPARE(disc.pixelColor(disc.width() / 2, 2).rgb(), ui::Monogram::colour(QStringLiteral("kvk-2")).rgb());
        m_workspace->showScreen(ui::Workspace::Screen::Leads);
        // Every sidebar entry has an icon, drawn in the text colour: dark mode redraws them.
        auto* nav = m_workspace->findChild<QListWidget*>(QStringLiteral("navigation"));
        const auto inkOf = [nav](int row) {
            const QImage image = nav->item(row)->icon().pixmap(16).toImage();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y).alpha() == 255)
                        return image.pixelColor(x, y).rgb();
                }
            }
            return QRgb(0);
        };
        for (const int row : {0, 1, 2})
            QCOMPARE(inkOf(row), nav->palette().color(QPalette::Text).rgb());
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(dark);
        QTRY_COMPARE(inkOf(0), QColor(0xee, 0xee, 0xee).rgb());
        QApplication::setPalette(light);
        QTRY_COMPARE(inkOf(0), light.color(QPalette::Text).rgb());
    }
};

QTEST_MAIN(TestHandCountedScreens)
#include "TestHandCountedScreens.moc"
