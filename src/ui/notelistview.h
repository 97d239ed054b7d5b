#pragma once

#include <QListView>

// The note list. With no rows it shows a hint in its place, so an empty
// notebook (or a filter that matches nothing) says what to do next.
class NoteListView final : public QListView
{
    Q_OBJECT

public:
    explicit NoteListView(QWidget *parent = nullptr);

    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};
