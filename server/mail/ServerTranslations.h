#pragma once

#include <QString>

#include <map>
#include <memory>

class QTranslator;

namespace leadscope::server {

// The server's own translations (translations/leadscope-server_*.ts: e-mails,
// Slack and Teams messages), loaded once per language by the thread that
// writes in them. QTranslators are QObjects: one instance per thread, cleared
// on that thread before it ends.
class ServerTranslations
{
public:
    ServerTranslations();
    ~ServerTranslations();
    ServerTranslations(const ServerTranslations&) = delete;
    ServerTranslations& operator=(const ServerTranslations&) = delete;

    // nullptr: English as written in the source (or a language without a translation).
    const QTranslator* forLanguage(const QString& language);
    void clear();

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace leadscope::server
