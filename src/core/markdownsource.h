#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// What Commonplace reads out of a note's Markdown source without rendering
// it: links to other notes, task boxes, and the plain words for passages.
// Code (fenced blocks and `spans`) is text, never markup: a [[link]] in code
// is not a link. The source itself is never changed here.
class MarkdownSource final
{
public:
    // [[Title]], [[Title|shown text]], [[Title#Heading]] and
    // [[Title#Heading|shown text]].
    struct WikiLink
    {
        int start = 0; // of the first '['
        int length = 0; // up to and including the last ']'
        QString title; // trimmed, as written
        QString heading; // trimmed; empty if none
        QString text; // what is shown: the text after '|', else the target as written
        bool operator==(const WikiLink &other) const
        {
            return start == other.start && length == other.length && title == other.title
                && heading == other.heading && text == other.text;
        }
    };

    static QList<WikiLink> wikiLinks(const QString &source);
    // The source with every link to from (in any case) leading to to
    // instead, its heading and shown text kept: [[Old#Part|see]] becomes
    // [[New#Part|see]].
    static QString renamedLinks(const QString &source, const QString &from, const QString &to);

    // The source with each [[link]] written as a Markdown link to
    // address(link), showing its text, or as its text alone where address
    // gives none: for showing and exporting, the note's text is not changed.
    static QString withWikiLinksAsLinks(const QString &source, const std::function<QString(const WikiLink &)> &address);
    // Front matter (the YAML block some Markdown files begin with) as the
    // block of properties it is, in a fenced code block, not as a rule and
    // a heading.
    static QString withFrontMatterAsCode(const QString &markdown);
    // Text that Markdown shows as it is: every ASCII punctuation mark escaped.
    static QString escapedText(const QString &text);

    // The offset of the character between the brackets of each task box
    // ("- [ ] ..." or "- [x] ..."), in the order the preview shows them.
    static QList<int> taskBoxes(const QString &source);

    // Where each of the source's characters is code: inside a fenced block
    // (fences included) or a code span (backticks included).
    static QList<bool> codeMask(const QString &source);
    // The code spans between start and end (one line) of text, as (start,
    // length), backticks included: a run of backticks is closed only by a
    // run of the same length, and an escaped one opens nothing.
    static QList<QPair<int, int>> codeSpans(const QString &text, int start, int end);

    // The length of the YAML front matter the source begins with (a "---"
    // line, the block, and a closing "---" or "..." line), or 0 if none.
    static int frontMatterLength(const QString &source);

    // A title as links match it: the same title in any case, so [[road
    // trip]] finds "Road Trip".
    static QString titleKey(const QString &title);

    // The words of some Markdown as a reader sees them: no emphasis markers,
    // links shown by their text, headings and list markers without their
    // marks. For passages in search results and around backlinks.
    static QString plainText(const QString &markdown);
    // plainText() for a piece cut out of a note (a search passage, the
    // list's excerpt): also without the halves of markup the cut left.
    static QString passage(const QString &markdown);
};
