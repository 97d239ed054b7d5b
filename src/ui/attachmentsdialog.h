#pragma once

#include "noteattachments.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class AttachmentsDialog;
}

// Note ▸ Attachments…: the files a note's text refers to, with their type
// and size; Open and Save As… are asked for, and done by the window.
class AttachmentsDialog final : public QDialog
{
    Q_OBJECT

public:
    AttachmentsDialog(const QString &title, const QList<NoteAttachments::Attachment> &attachments,
                      QWidget *parent = nullptr);
    ~AttachmentsDialog() override;

    // The attachment chosen in the list; an empty hash if none.
    NoteAttachments::Attachment current() const;

signals:
    void openRequested(const NoteAttachments::Attachment &attachment);
    void saveRequested(const NoteAttachments::Attachment &attachment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateButtons();

    std::unique_ptr<Ui::AttachmentsDialog> m_ui;
    QPushButton *m_open;
    QPushButton *m_save;
    QString m_title;
    QList<NoteAttachments::Attachment> m_attachments;
};
