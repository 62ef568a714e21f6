#include "JourneysPage.h"

#include "ErrorBanner.h"
#include "FlowWidget.h"

#include "core/query/DataStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

struct Loaded
{
    core::FlowQuery::Flow flow;
    QStringList websites;
};

void list(QTreeWidget* tree, const QList<core::DashboardQuery::Item>& items)
{
    tree->clear();
    const QLocale locale;
    for (const core::DashboardQuery::Item& item : items)
        new QTreeWidgetItem(tree, QStringList{item.label, locale.toString(item.count)});
}

} // namespace

JourneysPage::JourneysPage(QWidget* parent)
    : DataPage(parent)
    , m_period(newPeriodChooser("flowPeriod"))
    , m_website(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_flow(new FlowWidget(this))
    , m_entries(new QTreeWidget(this))
    , m_exits(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("journeysPage"));
    m_website->setObjectName(QStringLiteral("flowWebsite"));
    m_website->setAccessibleName(tr("Website"));
    m_website->addItem(tr("All websites"), QString());
    m_segment->setObjectName(QStringLiteral("flowSegment"));
    m_segment->setAccessibleName(tr("Companies"));
    m_segment->addItem(tr("All companies"), -1);
    // A long segment or site name is elided in the box, not allowed to widen the window.
    for (QComboBox* box : {m_website, m_segment}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    for (QTreeWidget* tree : {m_entries, m_exits}) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(false);
    }
    m_entries->setObjectName(QStringLiteral("entryPages"));
    m_entries->setAccessibleName(tr("Entry pages and their visits"));
    m_entries->setHeaderLabels({tr("Entry page"), tr("Visits")});
    m_exits->setObjectName(QStringLiteral("exitPages"));
    m_exits->setAccessibleName(tr("Exit pages and their visits"));
    m_exits->setHeaderLabels({tr("Exit page"), tr("Visits")});

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Journeys</b> — how visits move through your site"), this);
    title->setWordWrap(true); // on a narrow window the title wraps, the choosers stay whole
    top->addWidget(title, 1);
    top->addWidget(m_segment);
    top->addWidget(m_website);
    top->addWidget(m_period);
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_entries);
    side->addWidget(m_exits);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("journeysSplitter"));
    split->addWidget(m_flow);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().averageCharWidth() * 120, fontMetrics().averageCharWidth() * 40});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    connect(m_website, &QComboBox::currentIndexChanged, this, &JourneysPage::reload);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &JourneysPage::reload);
    split->restoreState(QSettings().value(QStringLiteral("journeys/splitter")).toByteArray());
    connect(split, &QSplitter::splitterMoved, this,
            [split] { QSettings().setValue(QStringLiteral("journeys/splitter"), split->saveState()); });
}

void JourneysPage::setSegments(const QList<core::SharedSegments::Segment>& segments)
{
    m_segments = segments;
    const QSignalBlocker block(m_segment);
    const QString current = m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
    while (m_segment->count() > 1)
        m_segment->removeItem(1);
    for (int i = 0; i < segments.size(); ++i)
        m_segment->addItem(segments[i].name, i);
    m_segment->setCurrentIndex(std::max(0, m_segment->findText(current)));
}

void JourneysPage::reload()
{
    const QDate today = QDate::currentDate();
    const core::DashboardQuery::Period period{today.addDays(1 - m_period->currentData().toInt()), today};
    fetch<Loaded>(
        [period, website = m_website->currentData().toString(),
         segment = m_segments.value(m_segment->currentData().toInt()).filter](core::Cache& cache, QString* error) {
            Loaded loaded;
            core::FlowQuery(cache).flow(period, website, segment, 4, 5, &loaded.flow, error) &&
                core::LeadsQuery(cache).values(core::LeadsQuery::Facet::Website, &loaded.websites, error);
            return loaded;
        },
        [this](Loaded result) {
            {
                const QSignalBlocker block(m_website);
                const QString current = m_website->currentData().toString();
                while (m_website->count() > 1)
                    m_website->removeItem(1);
                for (const QString& site : std::as_const(result.websites))
                    m_website->addItem(site, site);
                m_website->setCurrentIndex(std::max(0, m_website->findData(current)));
            }
            m_flow->setFlow(result.flow);
            list(m_entries, result.flow.entryPages);
            list(m_exits, result.flow.exitPages);
            Q_EMIT loaded();
        });
}

} // namespace leadscope::ui
