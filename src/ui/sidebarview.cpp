#include "sidebarview.h"

#include "notetags.h"
#include "sidebarmodel.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace {

QString expandedKey(const QString &notebook)
{
    return QStringLiteral("notebooks/%1/expandedTags").arg(notebook);
}

} // namespace

SidebarView::SidebarView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new SidebarModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setAccessibleName(tr("Shelves and tags"));
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_refreshing)
            emit shelfChanged();
    });
    connect(m_model, &SidebarModel::notesDropped, this, &SidebarView::notesDropped);
    connect(this, &QTreeView::expanded, this, &SidebarView::writeExpanded);
    connect(this, &QTreeView::collapsed, this, &SidebarView::writeExpanded);
}

void SidebarView::setNotes(NoteModel *notes, const QString &key)
{
    m_notes = notes;
    m_key = key;
    m_refreshing = true;
    m_model->clear();
    m_renames.clear();
    m_refreshing = false;
    if (!notes)
        return;
    refresh();
    m_refreshing = true;
    for (const QString &name : QSettings().value(expandedKey(key)).toStringList()) {
        const QModelIndex tag = m_model->tag(name);
        if (tag.isValid())
            expand(tag);
    }
    m_refreshing = false;
    showAllNotes();
}

void SidebarView::refresh()
{
    if (!m_notes)
        return;
    const QStringList expanded = expandedTags();
    const QList<qint64> tagsBefore = selectedTags();
    QStringList selectedNames;
    QList<SidebarModel::Kind> selectedShelves;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const auto kind = index.data(SidebarModel::KindRole).value<SidebarModel::Kind>();
        if (kind == SidebarModel::Kind::Tag)
            selectedNames << index.data(SidebarModel::TagNameRole).toString();
        else
            selectedShelves << kind;
    }
    const QModelIndex current = currentIndex();
    const QString currentName = current.data(SidebarModel::TagNameRole).toString();
    const auto currentKind = current.data(SidebarModel::KindRole).value<SidebarModel::Kind>();

    m_refreshing = true;
    if (!m_model->refresh(*m_notes)) {
        m_refreshing = false;
        return; // the counts stay as they were
    }
    for (const QString &name : expanded) {
        const QModelIndex tag = tagOrRenamed(name);
        if (tag.isValid())
            expand(tag);
    }
    QItemSelection selection;
    const auto select = [&selection](const QModelIndex &index) {
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(1));
    };
    for (const SidebarModel::Kind kind : selectedShelves)
        select(m_model->shelf(kind));
    for (const QString &name : selectedNames)
        select(tagOrRenamed(name));
    const QModelIndex newCurrent = current.isValid()
        ? (currentKind == SidebarModel::Kind::Tag ? tagOrRenamed(currentName) : m_model->shelf(currentKind))
        : QModelIndex();
    selectionModel()->setCurrentIndex(newCurrent, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_refreshing = false;
    if (expanded != expandedTags())
        writeExpanded(); // under the new names
    // A tag that is gone (its last note untagged) is no longer selected; a
    // renamed one is another tag.
    if (selection.indexes().size() / 2 != selectedShelves.size() + selectedNames.size()
        || selectedTags() != tagsBefore)
        emit shelfChanged();
}

QModelIndex SidebarView::tagOrRenamed(const QString &name) const
{
    const QModelIndex tag = m_model->tag(name);
    if (tag.isValid())
        return tag; // not renamed yet, or reverted
    QString renamed = name;
    for (const auto &[from, to] : m_renames) {
        const QStringList result = NoteTags::renamed({renamed}, from, to);
        renamed = result.isEmpty() ? QString() : result.constFirst();
    }
    return renamed.isEmpty() ? QModelIndex() : m_model->tag(renamed);
}

void SidebarView::setEditable(bool editable)
{
    m_editable = editable;
}

void SidebarView::followRename(const QString &from, const QString &to)
{
    m_renames.append({from, to});
}

void SidebarView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid()
        || index.data(SidebarModel::KindRole).value<SidebarModel::Kind>() != SidebarModel::Kind::Tag)
        return;
    const QModelIndex name = index.siblingAtColumn(0);
    const QString tag = name.data(SidebarModel::TagNameRole).toString();
    const int notes = name.data(SidebarModel::CountRole).toInt();
    QMenu menu(this);
    menu.setAccessibleName(tr("Tag"));
    QAction *rename = menu.addAction(tr("&Rename Tag…"));
    QAction *remove = menu.addAction(tr("&Delete Tag…"));
    rename->setEnabled(m_editable);
    remove->setEnabled(rename->isEnabled());
    const QAction *chosen = menu.exec(event->globalPos());
    if (chosen == rename)
        emit renameTagRequested(tag);
    else if (chosen == remove)
        emit deleteTagRequested(tag, notes);
}

QStringList SidebarView::tagNames() const
{
    return m_model->tagNames();
}

NoteModel::Shelf SidebarView::shelf() const
{
    bool pinned = false;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        switch (index.data(SidebarModel::KindRole).value<SidebarModel::Kind>()) {
        case SidebarModel::Kind::Trash:
            return NoteModel::Shelf::Trash;
        case SidebarModel::Kind::Pinned:
            pinned = true;
            break;
        default:
            break;
        }
    }
    return pinned ? NoteModel::Shelf::Pinned : NoteModel::Shelf::Notes;
}

QList<qint64> SidebarView::selectedTags() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        if (index.data(SidebarModel::KindRole).value<SidebarModel::Kind>() == SidebarModel::Kind::Tag)
            ids << index.data(SidebarModel::TagIdRole).toLongLong();
    }
    return ids;
}

void SidebarView::showAllNotes()
{
    const QModelIndex all = m_model->shelf(SidebarModel::Kind::Notes);
    if (!all.isValid())
        return;
    selectionModel()->setCurrentIndex(all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SidebarView::showTrash()
{
    const QModelIndex trash = m_model->shelf(SidebarModel::Kind::Trash);
    if (trash.isValid())
        selectionModel()->setCurrentIndex(trash, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList SidebarView::expandedTags() const
{
    QStringList names;
    const QModelIndexList tags = m_model->match(m_model->index(0, 0), SidebarModel::KindRole,
                                                QVariant::fromValue(SidebarModel::Kind::Tag), -1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &tag : tags) {
        if (tag.column() == 0 && isExpanded(tag))
            names << tag.data(SidebarModel::TagNameRole).toString();
    }
    return names;
}

void SidebarView::writeExpanded() const
{
    if (!m_refreshing && !m_key.isEmpty())
        QSettings().setValue(expandedKey(m_key), expandedTags());
}

void SidebarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the shelves' names
    QTreeView::changeEvent(event);
}
