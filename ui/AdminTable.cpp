#include "AdminTable.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace leadscope::ui {

QTableWidget* AdminTable::create(QWidget* parent, const QStringList& headers, const char* objectName,
                                 const QString& accessibleName)
{
    auto* view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(accessibleName);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QString AdminTable::when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace leadscope::ui
