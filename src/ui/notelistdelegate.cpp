#include "notelistdelegate.h"

#include "notemodel.h"

void NoteListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using State = NoteModel::PendingState;
    const auto state = index.data(NoteModel::PendingStateRole).value<State>();
    if (state == State::None)
        return;
    option->font.setItalic(true);
    option->font.setStrikeOut(state == State::Deleted);
    // U+2022 BULLET: a mark that needs no colour to be seen.
    option->text = QStringLiteral("\u2022 ") + option->text;
}
