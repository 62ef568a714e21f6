#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace leadscope::core {

// Annotation edits (tags, note, status, assignee) made in the client. An
// edit shows at once (the local annotation changes) and waits in the
// outbox until the server has it — across restarts and while offline. The
// server's timestamp decides: what it answers replaces the local copy, and
// a synced annotation never overwrites an edit still waiting to go up.
class AnnotationOutbox
{
public:
    struct Edit
    {
        QStringList tags;
        QString note;
        QString status = QStringLiteral("new");
        QString assignee; // user id; empty: nobody
    };

    struct Entry
    {
        qint64 id = 0;
        QString companyId;
        QByteArray body;     // the PUT body
        QByteArray previous; // the server's annotation before the edit (JSON; null: none)
    };

    // Applies the edit locally and queues it (replacing an earlier queued edit of the company).
    static bool queue(Cache& cache, const QString& companyId, const Edit& edit, QString* error);
    // One field changed from the list (status, a tag, the assignee): the
    // company's annotation as it is on this computer, changed by `change`, queued.
    static bool change(Cache& cache, const QString& companyId, const std::function<void(Edit&)>& change,
                       QString* error);
    static bool pending(Cache& cache, QList<Entry>* entries, QString* error);
    // The server took entry `id` and answered with the stored annotation.
    static bool accepted(Cache& cache, const Entry& entry, const QByteArray& response, QString* error);
    // The server refused the edit for good (e.g. the assignee left): dropped,
    // and the annotation the server has is back.
    static bool refused(Cache& cache, const Entry& entry, QString* error);

    static QByteArray bodyOf(const Edit& edit);

private:
    static bool settle(Cache& cache, const Entry& entry, const QByteArray& annotation, QString* error);
    static bool store(Cache& cache, const QString& companyId, const QByteArray& annotation, QString* error);
};

} // namespace leadscope::core
