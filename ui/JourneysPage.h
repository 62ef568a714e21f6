#pragma once

#include "core/query/FlowQuery.h"
#include "core/query/SharedSegments.h"

#include "DataPage.h"

class QComboBox;
class QTreeWidget;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class ErrorBanner;
class FlowWidget;

// Where visitors go across all companies: the flow from entry page through
// the next pages to the exit, for a period and website, with the top entry
// and exit pages beside it.
class JourneysPage : public DataPage
{
    Q_OBJECT
public:
    explicit JourneysPage(QWidget* parent = nullptr);
    FlowWidget* flowWidget() const { return m_flow; }
    // The saved segments the flow can be narrowed to (besides all companies).
    void setSegments(const QList<core::SharedSegments::Segment>& segments);

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void loaded();

private:
    QComboBox* m_period;
    QComboBox* m_website;
    QComboBox* m_segment;
    QList<core::SharedSegments::Segment> m_segments;
    FlowWidget* m_flow;
    QTreeWidget* m_entries;
    QTreeWidget* m_exits;
};

} // namespace leadscope::ui
