#include "CompanyPage.h"

#include "ChartStyle.h"
#include "DayAxis.h"
#include "ErrorBanner.h"
#include "LeadsModel.h"
#include "Monogram.h"
#include "RelativeTime.h"
#include "ScoreBar.h"
#include "TeamHistory.h"

#include "DocumentPrinter.h"
#include "core/Preferences.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"
#include "core/query/LeadsQuery.h"
#include "core/query/MatchExplanation.h"
#include "core/sync/AnnotationOutbox.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

namespace leadscope::ui {

struct CompanyPage::Loaded
{
    bool found = false;
    core::CompanyQuery::Company company;
    QList<core::CompanyQuery::Bucket> buckets;
    QList<core::CompanyQuery::Visit> visits;
    QList<core::CompanyQuery::Visitor> visitors;
    QList<core::CompanyQuery::HistoryEntry> history;
    QList<core::Team::Member> team;
    QList<core::TeamRules::Firing> firings;
    QList<core::TargetLists::List> lists;
    QStringList onLists;
    QList<core::Corrections::Report> reports;
};

namespace {

// The palette's link colour written into the link: a label keeps the colour
// its text was laid out with, so a live switch to dark mode sets new text.
QString link(const QString& url, const QString& text, const QColor& colour)
{
    return QStringLiteral("<a href=\"%1\" style=\"color:%3\">%2</a>")
        .arg(url.toHtmlEscaped(), text.toHtmlEscaped(), colour.name());
}

} // namespace

CompanyPage::CompanyPage(QWidget* parent)
    : DataPage(parent)
    , m_monogram(new QLabel(this))
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_links(new QLabel(this))
    , m_score(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_ruleFirings(new QLabel(this))
    , m_howWeKnow(new QLabel(this))
    , m_scoreBar(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_tabs(new QTabWidget(this))
    , m_visits(new QTreeWidget(this))
    , m_journeys(new QTreeWidget(this))
    , m_history(new TeamHistory(this))
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_assignee(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_pending(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_loadingHint(new QTimer(this))
{
    setObjectName(QStringLiteral("companyPage"));
    QLayout* header = buildHeader();
    QLayout* timelineBar = buildTimelineBar();
    setUpLists();
    QWidget* annotation = buildAnnotation();

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    m_bottom = bottom;
    bottom->setObjectName(QStringLiteral("companySplitter"));
    bottom->addWidget(m_tabs);
    bottom->addWidget(annotation);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);
    bottom->restoreState(QSettings().value(QStringLiteral("company/splitter")).toByteArray());
    connect(bottom, &QSplitter::splitterMoved, this, [bottom] {
        if (bottom->orientation() == Qt::Horizontal) // the full profile's split; the pane's is its own
            QSettings().setValue(QStringLiteral("company/splitter"), bottom->saveState());
    });

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_error);
    layout->addLayout(header);
    layout->addLayout(timelineBar);
    layout->addWidget(m_chart, 2);
    layout->addWidget(bottom, 3);
    setScrollableContent(content);
}

// Copy registry number, phone, website, address (or, in the reading pane,
// one Copy menu with the same), then Print and Save as PDF.
QLayout* CompanyPage::buildActions()
{
    auto* copyRow = new QHBoxLayout;
    // Beside the list (the reading pane) the four copy buttons are one menu.
    auto* copyMenu = new QMenu(this);
    m_copyMenu = new QToolButton(this);
    m_copyMenu->setObjectName(QStringLiteral("copyMenu"));
    m_copyMenu->setText(tr("Copy"));
    m_copyMenu->setAccessibleName(tr("Copy company details"));
    m_copyMenu->setPopupMode(QToolButton::InstantPopup);
    m_copyMenu->setMenu(copyMenu);
    m_copyMenu->hide();
    copyRow->addWidget(m_copyMenu);
    const auto copyButton = [this, copyRow, copyMenu](const char* object, const QString& text,
                                                      std::function<QString()> value) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(object));
        button->setText(text);
        button->setAccessibleName(text);
        if (value) {
            const auto copy = [value] {
                QApplication::clipboard()->setText(value());
            };
            connect(button, &QToolButton::clicked, this, copy);
            copyMenu->addAction(text, this, copy);
            m_copyButtons << button;
        } else // the two document buttons
            connect(button, &QToolButton::clicked, this,
                    [this, pdf = qstrcmp(object, "saveProfilePdf") == 0] { printProfile(pdf); });
        copyRow->addWidget(button);
    };
    copyButton("copyRegistry", tr("Copy registry number"), [this] { return m_company.registryNumber; });
    copyButton("copyPhone", tr("Copy phone"), [this] { return m_company.phone; });
    copyButton("copyWebsite", tr("Copy website"), [this] { return m_company.website; });
    copyButton("copyAddress", tr("Copy address"), [this] {
        return QStringLiteral("%1\n%2 %3").arg(m_company.street, m_company.postcode, m_company.city);
    });
    copyRow->addStretch(1);
    copyButton("printProfile", tr("Print…"), {});
    copyButton("saveProfilePdf", tr("Save as PDF…"), {});
    m_hide = new QToolButton(this);
    m_hide->setObjectName(QStringLiteral("hideCompany"));
    m_hide->setText(tr("Hide…"));
    m_hide->setToolTip(tr("Hide this company, or its whole industry, from the team's leads (our own offices, "
                          "customers, competitors, suppliers)"));
    m_hide->hide();
    connect(m_hide, &QToolButton::clicked, this, &CompanyPage::hideRequested);
    m_lists = new QToolButton(this);
    m_lists->setObjectName(QStringLiteral("companyLists"));
    m_lists->setText(tr("Lists"));
    m_lists->setAccessibleName(tr("Target-account lists"));
    m_lists->setPopupMode(QToolButton::InstantPopup);
    m_lists->setMenu(new QMenu(m_lists));
    m_lists->hide();
    m_reportMatch = new QToolButton(this);
    m_reportMatch->setObjectName(QStringLiteral("reportWrongCompany"));
    m_reportMatch->setText(tr("Wrong company?"));
    m_reportMatch->setAccessibleName(tr("Report wrong company"));
    m_reportMatch->setToolTip(tr("Say whose network the latest visit really came from: an internet provider's, "
                                 "another company's, or no company's"));
    connect(m_reportMatch, &QToolButton::clicked, this,
            [this] { Q_EMIT reportMatchRequested({}, core::MatchExplanation::sentence(m_company.latestMatch)); });
    copyRow->addWidget(m_lists);
    copyRow->addWidget(m_hide);
    return copyRow;
}

QLayout* CompanyPage::buildHeader()
{
    auto* backButton = new QToolButton(this);
    backButton->setObjectName(QStringLiteral("backToLeads"));
    backButton->setText(tr("← Leads"));
    backButton->setShortcut(QKeySequence::Back);
    backButton->setToolTip(
        tr("Back to the leads list (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    connect(backButton, &QToolButton::clicked, this, &CompanyPage::back);

    m_name->setObjectName(QStringLiteral("companyName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true); // a long name wraps instead of widening the page
    m_facts->setObjectName(QStringLiteral("companyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setObjectName(QStringLiteral("companyLinks"));
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_score->setObjectName(QStringLiteral("leadScore"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.4);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_reasons->setObjectName(QStringLiteral("leadScoreReasons"));
    m_reasons->setWordWrap(true);

    QLayout* copyRow = buildActions();

    m_reasons->setMinimumHeight(fontMetrics().lineSpacing() * 5 + 4);
    m_reasons->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* scoreBox = new QVBoxLayout;
    scoreBox->addWidget(m_score);
    m_scoreBar->setObjectName(QStringLiteral("leadScoreBar"));
    scoreBox->addWidget(m_scoreBar);
    scoreBox->addWidget(m_reasons);
    scoreBox->addStretch(1);
    auto* about = new QVBoxLayout;
    about->addWidget(backButton, 0, Qt::AlignLeft);
    m_monogram->setObjectName(QStringLiteral("companyMonogram"));
    m_monogram->setAccessibleName(tr("Company initials"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_monogram, 0, Qt::AlignTop);
    nameRow->addWidget(m_name, 1);
    about->addLayout(nameRow);
    about->addWidget(m_facts);
    about->addWidget(m_links);
    m_ruleFirings->setObjectName(QStringLiteral("ruleFirings"));
    m_ruleFirings->setWordWrap(true);
    m_ruleFirings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleFirings->hide();
    about->addWidget(m_ruleFirings);
    m_howWeKnow->setObjectName(QStringLiteral("matchExplanation"));
    m_howWeKnow->setWordWrap(true);
    m_howWeKnow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // How we know, with the way to say it is wrong beside it.
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(m_howWeKnow, 1);
    matchRow->addWidget(m_reportMatch, 0, Qt::AlignTop);
    about->addLayout(matchRow);
    about->addLayout(copyRow);
    auto* header = new QBoxLayout(QBoxLayout::LeftToRight);
    m_header = header;
    header->addLayout(about, 3);
    header->addSpacing(fontMetrics().averageCharWidth() * 3);
    header->addLayout(scoreBox, 2);
    return header;
}

QLayout* CompanyPage::buildTimelineBar()
{
    m_range->setObjectName(QStringLiteral("timelineRange"));
    m_range->setAccessibleName(tr("Timeline range"));
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 12 months (weeks)"), 365);
    m_chart->setObjectName(QStringLiteral("timelineChart"));
    m_chart->setAccessibleName(tr("Visits and page views over time"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(fontMetrics().height() * 14);
    auto* timelineBar = new QHBoxLayout;
    auto* timelineTitle = new QLabel(tr("<b>Visitor timeline</b> — click a bar to see its visits"), this);
    timelineTitle->setWordWrap(true); // in a narrow pane (and in Dutch or German) it wraps, not widens the page
    timelineBar->addWidget(timelineTitle, 1);
    timelineBar->addWidget(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &CompanyPage::reload);
    buildTimeline();
    return timelineBar;
}

void CompanyPage::setUpLists()
{
    m_visits->setObjectName(QStringLiteral("visitList"));
    m_visits->setAccessibleName(tr("Visits"));
    m_visits->setHeaderLabels({tr("When"), tr("Pages"), tr("Duration"), tr("Source"), tr("Campaign"), tr("Page"),
                               tr("Website"), tr("Match")});
    m_visits->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_visits, &QTreeWidget::customContextMenuRequested, this, &CompanyPage::visitMenu);
    m_visits->setUniformRowHeights(true);
    m_visits->setAlternatingRowColors(true);
    m_visits->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_journeys->setObjectName(QStringLiteral("journeyList"));
    m_journeys->setAccessibleName(tr("Visitor journeys"));
    m_journeys->setHeaderLabels({tr("Visitor / visit"), tr("Page path")});
    m_journeys->setUniformRowHeights(true);
    m_journeys->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->setObjectName(QStringLiteral("companyTabs"));
    m_tabs->addTab(buildVisitsTab(), tr("Visi&ts"));
    m_tabs->addTab(m_journeys, tr("&Journeys"));
    m_tabs->addTab(m_history, tr("Team histo&ry"));
}

QWidget* CompanyPage::buildVisitsTab()
{
    m_visitsTab = new QWidget(this);
    m_olderNote = new QLabel(m_visitsTab);
    m_olderNote->setObjectName(QStringLiteral("olderVisitsNote"));
    m_olderNote->setWordWrap(true);
    m_olderNote->setForegroundRole(QPalette::PlaceholderText);
    // A wrapped label asks for the width of a long line; in the reading pane the profile is narrow.
    m_olderNote->setMinimumWidth(m_olderNote->fontMetrics().averageCharWidth() * 12);
    m_olderButton = new QPushButton(tr("Show ol&der visits"), m_visitsTab);
    m_olderButton->setObjectName(QStringLiteral("olderVisits"));
    connect(m_olderButton, &QPushButton::clicked, this, [this] {
        if (m_id.isEmpty() || m_older.fetching)
            return;
        m_older.asked = true;
        m_older.fetching = true;
        m_older.error.clear();
        showOlderState();
        Q_EMIT olderVisitsRequested(m_id, m_older.beforeMs, m_older.beforeId);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_olderNote, 1);
    row->addWidget(m_olderButton);
    auto* layout = new QVBoxLayout(m_visitsTab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_visits, 1);
    layout->addLayout(row);
    return m_visitsTab;
}

qint64 CompanyPage::windowStartMs()
{
    return core::Preferences::cacheWindowStart(QDateTime::currentDateTimeUtc().date())
        .startOfDay(QTimeZone::utc())
        .toMSecsSinceEpoch();
}

void CompanyPage::resetOlderVisits()
{
    m_older = Older{};
    m_older.companyId = m_id;
    m_older.windowStartMs = windowStartMs();
    m_older.beforeMs = m_older.windowStartMs;
    showOlderState();
}

void CompanyPage::showOlderState()
{
    const QString since =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_older.windowStartMs).date(), QLocale::ShortFormat);
    QString note;
    if (!m_older.error.isEmpty())
        note = tr("Older visits could not be fetched: %1").arg(m_older.error);
    else if (m_older.fetching)
        note = tr("Fetching visits before %1 from the server…").arg(since);
    else if (!m_older.asked)
        note = tr("This computer keeps the visits since %1; older ones stay on the server.").arg(since);
    else if (m_older.visits.isEmpty())
        note = tr("No visits before %1.").arg(since);
    else
        note = m_older.more ? tr("%Ln visit(s) before %1 shown, from the server (not kept on this computer).", nullptr,
                                 int(m_older.visits.size()))
                                  .arg(since)
                            : tr("All %Ln visit(s) before %1 shown, from the server (not kept on this computer).",
                                 nullptr, int(m_older.visits.size()))
                                  .arg(since);
    m_olderNote->setText(note);
    m_olderButton->setText(m_older.asked && m_older.error.isEmpty() ? tr("Sho&w more") : tr("Show ol&der visits"));
    m_olderButton->setVisible(m_older.more || !m_older.error.isEmpty());
    m_olderButton->setEnabled(!m_older.fetching);
}

void CompanyPage::showOlderVisits(const core::OlderVisits::Page& page)
{
    if (page.companyId != m_id || page.companyId != m_older.companyId)
        return; // another company is shown by now
    m_older.fetching = false;
    m_older.more = page.more;
    m_older.beforeMs = page.nextBeforeMs;
    m_older.beforeId = page.nextBeforeId;
    const bool first = m_older.visits.isEmpty();
    m_older.visits += page.visits;
    if (first && !page.visits.isEmpty())
        addOlderHeading();
    QList<QTreeWidgetItem*> items;
    for (const core::CompanyQuery::Visit& visit : page.visits)
        items << visitItem(visit);
    m_visits->addTopLevelItems(items);
    showOlderState();
}

void CompanyPage::addOlderHeading()
{
    // A row of its own between what this computer keeps and what came from the server.
    auto* heading = new QTreeWidgetItem(
        QStringList{tr("Before %1, from the server (not kept on this computer)")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_older.windowStartMs).date(),
                                                QLocale::ShortFormat))});
    heading->setFlags(Qt::ItemIsEnabled);
    QFont font = m_visits->font();
    font.setItalic(true);
    heading->setFont(0, font);
    heading->setForeground(0, palette().brush(QPalette::PlaceholderText));
    m_visits->addTopLevelItem(heading);
    heading->setFirstColumnSpanned(true);
}

void CompanyPage::olderVisitsFailed(const QString& companyId, const QString& message)
{
    if (companyId != m_id || companyId != m_older.companyId)
        return;
    m_older.fetching = false;
    m_older.error = message;
    showOlderState();
}

QWidget* CompanyPage::buildAnnotation()
{
    m_status->setObjectName(QStringLiteral("annotationStatus"));
    for (const QString& status : core::LeadStatus::keys())
        m_status->addItem(core::LeadStatus::label(status), status);
    m_tags->setObjectName(QStringLiteral("annotationTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. hot, watch"));
    m_assignee->setObjectName(QStringLiteral("annotationAssignee"));
    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setPlaceholderText(tr("What the team should know about this company"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 6);
    m_save->setObjectName(QStringLiteral("annotationSave"));
    m_pending->setObjectName(QStringLiteral("annotationPending"));
    m_pending->setWordWrap(true);
    auto* annotation = new QGroupBox(tr("Team notes"), this);
    m_annotationBox = annotation;
    auto* form = new QFormLayout(annotation);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("Ass&ignee:"), m_assignee);
    form->addRow(tr("&Note:"), m_note);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_pending, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    connect(m_save, &QPushButton::clicked, this, &CompanyPage::saveAnnotation);
    // Saved as you type, a moment after the last key; leaving the profile
    // (Back, another company, lock) saves what is still waiting.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &CompanyPage::saveAnnotation);
    m_loadingHint->setSingleShot(true);
    m_loadingHint->setInterval(150);
    connect(m_loadingHint, &QTimer::timeout, this, &CompanyPage::showLoading);
    const auto changed = [this] {
        m_dirty = true;
        m_pending->setText(tr("Saving…"));
        m_autosave->start();
    };
    connect(m_note, &QPlainTextEdit::textChanged, this, changed);
    connect(m_tags, &QLineEdit::textEdited, this, changed);
    connect(m_status, &QComboBox::activated, this, changed);
    connect(m_assignee, &QComboBox::activated, this, changed);
    return annotation;
}

void CompanyPage::setCurrentUser(const QString& id, const QString& email)
{
    m_userId = id;
    m_userEmail = email;
}

void CompanyPage::flushEdits()
{
    if (m_dirty)
        saveAnnotation();
}

void CompanyPage::hideEvent(QHideEvent* event)
{
    flushEdits();
    DataPage::hideEvent(event);
}

void CompanyPage::setEmbedded(bool embedded)
{
    if (auto* back = findChild<QToolButton*>(QStringLiteral("backToLeads")))
        back->setVisible(!embedded);
    // Beside the list the page is narrow: the score goes under the name, the
    // copy buttons become one menu, the team notes go under the visits.
    m_header->setDirection(embedded ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    for (QToolButton* button : std::as_const(m_copyButtons))
        button->setVisible(!embedded);
    m_copyMenu->setVisible(embedded);
    m_bottom->setOrientation(embedded ? Qt::Vertical : Qt::Horizontal);
    if (!embedded)
        m_bottom->restoreState(QSettings().value(QStringLiteral("company/splitter")).toByteArray());
}

void CompanyPage::focusAnnotation()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
}

void CompanyPage::showCompany(const QString& id)
{
    if (id != m_id)
        flushEdits(); // the previous company's notes first
    // The previous company stays on screen until this one's data is here (a
    // millisecond or two): one frame with the new company, not a blank
    // "Loading…" frame first. Only slow data shows "Loading…".
    m_pendingId = id;
    // No edit while the notes shown are another company's (the same company
    // opened again keeps its editor, and whatever is being typed in it).
    m_annotationBox->setEnabled(id == m_id);
    reload();
    m_loadingHint->start();
    if (m_store) {
        // Opened: its visits are no longer new to this user.
        m_store->run<bool>(
            this, [id](core::Cache& cache, QString* error) { return core::LeadsQuery::markSeen(cache, id, error); },
            [this, id](bool ok, const QString&) {
                if (ok)
                    Q_EMIT seen(id); // the list updates that row; nothing else needs reloading
            });
    }
}

void CompanyPage::showLoading()
{
    if (m_pendingId.isEmpty())
        return;
    adoptPending();
    m_visits->clear();
    m_journeys->clear();
    m_name->setText(tr("Loading…"));
    m_monogram->hide();
}

void CompanyPage::adoptPending()
{
    m_loadingHint->stop();
    if (m_pendingId.isEmpty())
        return;
    flushEdits(); // what was typed meanwhile belongs to the company it was typed beside
    m_id = m_pendingId;
    m_pendingId.clear();
}

void CompanyPage::reload()
{
    const QString id = companyId();
    if (!m_store || id.isEmpty())
        return;
    const int days = m_range->currentData().toInt();
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(1 - days);
    fetch<Loaded>(
        [id, from, today, days](core::Cache& cache, QString* error) {
            Loaded loaded;
            core::CompanyQuery query(cache);
            if (!query.company(id, &loaded.company, &loaded.found, error) || !loaded.found)
                return loaded;
            const auto granularity =
                days > 90 ? core::CompanyQuery::Granularity::Week : core::CompanyQuery::Granularity::Day;
            query.activity(id, from, today, granularity, &loaded.buckets, error) &&
                query.visits(id, 0, 0, &loaded.visits, error) && query.journeys(id, &loaded.visitors, error) &&
                query.history(id, kHistoryShown, &loaded.history, error) &&
                core::Team::members(cache, true, &loaded.team, error) &&
                core::TeamRules::firingsOf(cache, id, &loaded.firings, error) &&
                core::TargetLists::names(cache, &loaded.lists, error) &&
                core::TargetLists::ofCompany(cache, id, &loaded.onLists, error) &&
                core::Corrections::forCompany(cache, id, &loaded.reports, error);
            return loaded;
        },
        [this](Loaded loaded) {
            display(loaded);
            Q_EMIT this->loaded();
        });
}

void CompanyPage::display(const Loaded& loaded)
{
    adoptPending();
    m_annotationBox->setEnabled(true);
    if (!loaded.found) {
        m_company = {};
        m_name->setText(tr("This company is no longer in your data"));
        m_monogram->hide();
        m_facts->setText(tr("Its visits were removed (retention) or it was deleted on the server."));
        m_links->clear();
        m_score->clear();
        m_reasons->clear();
        showTimeline({});
        showVisits({});
        showJourneys({});
        m_history->setEntries({});
        showFirings({});
        showMatch({});
        return;
    }
    m_company = loaded.company;
    m_team = loaded.team;
    showHeader();
    showFirings(loaded.firings);
    showMatch(loaded.reports);
    showLists(loaded.lists, loaded.onLists);
    showTimeline(loaded.buckets);
    showVisits(loaded.visits);
    showJourneys(loaded.visitors);
    m_history->setEntries(loaded.history);
}

void CompanyPage::setCanHide(bool canHide)
{
    m_canHide = canHide;
    m_hide->setVisible(canHide);
    for (QAction* action : m_lists->menu()->actions())
        action->setEnabled(canHide);
}

void CompanyPage::showLists(const QList<core::TargetLists::List>& lists, const QStringList& on)
{
    // Everybody sees which lists the company is on; managers and admins tick and untick.
    QMenu* menu = m_lists->menu();
    menu->clear();
    QStringList names;
    for (const core::TargetLists::List& list : lists) {
        QAction* action = menu->addAction(list.name);
        action->setCheckable(true);
        action->setChecked(on.contains(list.id));
        action->setEnabled(m_canHide);
        action->setData(list.id);
        connect(action, &QAction::toggled, this,
                [this, id = list.id](bool checked) { Q_EMIT listToggled(id, checked); });
        if (on.contains(list.id))
            names << list.name;
    }
    m_lists->setVisible(!lists.isEmpty());
    m_lists->setText(names.isEmpty() ? tr("Lists") : tr("On %1").arg(names.join(QStringLiteral(", "))));
    m_lists->setToolTip(names.isEmpty() ? tr("Not on a target-account list")
                                        : tr("On the target-account lists: %1").arg(names.join(QStringLiteral(", "))));
}

void CompanyPage::showFirings(const QList<core::TeamRules::Firing>& firings)
{
    // The newest few, each with why and what it did; the rest in the team history.
    constexpr int kShown = 3;
    const auto nameOf = [this](const QString& id) {
        if (id == m_userId)
            return tr("you");
        for (const core::Team::Member& member : std::as_const(m_team)) {
            if (member.id == id)
                return member.displayName();
        }
        return tr("a colleague");
    };
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTime();
    for (const core::TeamRules::Firing& firing : firings.mid(0, kShown)) {
        const QString when = RelativeTime::describe(QDateTime::fromMSecsSinceEpoch(firing.at), now);
        const QString why = core::TeamRules::reasons(firing.why);
        const QString did = core::TeamRules::effects(firing.did, nameOf);
        QString line = tr("Rule “%1” fired %2").arg(firing.ruleName, when);
        if (!why.isEmpty())
            line += QStringLiteral(": ") + why;
        if (!did.isEmpty())
            line += QStringLiteral(" → ") + did;
        line += u'.';
        lines << line;
    }
    if (firings.size() > kShown)
        lines << tr("…and %n earlier time(s).", nullptr, int(firings.size() - kShown));
    m_ruleFirings->setText(lines.join(u'\n'));
    m_ruleFirings->setVisible(!lines.isEmpty());
}

void CompanyPage::showMatch(const QList<core::Corrections::Report>& reports)
{
    // How we know, in one line (the latest visit's match), then what the team reported.
    QStringList lines;
    if (!m_company.id.isEmpty())
        lines << core::MatchExplanation::sentence(m_company.latestMatch);
    for (const core::Corrections::Report& report : reports)
        lines << core::Corrections::describe(report);
    m_howWeKnow->setText(lines.join(u'\n'));
    m_howWeKnow->setVisible(!lines.isEmpty());
    m_reportMatch->setVisible(
        !m_company.latestVisitId.isEmpty() &&
        core::MatchExplanation::confidenceLevel(QJsonDocument::fromJson(m_company.latestMatch.toUtf8()).object()) > 0);
}

void CompanyPage::visitMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_visits->itemAt(at);
    while (item && item->parent())
        item = item->parent();
    if (!item || item->data(0, Qt::UserRole).toString().isEmpty()) // nothing, or the older visits' heading
        return;
    const QString visitId = item->data(0, Qt::UserRole).toString();
    const QString match = item->data(0, Qt::UserRole + 1).toString();
    QMenu menu(this);
    QAction* report = menu.addAction(tr("Report wrong company for this visit…"));
    report->setEnabled(core::MatchExplanation::confidenceLevel(QJsonDocument::fromJson(match.toUtf8()).object()) > 0);
    if (menu.exec(m_visits->viewport()->mapToGlobal(at)) == report)
        Q_EMIT reportMatchRequested(visitId, core::MatchExplanation::sentence(match));
}

void CompanyPage::showMonogram()
{
    // As tall as the name's first line; drawn for this screen's pixel ratio.
    const int disc = QFontMetrics(m_name->font()).height() + 4;
    m_monogram->setPixmap(Monogram::pixmap(m_company.name, m_company.id, disc, devicePixelRatioF()));
    m_monogram->setFixedSize(disc, disc);
    m_monogram->show();
}

void CompanyPage::showHeader()
{
    const core::CompanyQuery::Company& c = m_company;
    const QLocale locale;
    m_name->setText(c.tradeName.isEmpty() || c.tradeName == c.name ? c.name : tr("%1 (%2)").arg(c.name, c.tradeName));
    showMonogram();
    QStringList facts;
    if (!c.registryNumber.isEmpty())
        facts << tr("Registry number %1").arg(c.registryNumber);
    if (!c.legalForm.isEmpty())
        facts << c.legalForm;
    if (!c.industry.isEmpty())
        facts << (c.sbiCode.isEmpty() ? c.industry : tr("%1 (SBI %2)").arg(c.industry, c.sbiCode));
    if (!c.sizeBand.isEmpty())
        facts << tr("%1 employees").arg(c.sizeBand);
    const QString address = QStringList{c.street, QStringList{c.postcode, c.city}.join(u' ').trimmed(), c.country}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(", "));
    if (!address.isEmpty())
        facts << address;
    facts << tr("%Ln visit(s)", nullptr, int(c.visits)) + QStringLiteral(", ") +
                 tr("%Ln page view(s)", nullptr, int(c.pageviews)) + QStringLiteral("; ") +
                 tr("first %1, last %2")
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(c.firstVisit).date(), QLocale::ShortFormat),
                          locale.toString(QDateTime::fromMSecsSinceEpoch(c.lastVisit), QLocale::ShortFormat));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    QStringList links;
    const QColor linkColour = palette().color(QPalette::Link);
    if (!c.website.isEmpty())
        links << link(core::LeadReport::webUrl(c.website), c.website, linkColour);
    if (!c.phone.isEmpty())
        links << link(QStringLiteral("tel:") + QString(c.phone).remove(u' '), c.phone, linkColour);
    if (!c.linkedin.isEmpty())
        links << link(core::LeadReport::webUrl(c.linkedin), tr("LinkedIn"), linkColour);
    m_links->setText(links.join(QStringLiteral(" · ")));
    m_score->setText(tr("Lead score %1").arg(c.score.score));
    // The same bar as in the list, cold to hot.
    const qreal ratio = devicePixelRatioF();
    QPixmap bar(QSize(fontMetrics().averageCharWidth() * 24, fontMetrics().height()) * ratio);
    bar.setDevicePixelRatio(ratio);
    bar.fill(Qt::transparent);
    {
        QPainter painter(&bar);
        ScoreBar::draw(&painter, QRect(QPoint(0, 0), bar.deviceIndependentSize().toSize()), c.score.score, palette(),
                       font());
    }
    m_scoreBar->setPixmap(bar);
    m_scoreBar->setAccessibleName(tr("Lead score %1 of 100").arg(c.score.score));
    m_reasons->setText(c.score.reasons.join(u'\n'));

    if (m_dirty)
        return; // what is being typed wins over a reload; it is saved in a moment
    const QSignalBlocker b1(m_status), b2(m_assignee), b3(m_note), b4(m_tags);
    m_status->setCurrentIndex(std::max(0, m_status->findData(c.annotation.status)));
    m_tags->setText(c.annotation.tags.join(QStringLiteral(", ")));
    m_note->setPlainText(c.annotation.note);
    // Nobody, me, then every active colleague by name (a disabled one only
    // while a lead is still theirs); an id the team list does not know yet
    // (before the next sync) shows as such rather than disappearing.
    m_assignee->clear();
    m_assignee->addItem(tr("Nobody"), QString());
    if (!m_userId.isEmpty())
        m_assignee->addItem(tr("Me (%1)").arg(m_userEmail), m_userId);
    for (const core::Team::Member& member : std::as_const(m_team)) {
        if (member.id == m_userId || (member.disabled && member.id != c.annotation.assignee))
            continue;
        m_assignee->addItem(
            member.disabled ? tr("%1 (no longer active)").arg(member.displayName()) : member.displayName(), member.id);
    }
    if (!c.annotation.assignee.isEmpty() && m_assignee->findData(c.annotation.assignee) < 0)
        m_assignee->addItem(tr("A colleague not in your team list yet"), c.annotation.assignee);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(c.annotation.assignee)));
    // Who changed the notes last, and when: the team sees whose word it is.
    const QDateTime changed = QDateTime::fromString(c.annotation.updatedAt, Qt::ISODateWithMs);
    m_pending->setText(c.annotation.pending ? tr("Saved on this computer; goes to the server with the next sync.")
                                            : lastChanged(c.annotation, changed));
    m_pending->setToolTip(changed.isValid() ? RelativeTime::exact(changed.toLocalTime()) : QString());
}

