#include "notelistview.h"

#include <QPainter>

NoteListView::NoteListView(QWidget *parent)
    : QListView(parent)
{
    // Rows are all as high as the first: the list never measures the rows
    // it does not show, whatever the number of notes.
    setUniformItemSizes(true);
}

void NoteListView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void NoteListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}
