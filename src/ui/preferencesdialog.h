#pragma once

#include <QDialog>
#include <QFont>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit ▸ Preferences: language, editor font and size, and how many daily
// backups to keep. Each change is stored (QSettings) and applied at once;
// there is nothing to confirm.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What is stored, or the defaults. (The language: Translations::preferred().)
    static QFont editorFont();
    static int backupsToKeep();
    // After how many days notes in the Trash are removed at open; 0: never.
    static int trashDays();
    static constexpr int DefaultTrashDays = 30;
    // Spell checking: on unless turned off; the dictionary's language, or
    // empty for the best one for the app's language.
    static bool spellingEnabled();
    static QString spellingLanguage();

signals:
    void editorFontChanged(const QFont &font);
    void spellingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void fillTrashDays();
    void fillSpelling();
    void setLanguage(int index);
    void setEditorFont();
    // Grows the dialog to show every text whole, after a retranslation.
    void fitTexts();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
