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

signals:
    // What to list changed.
    void shelfChanged();
    void notesDropped(const QList<qint64> &ids, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList expandedTags() const;
    void writeExpanded() const;

    SidebarModel *m_model;
    NoteModel *m_notes = nullptr;
    QString m_key;
    bool m_refreshing = false;
};
