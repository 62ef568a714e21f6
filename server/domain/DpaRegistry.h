#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVersionNumber>

namespace leadscope::server {

// The published versions of the Data Processing Agreement (markdown files
// named dpa-VERSION.md). The newest one is current: an organisation must
// have accepted it before visit data is served.
class DpaRegistry
{
public:
    struct Document
    {
        QString version;
        QString text;                         // English: the binding text
        QHash<QString, QString> translations; // language code (nl, de) → text of dpa-VERSION.LANG.md
    };

    // Loads from a directory, or from the texts built into the server when empty.
    bool load(const QString& directory, QString* error);

    const Document& current() const { return m_documents.last(); }
    const QList<Document>& documents() const { return m_documents; }

private:
    QList<Document> m_documents; // oldest first
};

} // namespace leadscope::server
