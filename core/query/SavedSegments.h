#pragma once

#include "LeadsQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace leadscope::core {

// Named filter sets of the leads list ("Hot leads this week"), kept in the
// settings per server profile. A first start offers a few useful ones.
class SavedSegments
{
    Q_DECLARE_TR_FUNCTIONS(SavedSegments)

public:
    struct Segment
    {
        QString name;
        LeadsQuery::Filter filter;
    };

    explicit SavedSegments(QString profile);

    QList<Segment> all() const;
    // Adds or replaces (same name). False + *error for an empty name.
    bool save(const Segment& segment, QString* error);
    void remove(const QString& name);

    static QList<Segment> defaults();

private:
    QString group() const;
    void write(const QList<Segment>& segments);

    QString m_profile;
};

} // namespace leadscope::core
