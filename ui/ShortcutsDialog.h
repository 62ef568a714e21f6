#pragma once

#include <QDialog>

namespace leadscope::ui {

// Help → Keyboard shortcuts: every action of a window that has a shortcut,
// by name, with the shortcut as this platform writes it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window);
};

} // namespace leadscope::ui