QString CompanyPage::lastChanged(const core::CompanyQuery::Annotation& annotation, const QDateTime& changed)
{
    if (!changed.isValid())
        return {};
    const QString when = RelativeTime::describe(changed.toLocalTime(), QDateTime::currentDateTime());
    if (annotation.updatedByRule)
        return annotation.updatedByName.isEmpty()
                   ? tr("Last changed by a rule, %1.").arg(when)
                   : tr("Last changed by the rule “%1”, %2.").arg(annotation.updatedByName, when);
    return annotation.updatedByName.isEmpty() ? QString()
                                              : tr("Last changed by %1, %2.").arg(annotation.updatedByName, when);
}

void CompanyPage::buildTimeline()
{
    // Built once; a new company or range only swaps the numbers (building a
    // chart and applying its theme costs more than the query).
    QChart* chart = ChartStyle::newChart(this);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_visitBars = new QBarSet(tr("Visits"));
    m_pageBars = new QBarSet(tr("Page views"));
    auto* series = new QBarSeries;
    series->append(m_visitBars);
    series->append(m_pageBars);
    chart->addSeries(series);
    m_timelineX = new DayAxis(chart); // level labels, as many as fit
    m_timelineY = ChartStyle::countAxis(1);
    chart->addAxis(m_timelineY, Qt::AlignLeft);
    series->attachAxis(m_timelineX->axis());
    series->attachAxis(m_timelineY);
    const auto jump = [this](int index) {
        if (index >= 0 && index < m_buckets.size() && !m_buckets[index].firstVisitId.isEmpty())
            selectVisit(m_buckets[index].firstVisitId);
    };
    connect(m_visitBars, &QBarSet::clicked, this, jump);
    connect(m_pageBars, &QBarSet::clicked, this, jump);
    ChartStyle::replace(m_chart, chart);
}

