#pragma once

#include <QStyledItemDelegate>

// Draws a row of the backlinks pane: the linking note's title, and below it
// the sentence around the link, fainter, on one line (whole in the tooltip).
class BacklinkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int SentenceRole = Qt::UserRole + 1;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
