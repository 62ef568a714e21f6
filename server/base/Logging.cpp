#include "server/base/Logging.h"

#include "protocol/LogLevel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <mutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHttp, "leadscope.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leadscope.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "leadscope.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "leadscope.server.ingest", QtInfoMsg)

namespace leadscope::server {

namespace {

void writeJson(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static std::mutex mutex;
    const QByteArray line = jsonLogLine(type, context.category, message, QDateTime::currentMSecsSinceEpoch()) + '\n';
    std::lock_guard lock(mutex);
    // Nowhere to report a failed log write: stderr is the report.
    static_cast<void>(std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr));
    static_cast<void>(std::fflush(stderr));
}

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filterCategories(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category);
    // Runs after the rules are applied, so no rule can turn these back on.
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, false);
    }
}

} // namespace

void silenceQtHttpServerLogging()
{
    previousFilter = QLoggingCategory::installFilter(filterCategories);
}

QByteArray jsonLogLine(QtMsgType type, const char* category, const QString& message, qint64 msecsSinceEpoch)
{
    QJsonObject entry;
    if (message.startsWith(u'{')) {
        const QJsonDocument fields = QJsonDocument::fromJson(message.toUtf8());
        if (fields.isObject())
            entry = fields.object();
    }
    if (entry.isEmpty())
        entry.insert(QStringLiteral("message"), message);
    entry.insert(QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
                                             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    entry.insert(QStringLiteral("level"), QLatin1String(protocol::LogLevel::name(type)));
    entry.insert(QStringLiteral("category"), QLatin1String(category ? category : "default"));
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

void installJsonLogHandler()
{
    qInstallMessageHandler(writeJson);
}

} // namespace leadscope::server
