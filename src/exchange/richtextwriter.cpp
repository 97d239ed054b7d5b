#include "richtextwriter.h"

#include <QRegularExpression>

namespace {

QString markerOf(RichTextWriter::Style style)
{
    switch (style) {
    case RichTextWriter::Style::Bold:
        return QStringLiteral("**");
    case RichTextWriter::Style::Italic:
        return QStringLiteral("*");
    case RichTextWriter::Style::Strike:
        return QStringLiteral("~~");
    case RichTextWriter::Style::Code:
        return QStringLiteral("`");
    case RichTextWriter::Style::Highlight: // as Obsidian writes it
        return QStringLiteral("==");
    }
    return {};
}

// Markdown's escapes taken out again: the text as a reader sees it.
QString unescaped(const QString &markdown)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    return QString(markdown).replace(escape, QStringLiteral("\\1"));
}

} // namespace

QString RichTextWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
        bool escape = false;
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '[':
        case ']':
        case '<':
            escape = true;
            break;
        case '_': // snake_case stays as it is: no emphasis inside a word
            escape = !(before.isLetterOrNumber() && after.isLetterOrNumber());
            break;
        case '~':
        case '=':
            escape = after == c;
            break;
        case '&': { // only what would read as an entity (&copy;)
            qsizetype end = i + 1;
            while (end < text.size() && end - i < 32 && (text.at(end).isLetterOrNumber() || text.at(end) == u'#'))
                ++end;
            escape = end > i + 1 && end < text.size() && text.at(end) == u';';
            break;
        }
        default:
            break;
        }
        if (escape)
            out += u'\\';
        out += c;
    }
    return out;
}

void RichTextWriter::text(const QString &text, bool preformatted)
{
    if (m_inCode || preformatted) {
        if (m_inCode)
            m_code += text;
        else
            line() += text;
        return;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString collapsed = QString(text).replace(space, QStringLiteral(" "));
    QString &to = line();
    if (collapsed.startsWith(u' ') && (to.isEmpty() || to.endsWith(u' ') || to.endsWith(u'\n')))
        collapsed.remove(0, 1);
    to += m_inlineCode > 0 ? collapsed : escaped(collapsed);
}

void RichTextWriter::markup(const QString &markdown)
{
    if (m_inCode)
        return;
    line() += markdown;
}

void RichTextWriter::open(Style style)
{
    if (m_inCode)
        return;
    line() += markerOf(style);
    m_open.append({style, line().size()});
    if (style == Style::Code)
        ++m_inlineCode;
}

void RichTextWriter::close(Style style)
{
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        if (m_open.at(i).style != style)
            continue;
        const Open open = m_open.takeAt(i);
        if (style == Style::Code)
            --m_inlineCode;
        QString &to = line();
        const QString marker = markerOf(style);
        if (open.at > to.size() || to.mid(open.at - marker.size(), marker.size()) != marker)
            return; // its block ended in between: nothing to close
        const QString inner = to.mid(open.at);
        if (inner.trimmed().isEmpty()) { // **  ** is no emphasis: the space alone
            to.remove(open.at - marker.size(), marker.size());
            return;
        }
        // Emphasis hugs its text: "** bold **" would not read as bold.
        qsizetype trailing = 0;
        while (inner.at(inner.size() - 1 - trailing).isSpace())
            ++trailing;
        to.insert(to.size() - trailing, marker);
        if (inner.at(0).isSpace()) {
            to.remove(open.at, 1);
            to.insert(open.at - marker.size(), u' ');
        }
        return;
    }
}

void RichTextWriter::beginLink()
{
    m_links.append(line().size());
}

