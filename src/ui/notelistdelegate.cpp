#include "notelistdelegate.h"

#include "notemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace {

constexpr int VerticalPadding = 4;
constexpr int LineSpacing = 2;

struct Segment
{
    QString text;
    bool highlighted = false;
};

// Splits text at NoteModel's highlight marks; other control characters
// (line breaks in a passage) become spaces.
QList<Segment> segments(const QString &marked)
{
    QList<Segment> parts{Segment{}};
    for (const QChar c : marked) {
        if (c == NoteModel::HighlightStart || c == NoteModel::HighlightEnd) {
            const bool highlighted = c == NoteModel::HighlightStart;
            if (parts.last().text.isEmpty())
                parts.last().highlighted = highlighted;
            else
                parts.append(Segment{QString(), highlighted});
        } else {
            parts.last().text += c.category() == QChar::Other_Control ? QChar(u' ') : c;
        }
    }
    return parts;
}

// Draws marked text on one line from the left of rect, eliding what does not
// fit. Highlighted parts are bold on a tint of the highlight colour (in a
// selected row, bold and underlined), so they show in any palette.
void drawMarked(QPainter *painter, const QRect &rect, const QString &marked, const QFont &font,
                const QColor &color, const QColor &tint, bool selected)
{
    QFont bold = font;
    bold.setBold(true);
    if (selected)
        bold.setUnderline(true);
    int x = rect.left();
    for (const Segment &segment : segments(marked)) {
        const QFont &segmentFont = segment.highlighted ? bold : font;
        const QFontMetrics metrics(segmentFont);
        const int room = rect.right() - x;
        QString text = segment.text;
        const bool fits = metrics.horizontalAdvance(text) <= room;
        if (!fits)
            text = metrics.elidedText(text, Qt::ElideRight, room);
        const int width = metrics.horizontalAdvance(text);
        const QRect box(x, rect.top(), width, rect.height());
        if (segment.highlighted && !selected)
            painter->fillRect(box, tint);
        painter->setFont(segmentFont);
        painter->setPen(color);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        x += width;
        if (!fits || x >= rect.right())
            break;
    }
}

// A pushpin in the text's colour, so it shows in any palette: a round
// head and a needle, slanted.
void drawPin(QPainter *painter, const QRect &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal size = box.height() * 0.7;
    const QPointF head(box.left() + size * 0.65, box.center().y() - size * 0.2);
    QPen needle(color, qMax(1.0, size / 8));
    needle.setCapStyle(Qt::RoundCap);
    painter->setPen(needle);
    painter->drawLine(head, QPointF(box.left() + size * 0.15, box.center().y() + size * 0.45));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(head, size * 0.3, size * 0.3);
    painter->restore();
}

} // namespace

QString NoteListDelegate::changedText(const QDateTime &changed, const QDateTime &now)
{
    if (!changed.isValid())
        return {};
    const qint64 seconds = changed.secsTo(now);
    if (seconds < 60)
        return tr("Just now"); // a clock set back counts as now too
    if (changed.date() == now.date()) {
        if (seconds < 3600)
            return tr("%n min ago", "", int(seconds / 60));
        return tr("%n hour(s) ago", "", int(seconds / 3600));
    }
    return QLocale().toString(changed.date(), QLocale::ShortFormat);
}

bool NoteListDelegate::isSearching(const QModelIndex &index)
{
    return index.data(NoteModel::SnippetRole).isValid();
}

