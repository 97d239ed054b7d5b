#pragma once

#include <QStyledItemDelegate>

// Draws the note list's rows: a pin mark on pinned notes, the title, when
// the note was last changed, and below them the start of its text. Notes
// with unsaved changes are marked: new and edited notes in italics with a
// dot, notes to be deleted struck through. While searching, the second line
// is a short passage of the note, and the matches in title and passage are
// highlighted.
class NoteListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // text with every occurrence of terms (ignoring case) put between
    // NoteModel's highlight marks, except inside parts already marked.
    static QString markTerms(const QString &text, const QStringList &terms);
    // When a note was changed, as the list says it: minutes or hours ago
    // today, a short date in the user's language otherwise.
    static QString changedText(const QDateTime &changed, const QDateTime &now);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static bool isSearching(const QModelIndex &index);
    static QFont snippetFont(const QFont &titleFont);
};
