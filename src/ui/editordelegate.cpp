#include "editordelegate.h"

#include <QKeyEvent>
#include <QMetaProperty>

void EditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QMetaProperty property = editor->metaObject()->userProperty();
    const QVariant shown = property.read(editor);
    const QVariant value = index.data(Qt::EditRole);
    // A null value (a new note's empty text) and "" are the same to a reader.
    if (shown == value || (value.isNull() && shown.toString().isEmpty()))
        return;
    QItemDelegate::setEditorData(editor, index);
}

void EditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (editor->property("readOnly").toBool() || !index.data(Qt::EditRole).isValid())
        return;
    QItemDelegate::setModelData(editor, model, index);
}

bool EditorDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
        return false; // the editor's own, which keeps its text
    return QItemDelegate::eventFilter(object, event);
}
