#pragma once

#include "server/domain/ChangeLog.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <map>

namespace leadscope::server {

// Runs an organisation's rules over the visits a batch of hits changed,
// inside the writer's transaction (VisitRecorder::recordBatch). A visit grows
// page by page; each rule fires on it at most once, in the batch in which its
// conditions first hold. A firing is stored with why it fired (which
// conditions held, with what) and what it did, its actions are applied to the
// company's annotation as the rule (tags, status, assignee), and both go into
// the organisation's change log, so every desktop syncs them. docs/RULES.md.
class RuleEngine
{
public:
    struct Visit
    {
        QString id;
        QString orgId;
        QString companyId;
        QString website;
        QString source;
        QString campaign;
        qint64 startedAt = 0;
        qint64 lastAt = 0;
        int pageviews = 0;
        QStringList addedPaths; // the pages this batch added, in order (the rest are read when needed)
        int confidence = 0;     // MatchProvenance::Confidence of its company's match
    };

    // `changes` gets each organisation's new changes, after those already there.
    static bool run(QSqlDatabase db, const QList<Visit>& visits, qint64 nowMs,
                    std::map<QString, QList<ChangeLog::Change>>* changes, QString* error);

    // The caller's transaction around run() ended (committed or not): what
    // the writer thread remembers of its firings stands only if it committed.
    // How many firings it committed.
    static qint64 settle(bool committed);

    // The user id an annotation edit by a rule is recorded under ("rule:<id>").
    static QString actor(const QString& ruleId);
};

} // namespace leadscope::server