void CompanyPage::showTimeline(const QList<core::CompanyQuery::Bucket>& buckets)
{
    m_buckets = buckets;
    QList<qreal> visits, pages;
    QStringList labels;
    qint64 top = 1;
    const QLocale locale;
    const bool weeks = buckets.size() > 1 && buckets[0].start.daysTo(buckets[1].start) == 7;
    for (const core::CompanyQuery::Bucket& bucket : buckets) {
        visits << double(bucket.visits);
        pages << double(bucket.pageviews);
        top = std::max(top, bucket.pageviews);
        labels << (weeks ? tr("wk %1").arg(bucket.start.weekNumber())
                         : locale.toString(bucket.start, QStringLiteral("d MMM")));
    }
    m_visitBars->remove(0, m_visitBars->count());
    m_pageBars->remove(0, m_pageBars->count());
    m_visitBars->append(visits);
    m_pageBars->append(pages);
    // From one company to the next the days are the same: relabelling the axis
    // is most of what the chart costs, so only when they changed.
    m_timelineX->setLabels(labels);
    QValueAxis* nice = ChartStyle::countAxis(double(top));
    if (m_timelineY->min() != nice->min() || m_timelineY->max() != nice->max())
        m_timelineY->setRange(nice->min(), nice->max());
    if (m_timelineY->tickInterval() != nice->tickInterval())
        m_timelineY->setTickInterval(nice->tickInterval());
    delete nice;
}

