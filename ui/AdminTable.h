#pragma once

#include <QDateTime>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace leadscope::ui {

// What the Administration tabs share: their tables and how they write a time.
class AdminTable
{
public:
    // A read-only table, one row selected at a time, announced by `accessibleName`.
    static QTableWidget* create(QWidget* parent, const QStringList& headers, const char* objectName,
                                const QString& accessibleName);
    static QString when(const QDateTime& time);
};

} // namespace leadscope::ui
