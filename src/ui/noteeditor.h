#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <memory>

class MarkdownHighlighter;
class QCompleter;
class QMenu;
class SpellChecker;
class QStringListModel;

// The editor of a note's text: plain text, whatever is pasted or dropped,
// with its Markdown marked as it is typed (the text itself is never changed).
// Browsers and office suites often put only HTML on the clipboard;
// QPlainTextEdit would insert nothing from that, so its text is taken.
// Typing [[ offers the titles of notes; Ctrl+click on a [[link]] follows it.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The titles to offer after [[ and what was typed after it.
    void setTitleSource(std::function<QStringList(const QString &prefix)> titles);
    QCompleter *titleCompleter() const { return m_completer; }

    // Pasted or dropped images and files are given to handler (a file by
    // its path; an image from the clipboard by its bytes and a name), which
    // keeps them and returns the Markdown that refers to each, inserted
    // where they were put; or a null string if it refused (and said why).
    // Without a handler they are pasted as text, if they have any.
    using AttachmentHandler = std::function<QString(const QString &path, const QByteArray &data, const QString &name)>;
    void setAttachmentHandler(AttachmentHandler handler) { m_attachmentHandler = std::move(handler); }
    // Gives the file at path to the handler and inserts its reference at
    // the cursor, as a paste would.
    bool attachFile(const QString &path);

    // Reports the [[link]] at the text cursor; false if there is none.
    bool followLinkAtCursor();

    // Spell checking in language (empty: the best installed for the app's
    // language), or none; false if on but no dictionary is installed.
    bool setSpelling(bool enabled, const QString &language);
    const SpellChecker *spellChecker() const { return m_spelling.get(); }
    // The context menu at pos: a misspelled word's suggestions and Add to
    // Dictionary above the usual editing actions. The caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    void wikiLinkActivated(const QString &title, const QString &heading);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool followLinkAt(int position);
    void offerTitles();
    void insertTitle(const QString &title);
    // What of source is attachments: local files, or an image without text.
    QStringList localFiles(const QMimeData *source) const;
    QString imageFormat(const QMimeData *source) const;
    void insertReferences(const QStringList &references);

    MarkdownHighlighter *m_highlighter;
    std::unique_ptr<SpellChecker> m_spelling;
    QCompleter *m_completer;
    QStringListModel *m_titles;
    std::function<QStringList(const QString &)> m_titleSource;
    AttachmentHandler m_attachmentHandler;
    int m_completionStart = -1; // where the typed part of the title begins
};
