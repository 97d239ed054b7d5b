#pragma once

#include <QItemDelegate>

// The delegate between QDataWidgetMapper and the note editor. The editor's
// text is written to the model while the user types; when the model then
// reports the change back, an editor that already shows that value is left
// alone, so the cursor, selection and undo history stay where they were.
class EditorDelegate final : public QItemDelegate
{
    Q_OBJECT

public:
    using QItemDelegate::QItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // Nothing is written over a value the model could not read (the editor
    // shows nothing then), nor from a read-only editor, which holds nothing
    // the user wrote.
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    // An item delegate takes Escape to mean "throw this edit away and show
    // the model's value again". Here the editors are the note itself, and
    // the model lags behind what was typed, so Escape must drop nothing.
    bool eventFilter(QObject *object, QEvent *event) override;
};
