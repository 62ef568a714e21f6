#include "SyncRun.h"

#include "protocol/Crypto.h"

#include <QSignalSpy>

namespace leadscope::test {

core::SyncEngine::Result runSync(core::Session* session, const QString& path, const QByteArray& key, int pageLimit)
{
    core::SyncEngine engine(session, path, protocol::SecretBytes(key));
    engine.setPageLimit(pageLimit);
    QSignalSpy finished(&engine, &core::SyncEngine::finished);
    engine.start();
    if (!finished.wait(240'000))
        return {};
    return finished.first().first().value<core::SyncEngine::Result>();
}

} // namespace leadscope::test
