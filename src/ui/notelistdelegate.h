#pragma once

#include <QStyledItemDelegate>

// Draws the note list's rows, marking notes with unsaved changes: new and
// edited notes in italics with a dot, notes to be deleted struck through.
class NoteListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
