#pragma once

#include <QSet>
#include <QStandardItemModel>

class NoteModel;

// What the sidebar lists: All Notes, Pinned, the Trash, and the tags nested
// by '/', each with how many notes it lists. refresh() reads every count
// in two statements, however many tags there are.
class SidebarModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Kind { Notes, Pinned, Tag, Trash };
    Q_ENUM(Kind)
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int TagIdRole = Qt::UserRole + 2;
    static constexpr int TagNameRole = Qt::UserRole + 3; // the whole name: work/clients/acme
    static constexpr int CountRole = Qt::UserRole + 4;

    explicit SidebarModel(QObject *parent = nullptr);

    // Reads the shelves and tags of notes' notebook again (in the current
    // language); false if they could not be read (the rows keep what they
    // showed).
    bool refresh(const NoteModel &notes);
    void clear();

    QModelIndex shelf(Kind kind) const;
    QModelIndex tag(const QString &name) const;
    QStringList tagNames() const { return m_names; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Notes dropped on a tag get it: the ids of the dragged notes.
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }

signals:
    // Notes (by id) were dropped on the tag called name.
    void notesDropped(const QList<qint64> &ids, const QString &name);

private:
    // A row: the name, and the count in a second column.
    QList<QStandardItem *> row(Kind kind, const QString &text, int count);

    QStringList m_names;
};
