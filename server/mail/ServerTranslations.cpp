#include "server/mail/ServerTranslations.h"

#include <QTranslator>

namespace leadscope::server {

ServerTranslations::ServerTranslations() = default;
ServerTranslations::~ServerTranslations() = default;

const QTranslator* ServerTranslations::forLanguage(const QString& language)
{
    auto it = m_translators.find(language);
    if (it == m_translators.end()) {
        auto loaded = std::make_unique<QTranslator>();
        if (!loaded->load(QStringLiteral(":/i18n/server/leadscope-server_%1.qm").arg(language)))
            loaded.reset();
        it = m_translators.emplace(language, std::move(loaded)).first;
    }
    return it->second.get();
}

void ServerTranslations::clear()
{
    m_translators.clear();
}

} // namespace leadscope::server
