#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Markdown written from rich text read one piece at a time, as the XML of
// Evernote, Gnote or CherryTree gives it: blocks (paragraphs, headings,
// list items, quotes, code), inline styles around text, tables. Text is
// escaped so that it reads back as the same text, never as markup.
class RichTextWriter
{
public:
    enum class Style { Bold, Italic, Strike, Code, Highlight };

    // Text as it reads; whitespace runs are one space, as in HTML, unless
    // preformatted (in a code block).
    void text(const QString &text, bool preformatted = false);
    // Markdown written as it is (a link, a picture): never escaped.
    void markup(const QString &markdown);
    void open(Style style);
    void close(Style style);
    // A link around the text written between begin and end: to a web
    // address, or (an empty address) a [[link]] to the note titled by it.
    void beginLink();
    void endLink(const QString &address);
    void dropLink(); // the text written since beginLink stays text
    void endLinkToNote(const QString &title); // [[title]], or [[title|text]] if the text differs
    void endLinkToItsText(); // a web address written as the link's text

    // Ends the block being written (if any): what follows starts a new one.
    void endBlock();
    void heading(int level); // the block being written is a heading
    void task(bool done); // the block being written is a task: - [ ]
    void beginList(bool ordered);
    void endList();
    void beginItem();
    void beginQuote();
    void endQuote();
    void beginCode(const QString &language = {});
    void endCode();
    void rule();
    void beginTable();
    void beginRow();
    void beginCell();
    void endTable();

    // The Markdown written so far, with the block being written.
    QString markdown();

    static QString escaped(const QString &text);

private:
    struct List
    {
        bool ordered = false;
        int count = 0;
    };
    struct Open
    {
        Style style;
        qsizetype at;
    };
    // Writes a finished block, prefixed as the lists and quotes it is in
    // want; raw: as it is (code, a table), else its start escaped.
    void write(const QString &block, bool raw);
    void finishCell();
    QString &line() { return m_tables > 0 ? m_cell : m_line; }

    QString m_out;
    QString m_line; // the block being written
    int m_heading = 0;
    int m_task = -1; // -1: not a task; 0 open; 1 done
    QString m_marker; // the list item's marker, for its first block
    QList<List> m_lists;
    int m_quotes = 0;
    bool m_lastInList = false;
    int m_lastQuotes = 0;
    int m_inlineCode = 0;
    QList<Open> m_open;
    QList<qsizetype> m_links;
    bool m_inCode = false;
    QString m_code;
    QString m_language;
    // A table being read: its rows of cells.
    int m_tables = 0;
    QList<QStringList> m_rows;
    QString m_cell;
    bool m_inCell = false;
};
