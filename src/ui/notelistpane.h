#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class NoteListView;
class QLineEdit;

namespace Ui {
class NoteListPane;
}

// The search box over the list of notes. It asks for a search once typing
// in the box pauses (so fast typing does not wait for a search at each key),
// or at once on Enter.
class NoteListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NoteListPane(QWidget *parent = nullptr);
    ~NoteListPane() override;

    QLineEdit *searchEdit() const;
    NoteListView *list() const;
    QString searchText() const;
    // Empties the search box without asking for a search.
    void clearSearch();

signals:
    void searchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::NoteListPane> m_ui;
    QTimer m_searchTimer;
};
