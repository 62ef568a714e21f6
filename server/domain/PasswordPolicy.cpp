#include "server/domain/PasswordPolicy.h"

#include <QFile>
#include <QSet>

namespace leadscope::server {

namespace {
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/leadscope/passwords/common.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (!line.isEmpty() && !line.startsWith('#'))
                    out.insert(QString::fromUtf8(line).trimmed());
            }
        }
        return out;
    }();
    return words;
}
} // namespace

QString PasswordPolicy::problem(const QString& password, const QString& email)
{
    if (password.size() < kMinimumLength)
        return QStringLiteral("The new password must be at least %1 characters long.").arg(kMinimumLength);
    if (password.size() > kMaximumLength)
        return QStringLiteral("The new password is longer than %1 characters.").arg(kMaximumLength);
    const QString lower = password.toLower();
    const QString local = email.section(u'@', 0, 0).toLower();
    if (lower == email.toLower() || (local.size() >= 4 && lower.contains(local)))
        return QStringLiteral("The new password must not contain your e-mail address.");
    if (lower.count(lower.front()) == lower.size())
        return QStringLiteral("The new password must not be one character repeated.");
    if (commonPasswords().contains(lower) || commonPasswords().contains(lower.simplified()))
        return QStringLiteral("That password is on a list of common passwords; choose another.");
    return {};
}

} // namespace leadscope::server
