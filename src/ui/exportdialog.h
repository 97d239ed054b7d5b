#pragma once

#include "noteexport.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

// File ▸ Export…: which notes to write out — every note, those the list
// shows now (a tag's, a search's), or the note shown — and how (Markdown,
// HTML, PDF), before the folder or file is chosen.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Which { All, Listed, Current };

    // How many notes the list shows, and the title of the note shown
    // (empty: none, or not saved yet).
    ExportDialog(int listed, const QString &current, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Which which() const;
    NoteExport::Format format() const;

private:
    void showFormat();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPushButton *m_export;
};
