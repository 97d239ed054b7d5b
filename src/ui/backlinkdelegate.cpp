#include "backlinkdelegate.h"

#include <QApplication>
#include <QPainter>

void BacklinkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    const QString title = row.text;
    row.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget); // background and focus

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = ink;
    faint.setAlphaF(0.7);
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics sentenceMetrics(option.font);
    painter->save();
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(faint);
    painter->drawText(QRect(area.left(), area.top() + titleMetrics.height(), area.width(), sentenceMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sentenceMetrics.elidedText(index.data(SentenceRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize BacklinkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 4};
}
