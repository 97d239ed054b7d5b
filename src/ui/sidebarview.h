#pragma once

#include "notemodel.h"

#include <QTreeView>

class SidebarModel;

// The sidebar, left of the note list: All Notes, Pinned, the tags and the
// Trash, with their counts. Selecting a shelf or tags (several with Ctrl,
// for the notes that have all of them) asks the window to list them; notes
// dropped on a tag get it. Which tags are expanded is kept per notebook.
class SidebarView final : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    // Shows the shelves and tags of notes' notebook, which key names in the
    // settings; nullptr shows nothing.
    void setNotes(NoteModel *notes, const QString &key);
    // Reads the counts again, keeping what is selected and expanded.
    void refresh();
    // Every tag's whole name, for completion.
    QStringList tagNames() const;

    NoteModel::Shelf shelf() const;
    QList<qint64> selectedTags() const;
    // Selects All Notes, or the Trash.
    void showAllNotes();
    void showTrash();
    // Whether the context menu offers to rename and delete tags: not in a
    // notebook opened read-only.
    void setEditable(bool editable);
    // The tag from is to be called to once saved: the sidebar keeps it
    // selected and expanded under its new name.
    void followRename(const QString &from, const QString &to);

signals:
    // What to list changed.
    void shelfChanged();
    void notesDropped(const QList<qint64> &ids, const QString &name);
    // The context menu's Rename Tag… and Delete Tag… on the tag name, which
    // notes notes have.
    void renameTagRequested(const QString &name);
    void deleteTagRequested(const QString &name, int notes);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QStringList expandedTags() const;
    void writeExpanded() const;
    // The tag called name, or what a rename made of it.
    QModelIndex tagOrRenamed(const QString &name) const;

    SidebarModel *m_model;
    NoteModel *m_notes = nullptr;
    QString m_key;
    bool m_refreshing = false;
    bool m_editable = false;
    QList<QPair<QString, QString>> m_renames; // from, to: followRename()
};
