#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut().isEmpty() || !action->isVisible())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        QString text = action->text().remove(u'&');
        if (text.isEmpty())
            text = action->toolTip();
        table->setItem(row, 0, new QTableWidgetItem(text));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Every shortcut visible without scrolling (there are about a dozen).
    table->setMinimumHeight(table->horizontalHeader()->height() + table->verticalHeader()->length() +
                            2 * table->frameWidth());
    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
}

} // namespace leadscope::ui
