#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace leadscope::test {

// What a screen reader's user meets in `root`: every visible control a user
// can operate, and the name it is announced by. Returns the controls with no
// name, or with a name that only repeats their value ("As the system" for the
// Appearance box), as "Class objectName: problem".
//
// Qt on Linux announces a combo box by its current text and its label by
// relation, so a combo box passes with a buddy label or an accessible name
// of its own that is not its value.
inline QStringList namelessControls(QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    const auto hasBuddy = [&](const QWidget* control) {
        for (const QLabel* label : root->findChildren<QLabel*>()) {
            if (label->buddy() == control && label->isVisibleTo(root))
                return true;
        }
        return false;
    };
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        const bool figure = qobject_cast<QLabel*>(widget) && widget->objectName().startsWith(QLatin1String("kpi"));
        const bool interactive = figure || qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 (qobject_cast<QAbstractItemView*>(widget) && !qobject_cast<QHeaderView*>(widget)) ||
                                 qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTextEdit*>(widget) ||
                                 qobject_cast<QChartView*>(widget) || widget->inherits("leadscope::ui::FlowWidget");
        if (!interactive)
            continue;
        // Parts of another control: a spin box's line edit, a table's corner button, a combo's editor.
        QWidget* parent = widget->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
            (qobject_cast<QAbstractItemView*>(parent) && qobject_cast<QAbstractButton*>(widget)))
            continue;
        const QString id =
            QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            const QString name = combo->accessibleName();
            if (!hasBuddy(combo) && (name.isEmpty() || name == combo->currentText()))
                problems << id + QStringLiteral(": announced as its value “%1”").arg(combo->currentText());
            continue;
        }
        if ((qobject_cast<QChartView*>(widget) || widget->inherits("leadscope::ui::FlowWidget")) &&
            !(widget->focusPolicy() & Qt::TabFocus))
            problems << id + QStringLiteral(": a chart the keyboard cannot reach");
        // The dashboard's figures: a tile is read by its caption and number, and Tab reaches it.
        if (auto* label = qobject_cast<QLabel*>(widget);
            label && label->objectName().startsWith(QLatin1String("kpi"))) {
            if (!(label->focusPolicy() & Qt::TabFocus) ||
                !label->accessibleName().contains(QRegularExpression(QStringLiteral("\\d"))))
                problems << id + QStringLiteral(": a figure read without its number, or out of the keyboard's reach");
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        const QString value = accessible ? accessible->text(QAccessible::Value).trimmed() : QString();
        if (name.isEmpty())
            problems << id + QStringLiteral(": no name");
        else if (!value.isEmpty() && name == value && !qobject_cast<QAbstractItemView*>(widget))
            problems << id + QStringLiteral(": named by its value “%1”").arg(value);
    }
    return problems;
}

// Alt+letter collisions among what is visible in `root` (and its menu bar):
// buttons, labels with a buddy, tab titles. "Alt+X is both “A” and “B”" each.
inline QStringList mnemonicCollisions(QWidget* root)
{
    QStringList problems;
    QHash<QString, QString> owners; // Alt+X → the control's text
    const auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString name = key.toString();
        if (owners.contains(name))
            problems << QStringLiteral("%1 is both “%2” and “%3”").arg(name, owners.value(name), text);
        else
            owners.insert(name, text);
    };
    if (auto* bar = root->findChild<QMenuBar*>()) {
        for (QAction* menu : bar->actions())
            claim(menu->text());
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            claim(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            claim(label->text());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i));
        }
    }
    return problems;
}

} // namespace leadscope::test
