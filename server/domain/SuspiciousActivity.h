#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <mutex>

namespace leadscope::server {

// Brute-force detection across an organisation's accounts: a burst of failed
// sign-ins (kBurst within kWindowMs, whichever accounts they aimed at) is
// suspicious activity. record() says when to raise it — at most once per
// organisation and window, so an attack makes one audit event and one log
// line, not thousands. Per server process (each instance of a scaled-out
// deployment watches its own traffic). Thread-safe.
class SuspiciousActivity
{
public:
    static constexpr int kBurst = 10;
    static constexpr qint64 kWindowMs = 60'000;

    // A failed sign-in for `orgId` at `nowMs`. True when this one completes a
    // burst that has not been reported in this window; *inWindow = failures seen.
    bool record(const QString& orgId, qint64 nowMs, int* inWindow);

private:
    struct Org
    {
        QList<qint64> failures; // newest last, none older than the window
        qint64 reportedAt = -kWindowMs;
    };
    std::mutex m_mutex;
    QHash<QString, Org> m_orgs;
};

} // namespace leadscope::server
