#pragma once

#include "notehistory.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class HistoryDialog;
}

// Note ▸ History…: the saved versions of one note, newest first, each
// compared word by word with the note's text now; Restore This Version
// closes the dialog with that version chosen.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    // textOf reads a version's text (a null QString if it cannot).
    HistoryDialog(const QString &title, const QString &text, const QList<NoteHistory::Revision> &revisions,
                  std::function<QString(qint64)> textOf, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // Whether Restore This Version is offered (not for a note that cannot
    // be edited).
    void setRestorable(bool restorable);

    // After Restore: the version chosen, with its text.
    NoteHistory::Revision chosen() const;
    QString chosenText() const { return m_chosenText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillVersions();
    void showVersion(int row);

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QPushButton *m_restore;
    QString m_title;
    QString m_text;
    QList<NoteHistory::Revision> m_revisions;
    std::function<QString(qint64)> m_textOf;
    QString m_chosenText;
};
