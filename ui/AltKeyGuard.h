#pragma once

#include <QObject>

namespace leadscope::ui {

// An Alt+letter that no control claims must not type the letter into the
// text field that has focus (QLineEdit inserts it): the user meant a
// mnemonic. Installed once on the application.
class AltKeyGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace leadscope::ui
