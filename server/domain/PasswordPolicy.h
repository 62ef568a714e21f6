#pragma once

#include <QString>

namespace leadscope::server {

// What a new password must be: at least 12 characters, not built from the
// account's e-mail address, not one of the common passwords shipped with the
// server (resources/passwords/common.txt), and not one character repeated.
// Length over composition rules, as NIST SP 800-63B advises.
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 12;
    static constexpr int kMaximumLength = 1024;

    // Empty when acceptable; otherwise what is wrong, in the user's words.
    static QString problem(const QString& password, const QString& email);
};

} // namespace leadscope::server