QFont NoteListDelegate::snippetFont(const QFont &titleFont)
{
    QFont font = titleFont;
    font.setItalic(false);
    font.setStrikeOut(false);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QString NoteListDelegate::markTerms(const QString &text, const QStringList &terms)
{
    // Which characters to mark, outside the parts marked already.
    QList<bool> mark(text.size(), false);
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            for (qsizetype i = at; i < at + term.size(); ++i)
                mark[i] = true;
        }
    }
    QString marked;
    bool inside = false; // inside a part marked already
    bool marking = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == NoteModel::HighlightStart || c == NoteModel::HighlightEnd)
            inside = c == NoteModel::HighlightStart;
        const bool want = mark.at(i) && !inside && c != NoteModel::HighlightEnd;
        if (want != marking) {
            marked += want ? QChar(NoteModel::HighlightStart) : QChar(NoteModel::HighlightEnd);
            marking = want;
        }
        marked += c;
    }
    if (marking)
        marked += QChar(NoteModel::HighlightEnd);
    return marked;
}

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

void NoteListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    QString title = opt.text;
    QString snippet = index.data(NoteModel::ExcerptRole).toString();
    if (isSearching(index)) {
        const auto *model = qobject_cast<const NoteModel *>(index.model());
        const QStringList terms = model ? model->highlightTerms() : QStringList();
        const bool pending = title != index.data(Qt::DisplayRole).toString();
        title = markTerms(index.data(NoteModel::HighlightedTitleRole).toString(), terms);
        if (pending)
            title.prepend(QStringLiteral("\u2022 "));
        snippet = markTerms(index.data(NoteModel::SnippetRole).toString(), terms);
    }

    // Background, selection and focus as the style draws them; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor tint = opt.palette.color(group, QPalette::Highlight);
    tint.setAlpha(70);

    QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // A little room at the right, where the date would touch the frame.
    area.adjust(0, VerticalPadding, -QFontMetrics(opt.font).averageCharWidth() / 2, -VerticalPadding);
    painter->save();
    painter->setClipRect(area);
    const QFont small = snippetFont(opt.font);
    const QColor dim = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
    QRect line(area.left(), area.top(), area.width(), QFontMetrics(opt.font).height());
    // When it was changed, at the right; the title gets the rest.
    const QString changed = changedText(index.data(NoteModel::ChangedRole).toDateTime(),
                                        QDateTime::currentDateTime());
    if (!changed.isEmpty()) {
        const QFontMetrics metrics(small);
        const int width = metrics.horizontalAdvance(changed);
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, changed);
        line.setRight(line.right() - width - metrics.averageCharWidth() * 2);
    }
    if (index.data(NoteModel::PinnedRole).toBool()) {
        const QRect pin(line.left(), line.top(), line.height(), line.height());
        drawPin(painter, pin, text);
        line.setLeft(pin.right() + 1);
    }
    drawMarked(painter, line, title, opt.font, text, tint, selected);
    line = QRect(area.left(), line.bottom() + 1 + LineSpacing, area.width(), QFontMetrics(small).height());
    // Its tags first, each on a tint, then the text.
    const QStringList tags = index.data(NoteModel::TagsRole).toStringList();
    const QFontMetrics smallMetrics(small);
    for (const QString &tag : tags) {
        const int room = line.width() / 2 - (line.left() - area.left());
        if (room < smallMetrics.averageCharWidth() * 4)
            break;
        const QString shown = smallMetrics.elidedText(tag, Qt::ElideMiddle, room);
        const int width = smallMetrics.horizontalAdvance(shown) + smallMetrics.averageCharWidth();
        const QRect chip(line.left(), line.top(), width, line.height());
        if (!selected)
            painter->fillRect(chip, tint);
        painter->setFont(small);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter | Qt::TextSingleLine, shown);
        line.setLeft(chip.right() + 1 + smallMetrics.averageCharWidth());
    }
    if (!snippet.isEmpty())
        drawMarked(painter, line, snippet, small, dim, tint, selected);
    painter->restore();
}

QSize NoteListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Every row has the same height, so the list can use uniform item
    // sizes and never measure rows it does not show: the title, then the
    // excerpt (while searching, a passage around the match).
    const int height = QFontMetrics(opt.font).height() + 2 * VerticalPadding + LineSpacing
        + QFontMetrics(snippetFont(opt.font)).height();
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}
