#pragma once

#include <QString>

#include <optional>

namespace leadscope::protocol {

// What a user may do: sales < manager < admin (each includes the one before).
enum class Role
{
    Sales = 1,
    Manager = 2,
    Admin = 3
};

inline QString roleName(Role role)
{
    switch (role) {
    case Role::Sales:
        return QStringLiteral("sales");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

inline std::optional<Role> roleFromName(const QString& name)
{
    if (name == QLatin1String("sales"))
        return Role::Sales;
    if (name == QLatin1String("manager"))
        return Role::Manager;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

inline bool roleAtLeast(Role role, Role minimum)
{
    return static_cast<int>(role) >= static_cast<int>(minimum);
}

// For a role as it comes over the wire: false for an unknown name (fail closed).
inline bool roleNameAtLeast(const QString& name, Role minimum)
{
    const std::optional<Role> role = roleFromName(name);
    return role && roleAtLeast(*role, minimum);
}

} // namespace leadscope::protocol
