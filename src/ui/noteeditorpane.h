#pragma once

#include <QWidget>

#include <memory>

class NoteEditor;
class QLineEdit;
class TagEdit;

namespace Ui {
class NoteEditorPane;
}

// The current note's title, tags and text, with the title's length beside
// it and a warning while the title is too long to save. The window maps the note
// into the editors and tells the pane what the note allows.
class NoteEditorPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditorPane(QWidget *parent = nullptr);
    ~NoteEditorPane() override;

    QLineEdit *titleEdit() const;
    NoteEditor *contentEdit() const;
    TagEdit *tagsEdit() const;

    enum class State {
        NoNote, // nothing selected
        Unreadable, // its text could not be read: not editable
        ReadOnly, // a read-only notebook, or a deleted note
        Editable,
    };
    // newNoteKey is the shortcut the hint for an empty notebook names.
    void setState(State state, const QString &newNoteKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTitleHint();
    void updatePlaceholders();

    std::unique_ptr<Ui::NoteEditorPane> m_ui;
    State m_state = State::NoNote;
    QString m_newNoteKey;
};