void RichTextWriter::endLink(const QString &address)
{
    if (m_links.isEmpty())
        return;
    const qsizetype at = m_links.takeLast();
    QString &to = line();
    if (at > to.size())
        return;
    const QString text = to.mid(at).trimmed();
    to.truncate(at);
    if (address.isEmpty()) {
        QString title = unescaped(text);
        title.replace(QRegularExpression(QStringLiteral("[\\[\\]|#\\n]")), QStringLiteral(" "));
        title = title.simplified();
        if (!title.isEmpty())
            to += QStringLiteral("[[") + title + QStringLiteral("]]");
        return;
    }
    QString destination = address;
    if (destination.contains(QRegularExpression(QStringLiteral("[\\s()<>]"))))
        destination = u'<' + QString(destination).replace(u'<', QStringLiteral("%3C")).replace(u'>', QStringLiteral("%3E")) + u'>';
    to += u'[' + (text.isEmpty() ? escaped(address) : text) + QStringLiteral("](") + destination + u')';
}

void RichTextWriter::endLinkToItsText()
{
    if (m_links.isEmpty())
        return;
    const QString address = unescaped(line().mid(m_links.last()).trimmed());
    if (address.isEmpty())
        return dropLink();
    endLink(address);
}

void RichTextWriter::endLinkToNote(const QString &title)
{
    if (m_links.isEmpty())
        return;
    const qsizetype at = m_links.takeLast();
    QString &to = line();
    if (at > to.size())
        return;
    const QString text = unescaped(to.mid(at)).simplified().remove(QRegularExpression(QStringLiteral("[\\[\\]|]")));
    QString target = QString(title).remove(QRegularExpression(QStringLiteral("[\\[\\]|#]"))).simplified();
    to.truncate(at);
    if (target.isEmpty()) {
        to += RichTextWriter::escaped(text);
        return;
    }
    to += QStringLiteral("[[") + target + (text.isEmpty() || text == target ? QString() : u'|' + text) + QStringLiteral("]]");
}

void RichTextWriter::dropLink()
{
    if (!m_links.isEmpty())
        m_links.removeLast();
}

void RichTextWriter::endBlock()
{
    if (m_tables > 0) {
        if (!m_cell.isEmpty() && !m_cell.endsWith(u' '))
            m_cell += u' ';
        return;
    }
    if (m_inCode) {
        if (!m_code.isEmpty() && !m_code.endsWith(u'\n'))
            m_code += u'\n';
        return;
    }
    m_open.clear();
    m_links.clear();
    m_inlineCode = 0;
    const QString block = m_line.trimmed();
    m_line.clear();
    if (!block.isEmpty() || m_task >= 0)
        write(block, false);
    m_heading = 0;
    m_task = -1;
}

void RichTextWriter::heading(int level)
{
    m_heading = qBound(1, level, 6);
}

void RichTextWriter::task(bool done)
{
    m_task = done ? 1 : 0;
}

void RichTextWriter::beginList(bool ordered)
{
    endBlock();
    if (m_tables == 0)
        m_lists.append({ordered, 0});
}

void RichTextWriter::endList()
{
    endBlock();
    if (m_tables == 0 && !m_lists.isEmpty())
        m_lists.removeLast();
    if (m_lists.isEmpty())
        m_lastInList = false; // the next list is another one
}

void RichTextWriter::beginItem()
{
    endBlock();
    if (m_tables > 0)
        return;
    if (m_lists.isEmpty())
        m_lists.append({false, 0});
    List &list = m_lists.last();
    ++list.count;
    m_marker = list.ordered ? QString::number(list.count) + QStringLiteral(". ") : QStringLiteral("- ");
}

void RichTextWriter::beginQuote()
{
    endBlock();
    if (m_tables == 0)
        ++m_quotes;
}

void RichTextWriter::endQuote()
{
    endBlock();
    if (m_tables == 0 && m_quotes > 0)
        --m_quotes;
}

void RichTextWriter::beginCode(const QString &language)
{
    endBlock();
    if (m_tables > 0 || m_inCode)
        return;
    m_inCode = true;
    m_code.clear();
    m_language = language;
}

void RichTextWriter::endCode()
{
    if (!m_inCode)
        return;
    m_inCode = false;
    QString code = m_code;
    while (code.endsWith(u'\n'))
        code.chop(1);
    QString fence = QStringLiteral("```");
    while (code.contains(fence))
        fence += u'`';
    write(fence + m_language + u'\n' + (code.isEmpty() ? QString() : code + u'\n') + fence, true);
}

