#pragma once

#include "notelinks.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class NoteEditor;
class NotePreview;
class QLineEdit;
class TagEdit;

namespace Ui {
class NoteEditorPane;
}

// The current note's title, tags and text, with the title's length beside
// it and a warning while the title is too long to save, and the text's
// preview. The window maps the note into the editors and tells the pane what
// the note allows and how to show it.
class NoteEditorPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditorPane(QWidget *parent = nullptr);
    ~NoteEditorPane() override;

    QLineEdit *titleEdit() const;
    NoteEditor *contentEdit() const;
    TagEdit *tagsEdit() const;
    NotePreview *preview() const;

    // The text as its Markdown source, rendered, or both side by side (the
    // preview following the editor's scrolling).
    enum class ViewMode { Edit, Preview, SideBySide };
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }
    // Call when the editors show another note: its preview is rendered at
    // once, where typing renders once it pauses.
    void noteShown();

    // The notes whose saved text links to the note shown; the pane shows
    // them, with their sentence, under the text, and hides when none do.
    void setBacklinks(const QList<NoteLinks::Backlink> &links);
    // Shows the heading of that name (in any case) at the top of the
    // editor and of the preview; false if the text has none.
    bool goToHeading(const QString &heading);

    enum class State {
        NoNote, // nothing selected
        Unreadable, // its text could not be read: not editable
        ReadOnly, // a read-only notebook, or a deleted note
        Editable,
    };
    // newNoteKey is the shortcut the hint for an empty notebook names.
    void setState(State state, const QString &newNoteKey);

signals:
    void backlinkActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTitleHint();
    void updatePlaceholders();
    void renderPreview();
    void followEditorScrolling();
    void toggleTaskBox(int index);
    void updateBacklinksLabel();

    std::unique_ptr<Ui::NoteEditorPane> m_ui;
    State m_state = State::NoNote;
    QString m_newNoteKey;
    ViewMode m_viewMode = ViewMode::Edit;
    QTimer m_renderTimer; // typing renders once it pauses
    int m_backlinkCount = 0;

};
