#include "Accessibility.h"

#include <QAction>
#include <QLineEdit>

namespace leadscope::ui {

void Accessibility::nameClearButton(QLineEdit* edit, const QString& name)
{
    // Qt's clear button shows this action; its text is the button's accessible name.
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(name);
}

void Accessibility::makeReachable(QWidget* widget, const QString& name)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->setAccessibleName(name);
}

} // namespace leadscope::ui