void CompanyPage::showVisits(const QList<core::CompanyQuery::Visit>& visits)
{
    m_visits->clear();
    QList<QTreeWidgetItem*> items;
    for (const core::CompanyQuery::Visit& visit : visits)
        items << visitItem(visit);
    m_visits->addTopLevelItems(items);
    // The same company again (after a sync), the same window: the older visits fetched for it stay below.
    if (m_older.companyId == m_id && !m_id.isEmpty() && m_older.windowStartMs == windowStartMs()) {
        if (!m_older.visits.isEmpty())
            addOlderHeading();
        items.clear();
        for (const core::CompanyQuery::Visit& visit : std::as_const(m_older.visits))
            items << visitItem(visit);
        m_visits->addTopLevelItems(items);
    } else {
        resetOlderVisits();
    }
}

QTreeWidgetItem* CompanyPage::visitItem(const core::CompanyQuery::Visit& visit) const
{
    const QLocale locale;
    auto* item = new QTreeWidgetItem(QStringList{
        locale.toString(QDateTime::fromMSecsSinceEpoch(visit.startedAt), QLocale::ShortFormat),
        locale.toString(visit.pageviewCount), core::LeadReport::duration((visit.endedAt - visit.startedAt) / 1000),
        core::LeadReport::sourceLabel(visit.referrerClass), visit.utmCampaign, visit.landingPage, visit.website,
        core::MatchExplanation::confidenceLabel(visit.confidence)});
    item->setData(0, Qt::UserRole, visit.id);
    item->setData(0, Qt::UserRole + 1, visit.match);
    item->setToolTip(7, core::MatchExplanation::sentence(visit.match));
    item->setToolTip(5, tr("Landing page: %1").arg(visit.landingPage));
    for (const core::CompanyQuery::Pageview& view : visit.pageviews) {
        // The page's path and, after it, its title — under "Page", not under "Website".
        auto* child = new QTreeWidgetItem(
            item,
            QStringList{locale.toString(QDateTime::fromMSecsSinceEpoch(view.viewedAt).time(), QLocale::ShortFormat),
                        QString(), core::LeadReport::duration(view.seconds), QString(), QString(),
                        view.title.isEmpty() ? view.path : tr("%1 — %2").arg(view.path, view.title)});
        child->setToolTip(5, view.title.isEmpty() ? view.path : view.title);
    }
    return item;
}

