#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace leadscope::ui {

// What a screen reader needs that Qt does not give by itself.
class Accessibility
{
public:
    // A line edit's clear button (shown while there is text) is announced by this name.
    static void nameClearButton(QLineEdit* edit, const QString& name);
    // A chart, tile or drawing the keyboard reaches (Tab) and a screen reader announces by `name`.
    static void makeReachable(QWidget* widget, const QString& name);
};

} // namespace leadscope::ui
