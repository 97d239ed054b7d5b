#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class SpellChecker;

// Marks the Markdown in a note's source as the user types it; the text itself
// is never changed. Colours come from the palette, so dark themes work.
// Qt calls highlightBlock() only for the lines that changed (and the lines
// after them while a fenced code block opens or closes), so typing costs the
// same in a short note and in a long one.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // What a stretch of text is. Each format carries the kinds it shows as
    // bits (1 << kind) in KindProperty, so that what was marked can be read
    // back: a link in a heading is both.
    enum class Kind {
        Heading = 1,
        Emphasis,
        Strong,
        Strikethrough,
        InlineCode,
        CodeBlock,
        FenceMarker,
        ListMarker,
        Task,
        Quote,
        Link,
        WikiLink,
        Misspelled,
    };
    Q_ENUM(Kind)
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;

    explicit MarkdownHighlighter(QTextDocument *document);

    // Call when the palette or font changes: every format is derived from them.
    void setPalette(const QPalette &palette, const QFont &font);
    // Underlines the words checker finds misspelled, outside code, links and
    // addresses; none with no checker (or one without a dictionary).
    void setSpellChecker(const SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    void mark(int start, int length, Kind kind);
    void highlightInline(const QString &text, int from);
    // rest: the line with what is not prose (code, links) masked.
    void checkSpelling(const QString &rest);
    QTextCharFormat m_formats[int(Kind::Misspelled) + 1];
    const SpellChecker *m_spelling = nullptr;
};
