#include "AltKeyGuard.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace leadscope::ui {

bool AltKeyGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        // Key events go to the focused field itself.
        const bool textField = qobject_cast<QLineEdit*>(watched) || qobject_cast<QAbstractSpinBox*>(watched) ||
                               qobject_cast<QPlainTextEdit*>(watched) || qobject_cast<QTextEdit*>(watched);
        if (modifiers == Qt::AltModifier && textField && !key->text().isEmpty() && key->text().at(0).isPrint())
            return true; // a mnemonic nobody has: nothing to type
    }
    return QObject::eventFilter(watched, event);
}

} // namespace leadscope::ui
