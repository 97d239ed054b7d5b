#include "frontmatter.h"

#include <QList>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>

namespace {

// One top-level key of the block: its name, its value's scalars (one, or
// a list's), and the lines it spans.
struct Entry
{
    QString key;
    QStringList values;
    bool nested = false; // a mapping or a list of mappings: not a note's field
    bool list = false; // the values are a list's
    size_t firstLine = 0;
    size_t lastLine = 0; // inclusive
};

// The last line an event's text is on: a block scalar ends at the start of
// the line after it.
size_t lastLineOf(const yaml_event_t &event)
{
    const yaml_mark_t &end = event.end_mark;
    return end.column == 0 && end.line > event.start_mark.line ? end.line - 1 : end.line;
}

// The block's top-level keys, or false if it is not a YAML mapping.
bool parseBlock(const QByteArray &yaml, QList<Entry> *entries)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return false;
    const auto cleanup = std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)>(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(yaml.constData()), size_t(yaml.size()));
    int depth = 0; // of mappings and sequences
    bool mapping = false; // the document is a mapping
    bool expectKey = true;
    Entry entry;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            return false;
        const auto freeEvent = std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)>(&event, yaml_event_delete);
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            return mapping;
        case YAML_MAPPING_START_EVENT:
            if (depth == 0)
                mapping = true;
            else
                entry.nested = true;
            ++depth;
            break;
        case YAML_SEQUENCE_START_EVENT:
            if (depth == 0)
                return false; // a list, not a mapping
            if (depth == 1)
                entry.list = true;
            else
                entry.nested = true;
            ++depth;
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            --depth;
            if (depth == 1) {
                entries->append(entry); // ends on its last scalar's line
                expectKey = true;
            }
            break;
        case YAML_SCALAR_EVENT: {
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                                    qsizetype(event.data.scalar.length));
            if (depth == 0)
                return false; // a lone scalar: not a mapping
            if (depth == 1 && expectKey) {
                entry = Entry();
                entry.key = value;
                entry.firstLine = event.start_mark.line;
                expectKey = false;
            } else if (depth == 1) {
                entry.values = {value};
                entry.lastLine = lastLineOf(event);
                entries->append(entry);
                expectKey = true;
            } else {
                entry.values.append(value);
                entry.lastLine = lastLineOf(event);
            }
            break;
        }
        case YAML_ALIAS_EVENT:
            // An alias is never followed: a note's fields are plain values.
            if (depth == 1 && !expectKey) {
                entry.nested = true;
                entry.lastLine = lastLineOf(event);
                entries->append(entry);
                expectKey = true;
            }
            break;
        default:
            break;
        }
    }
}

QDateTime dateFrom(const QString &value)
{
    const QString text = value.trimmed();
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!date.isValid())
        date = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!date.isValid())
        date = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return date.isValid() ? date.toUTC() : QDateTime();
}

// Tags as Obsidian writes them: a list, or one string of names separated
// by commas or spaces, each perhaps with its #.
QStringList tagsFrom(const QStringList &values, bool list)
{
    QStringList tags;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &value : values) {
        const QStringList names = list ? QStringList{value} : value.split(separators, Qt::SkipEmptyParts);
        for (QString name : names) {
            name = name.trimmed();
            while (name.startsWith(u'#'))
                name.remove(0, 1);
            if (!name.isEmpty())
                tags.append(name);
        }
    }
    return tags;
}

} // namespace

QString FrontMatter::quoted(const QString &value)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c == u'\n')
            quoted += QStringLiteral("\\n");
        else if (c == u'\t')
            quoted += QStringLiteral("\\t");
        else if (c.unicode() < 32)
            quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

FrontMatter FrontMatter::of(const QString &text)
{
    FrontMatter matter;
    matter.text = text;
    // "---" alone on the first line, then the block, then "---" (or "...").
    if (!text.startsWith(QLatin1String("---")))
        return matter;
    const qsizetype firstBreak = text.indexOf(u'\n');
    if (firstBreak < 0 || text.left(firstBreak).trimmed() != QLatin1String("---"))
        return matter;
    static const QRegularExpression closing(QStringLiteral("^(?:---|\\.\\.\\.)[ \\t]*\\r?$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch end = closing.match(text, firstBreak + 1);
    if (!end.hasMatch() || end.capturedStart() > MaxSize)
        return matter;
    matter.found = true;
    const QString block = text.mid(firstBreak + 1, end.capturedStart() - firstBreak - 1);
    qsizetype after = end.capturedEnd();
    if (after < text.size() && text.at(after) == u'\n')
        ++after;
    QList<Entry> entries;
    if (block.trimmed().isEmpty()) {
        matter.valid = true;
        matter.text = text.mid(after);
        return matter;
    }
    if (!parseBlock(block.toUtf8(), &entries))
        return matter; // not YAML: the text keeps it as it was
    matter.valid = true;
    QList<bool> taken(block.count(u'\n') + 1, false);
    for (const Entry &entry : std::as_const(entries)) {
        const QString key = entry.key.toLower();
        bool take = !entry.nested;
        if (take && key == QLatin1String("title") && entry.values.size() == 1)
            matter.title = entry.values.first().trimmed();
        else if (take && (key == QLatin1String("tags") || key == QLatin1String("tag")))
            matter.tags += tagsFrom(entry.values, entry.list);
        else if (take && (key == QLatin1String("created") || key == QLatin1String("date")) && entry.values.size() == 1
                 && dateFrom(entry.values.first()).isValid())
            matter.created = dateFrom(entry.values.first());
        else if (take && (key == QLatin1String("updated") || key == QLatin1String("modified")) && entry.values.size() == 1
                 && dateFrom(entry.values.first()).isValid())
            matter.updated = dateFrom(entry.values.first());
        else
            take = false;
        for (size_t line = entry.firstLine; take && line <= entry.lastLine && line < size_t(taken.size()); ++line)
            taken[qsizetype(line)] = true;
    }
    // What the note does not take stays, as a block at the top of its text.
    QStringList kept;
    const QStringList lines = block.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!taken.value(i) && !lines.at(i).trimmed().isEmpty())
            kept.append(lines.at(i));
    }
    matter.text = kept.isEmpty() ? text.mid(after)
                                 : QStringLiteral("---\n") + kept.join(u'\n') + QStringLiteral("\n---\n") + text.mid(after);
    return matter;
}