void CompanyPage::showJourneys(const QList<core::CompanyQuery::Visitor>& visitors)
{
    m_journeys->clear();
    const QLocale locale;
    for (const core::CompanyQuery::Visitor& visitor : visitors) {
        auto* top =
            new QTreeWidgetItem(m_journeys, QStringList{tr("Visitor %1").arg(visitor.number),
                                                        tr("%Ln visit(s)", nullptr, int(visitor.visits.size()))});
        for (const core::CompanyQuery::Visit& visit : visitor.visits) {
            QStringList path;
            for (const core::CompanyQuery::Pageview& view : visit.pageviews)
                path << view.path;
            new QTreeWidgetItem(
                top, QStringList{locale.toString(QDateTime::fromMSecsSinceEpoch(visit.startedAt), QLocale::ShortFormat),
                                 path.join(QStringLiteral(" → "))});
        }
        top->setExpanded(true);
    }
}

void CompanyPage::selectVisit(const QString& visitId)
{
    for (int i = 0; i < m_visits->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_visits->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == visitId) {
            m_tabs->setCurrentWidget(m_visitsTab);
            m_visits->setCurrentItem(item);
            item->setExpanded(true);
            m_visits->scrollToItem(item);
            return;
        }
    }
}

void CompanyPage::saveAnnotation()
{
    if (!m_store || m_id.isEmpty())
        return;
    core::AnnotationOutbox::Edit edit;
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !edit.tags.contains(t))
            edit.tags << t;
    }
    edit.note = m_note->toPlainText();
    edit.status = m_status->currentData().toString();
    edit.assignee = m_assignee->currentData().toString();
    m_dirty = false;
    m_autosave->stop();
    m_store->run<bool>(
        this,
        [id = m_id, edit](core::Cache& cache, QString* error) {
            return core::AnnotationOutbox::queue(cache, id, edit, error);
        },
        [this](bool ok, const QString& error) {
            if (!ok) {
                m_dirty = true; // still on screen: the next change or Save tries again
                m_pending->setText(tr("Not saved."));
                m_error->showMessage(tr("The notes could not be saved: %1").arg(error));
                return;
            }
            if (!m_dirty)
                m_pending->setText(tr("Saved on this computer; goes to the server with the next sync."));
            if (m_store)
                m_store->notifyChanged();
            Q_EMIT edited();
        });
}

void CompanyPage::printProfile(bool asPdf)
{
    if (!m_store || m_id.isEmpty())
        return;
    QThread* ui = thread();
    m_store->run<std::shared_ptr<QTextDocument>>(
        this,
        [id = m_id, ui](core::Cache& cache, QString* error) {
            auto document = std::make_shared<QTextDocument>();
            if (!core::LeadReport::buildCompany(cache, id, {}, document.get(), error))
                return std::shared_ptr<QTextDocument>();
            document->moveToThread(ui); // used (and deleted) on the UI thread from here on
            return document;
        },
        [this, asPdf](std::shared_ptr<QTextDocument> document, const QString& error) {
            if (!document) {
                QMessageBox::warning(this, tr("Company profile"), error);
                return;
            }
            if (asPdf)
                DocumentPrinter::saveAsPdf(
                    this, document.get(),
                    document->metaInformation(QTextDocument::DocumentTitle)
                            .replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-")) +
                        QStringLiteral(".pdf"));
            else
                DocumentPrinter::print(this, document.get());
        });
}

} // namespace leadscope::ui
