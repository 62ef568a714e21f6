#include "server/domain/DpaRegistry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace leadscope::server {

bool DpaRegistry::load(const QString& directory, QString* error)
{
    m_documents.clear();
    const QDir dir(directory.isEmpty() ? QStringLiteral(":/leadscope/dpa") : directory);
    static const QRegularExpression name(QStringLiteral(R"(\Adpa-(\d+(?:\.\d+)*)\.md\z)"));
    static const QRegularExpression translated(QStringLiteral(R"(\Adpa-(\d+(?:\.\d+)*)\.([a-z]{2})\.md\z)"));
    QList<QPair<QVersionNumber, Document>> found;
    QHash<QString, QHash<QString, QString>> translations; // version → language → text
    for (const QString& file : dir.entryList({QStringLiteral("dpa-*.md")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(file);
        if (const QRegularExpressionMatch other = translated.match(file); !match.hasMatch() && other.hasMatch()) {
            QFile text(dir.filePath(file));
            if (!text.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("Cannot read the DPA text %1: %2").arg(text.fileName(), text.errorString());
                return false;
            }
            translations[other.captured(1)].insert(other.captured(2), QString::fromUtf8(text.readAll()));
            continue;
        }
        if (!match.hasMatch())
            continue;
        QFile text(dir.filePath(file));
        if (!text.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the DPA text %1: %2").arg(text.fileName(), text.errorString());
            return false;
        }
        found.append({QVersionNumber::fromString(match.captured(1)),
                      Document{match.captured(1), QString::fromUtf8(text.readAll()), {}}});
    }
    if (found.isEmpty()) {
        *error = QStringLiteral("No DPA text (dpa-VERSION.md) found in %1.").arg(dir.path());
        return false;
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& entry : found) {
        entry.second.translations = translations.value(entry.second.version);
        m_documents.append(entry.second);
    }
    return true;
}

} // namespace leadscope::server
