#pragma once

#include "DashboardQuery.h"
#include "LeadsQuery.h"

#include <QList>
#include <QString>

namespace leadscope::core {

// Where visits go, aggregated over all companies or a segment: the entry
// page, the pages after it step by step, and where visitors leave. Steps
// keep their most common pages; the rest are summed into one "other" node.
class FlowQuery
{
public:
    struct Node
    {
        QString path;      // empty: the other pages of this step
        qint64 visits = 0; // visits that saw this page at this step
        qint64 exits = 0;  // …and left after it
    };

    struct Link
    {
        int fromStep = 0;
        int fromNode = 0; // index into steps[fromStep]
        int toNode = 0;   // index into steps[fromStep + 1]
        qint64 visits = 0;
    };

    struct Flow
    {
        qint64 visits = 0;
        QList<QList<Node>> steps; // steps[0] are the entry pages
        QList<Link> links;
        QList<DashboardQuery::Item> entryPages; // over the whole visit, not only the drawn steps
        QList<DashboardQuery::Item> exitPages;
    };

    explicit FlowQuery(Cache& cache);
    // website: only visits to this site (empty: all).
    bool flow(const DashboardQuery::Period& period, const QString& website, const LeadsQuery::Filter& segment,
              int maxSteps, int nodesPerStep, Flow* result, QString* error);

private:
    Cache& m_cache;
};

} // namespace leadscope::core
