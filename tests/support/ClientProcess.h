#pragma once

#include "core/CredentialStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leadscope::test {

// The real `leadscope` binary run as a script would, and what it keeps in
// the keychain (under the client's own service name).
class ClientProcess
{
public:
    struct Result
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList& arguments, const QByteArray& input = {});
    static QString binary();
    static core::CredentialResult keychainRead(const QString& key);
};

} // namespace leadscope::test
