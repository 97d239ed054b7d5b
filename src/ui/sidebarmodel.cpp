#include "sidebarmodel.h"

#include "notemodel.h"
#include "notetags.h"

#include <QDataStream>
#include <QHash>
#include <QLocale>
#include <QMimeData>

SidebarModel::SidebarModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(2);
}

QList<QStandardItem *> SidebarModel::row(Kind kind, const QString &text, int count)
{
    auto *name = new QStandardItem(text);
    name->setData(QVariant::fromValue(kind), KindRole);
    name->setData(count, CountRole);
    name->setEditable(false);
    auto *number = new QStandardItem(QLocale().toString(count));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    number->setEditable(false);
    number->setData(QVariant::fromValue(kind), KindRole);
    return QList<QStandardItem *>{name, number};
}

void SidebarModel::clear()
{
    removeRows(0, rowCount());
    m_names.clear();
}

bool SidebarModel::refresh(const NoteModel &notes)
{
    NoteModel::ShelfCounts shelves;
    if (!notes.shelfCounts(&shelves))
        return false;
    NoteTags tags(notes.database());
    const QList<NoteTags::Count> counts = tags.counts();
    if (tags.lastError().isValid())
        return false;

    clear();
    appendRow(row(Kind::Notes, tr("All Notes"), shelves.notes));
    appendRow(row(Kind::Pinned, tr("Pinned"), shelves.pinned));
    // With the other shelves, where a long list of tags does not hide it.
    appendRow(row(Kind::Trash, tr("Trash"), shelves.trashed));
    // Parents sort before their children, so each finds its parent made.
    QHash<QString, QStandardItem *> byName;
    for (const NoteTags::Count &count : counts) {
        const qsizetype slash = count.name.lastIndexOf(QLatin1Char('/'));
        QList<QStandardItem *> items = row(Kind::Tag, count.name.mid(slash + 1), count.notes);
        items.first()->setData(count.id, TagIdRole);
        items.first()->setData(count.name, TagNameRole);
        items.first()->setToolTip(count.name);
        QStandardItem *parent = slash > 0 ? byName.value(NoteTags::folded(count.name.left(slash))) : nullptr;
        if (parent)
            parent->appendRow(items);
        else
            appendRow(items);
        byName.insert(NoteTags::folded(count.name), items.first());
        m_names << count.name;
    }
    return true;
}

QModelIndex SidebarModel::shelf(Kind kind) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex at = index(r, 0);
        if (at.data(KindRole).value<Kind>() == kind)
            return at;
    }
    return {};
}

QModelIndex SidebarModel::tag(const QString &name) const
{
    const QModelIndexList found = match(index(0, 0), TagNameRole, name, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchCaseSensitive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QStandardItemModel::flags(index);
    if (index.data(KindRole).value<Kind>() == Kind::Tag)
        flags |= Qt::ItemIsDropEnabled;
    else
        flags &= ~Qt::ItemIsDropEnabled;
    return flags & ~Qt::ItemIsDragEnabled;
}

QStringList SidebarModel::mimeTypes() const
{
    return {QString::fromLatin1(NoteModel::NoteIdsMimeType)};
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    return data->hasFormat(QString::fromLatin1(NoteModel::NoteIdsMimeType))
        && parent.data(KindRole).value<Kind>() == Kind::Tag;
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    QDataStream stream(data->data(QString::fromLatin1(NoteModel::NoteIdsMimeType)));
    stream >> ids;
    const QModelIndex name = parent.siblingAtColumn(0);
    if (!ids.isEmpty())
        emit notesDropped(ids, name.data(TagNameRole).toString());
    return false; // nothing moves in the sidebar
}
