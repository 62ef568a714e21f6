#pragma once

#include "core/sync/SyncEngine.h"

#include <QByteArray>
#include <QString>

namespace leadscope::test {

// One sync of the cache at `path` to the end (or a failure), in pages of `pageLimit`.
core::SyncEngine::Result runSync(core::Session* session, const QString& path, const QByteArray& key, int pageLimit);

} // namespace leadscope::test
