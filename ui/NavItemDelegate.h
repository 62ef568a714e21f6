#pragma once

#include <QStyledItemDelegate>

namespace leadscope::ui {

// The sidebar's rows: the name on the left, elided at its end when the
// sidebar is narrow, and the row's counts ("156 · 38 new") kept whole on the
// right in a quieter colour — a long segment name never hides its counts.
class NavItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kCountRole = Qt::UserRole + 10; // the counts, as shown

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace leadscope::ui