void RichTextWriter::rule()
{
    endBlock();
    if (m_tables == 0)
        write(QStringLiteral("---"), true);
}

void RichTextWriter::beginTable()
{
    endBlock();
    if (m_tables++ == 0) {
        m_rows.clear();
        m_cell.clear();
        m_inCell = false;
    }
}

void RichTextWriter::beginRow()
{
    if (m_tables != 1)
        return endBlock();
    finishCell();
    m_rows.append(QStringList());
}

void RichTextWriter::beginCell()
{
    if (m_tables != 1)
        return endBlock();
    finishCell();
    if (m_rows.isEmpty())
        m_rows.append(QStringList());
    m_inCell = true;
}

void RichTextWriter::finishCell()
{
    if (m_inCell && !m_rows.isEmpty())
        m_rows.last().append(m_cell.trimmed().replace(u'|', QStringLiteral("\\|")));
    m_cell.clear();
    m_inCell = false;
}

void RichTextWriter::endTable()
{
    if (m_tables == 0)
        return;
    if (--m_tables > 0)
        return endBlock();
    finishCell();
    m_open.clear();
    m_links.clear();
    m_inlineCode = 0;
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(m_rows))
        columns = qMax(columns, row.size());
    if (columns == 0)
        return;
    QStringList lines;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QStringList row = m_rows.at(r);
        while (row.size() < columns)
            row.append(QString());
        lines.append(QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        if (r == 0)
            lines.append(QStringLiteral("|") + QStringList(columns, QStringLiteral(" --- ")).join(u'|') + u'|');
    }
    m_rows.clear();
    write(lines.join(u'\n'), true);
}

void RichTextWriter::write(const QString &block, bool raw)
{
    QString text = block;
    if (!raw) {
        // What would read as a heading, a quote or a list item is text.
        static const QRegularExpression blockStart(QStringLiteral("^(#|>|[-+*](\\s|$)|\\d+[.)](\\s|$))"));
        if (blockStart.match(text).hasMatch()) {
            const qsizetype digits = text.indexOf(QRegularExpression(QStringLiteral("[^\\d]")));
            text.insert(text.at(0).isDigit() ? digits : 0, u'\\');
        }
        if (m_heading > 0)
            text = QString(m_heading, u'#') + u' ' + text;
    }
    QString task;
    if (m_task >= 0)
        task = m_task ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
    QString indent;
    for (qsizetype i = 0; i + 1 < m_lists.size(); ++i)
        indent += QString(m_lists.at(i).ordered ? 3 : 2, u' ');
    const bool inList = !m_lists.isEmpty();
    if (inList) {
        const QString marker = m_marker.isEmpty() ? QString(m_lists.last().ordered ? 3 : 2, u' ') : m_marker;
        m_marker.clear();
        text = indent + marker + task + text;
        text.replace(u'\n', u'\n' + indent + QString(marker.size(), u' '));
    } else if (!task.isEmpty()) {
        text = QStringLiteral("- ") + task + text;
    }
    const QString quote = m_quotes > 0 ? QString(QStringLiteral("> ")).repeated(m_quotes) : QString();
    if (!quote.isEmpty())
        text = quote + QString(text).replace(u'\n', u'\n' + quote);
    if (!m_out.isEmpty()) {
        const bool tight = (inList && m_lastInList) || (m_task >= 0 && !inList && m_lastInList);
        if (tight)
            m_out += u'\n';
        else if (m_quotes > 0 && m_lastQuotes > 0)
            m_out += u'\n' + quote.trimmed() + u'\n';
        else
            m_out += QStringLiteral("\n\n");
    }
    m_out += text;
    m_lastInList = inList || m_task >= 0;
    m_lastQuotes = m_quotes;
}

QString RichTextWriter::markdown()
{
    endBlock();
    endCode();
    while (m_tables > 0)
        endTable();
    return m_out.isEmpty() ? QString() : m_out + u'\n';
}
