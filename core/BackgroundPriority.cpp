#include "BackgroundPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace leadscope::core {

bool BackgroundPriority::lowerCurrentThread(Level level)
{
    const bool background = level == Level::Background;
    if (background)
        QThread::currentThread()->setPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    // Linux: a thread's nice value is its own (setpriority on its thread id).
    return ::setpriority(PRIO_PROCESS, id_t(::gettid()), background ? kLinuxNice : kLinuxQueriesNice) == 0;
#else
    return true;
#endif
}

} // namespace leadscope::core
