#include "preferencesdialog.h"

#include "notebookbackup.h"
#include "spellchecker.h"
#include "translations.h"
#include "ui_preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLayout>
#include <QLocale>
#include <QSettings>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    fillLanguages();
    const QFont font = editorFont();
    m_ui->fontCombo->setCurrentFont(font);
    m_ui->sizeSpin->setValue(font.pointSize());
    m_ui->backupsSpin->setValue(backupsToKeep());
    fillTrashDays();
    fillSpelling();

    connect(m_ui->spellingCheck, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("spelling/enabled"), on);
        fillSpelling();
        emit spellingChanged();
    });
    connect(m_ui->spellingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("spelling/language"), m_ui->spellingCombo->itemData(index).toString());
        emit spellingChanged();
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::setLanguage);
    connect(m_ui->fontCombo, &QFontComboBox::currentFontChanged, this, &PreferencesDialog::setEditorFont);
    connect(m_ui->sizeSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::setEditorFont);
    connect(m_ui->backupsSpin, &QSpinBox::valueChanged, this, [](int keep) {
        QSettings().setValue(QStringLiteral("backups/keep"), keep);
    });
    connect(m_ui->trashCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("trash/days"), m_ui->trashCombo->itemData(index).toInt());
    });
}

PreferencesDialog::~PreferencesDialog() = default;

QFont PreferencesDialog::editorFont()
{
    const QSettings settings;
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QString family = settings.value(QStringLiteral("editor/font")).toString();
    if (!family.isEmpty())
        font.setFamily(family);
    const int size = settings.value(QStringLiteral("editor/fontSize")).toInt();
    if (size > 0)
        font.setPointSize(size);
    return font;
}

int PreferencesDialog::backupsToKeep()
{
    return qMax(1, QSettings().value(QStringLiteral("backups/keep"), NotebookBackup::DefaultKeep).toInt());
}

int PreferencesDialog::trashDays()
{
    const int days = QSettings().value(QStringLiteral("trash/days"), DefaultTrashDays).toInt();
    return days < 0 ? 0 : days;
}

void PreferencesDialog::fillTrashDays()
{
    const QSignalBlocker blocker(m_ui->trashCombo);
    m_ui->trashCombo->clear();
    for (const int days : {7, 30, 90})
        m_ui->trashCombo->addItem(tr("in the Trash for more than %n day(s)", nullptr, days), days);
    m_ui->trashCombo->addItem(tr("Never"), 0);
    const int at = m_ui->trashCombo->findData(trashDays());
    m_ui->trashCombo->setCurrentIndex(at >= 0 ? at : 1);
}

bool PreferencesDialog::spellingEnabled()
{
    return QSettings().value(QStringLiteral("spelling/enabled"), true).toBool();
}

QString PreferencesDialog::spellingLanguage()
{
    return QSettings().value(QStringLiteral("spelling/language")).toString();
}

void PreferencesDialog::fillSpelling()
{
    const QSignalBlocker checkBlocker(m_ui->spellingCheck);
    const QSignalBlocker comboBlocker(m_ui->spellingCombo);
    const QStringList installed = SpellChecker::installedLanguages();
    m_ui->spellingCheck->setChecked(spellingEnabled());
    m_ui->spellingCombo->clear();
    const QString automatic = SpellChecker::bestLanguage(QLocale().name());
    m_ui->spellingCombo->addItem(automatic.isEmpty() ? tr("Automatic")
                                                     : tr("Automatic (%1)").arg(QLocale(automatic).nativeLanguageName()),
                                 QString());
    for (const QString &language : installed) {
        const QLocale locale(language);
        const QString name = locale.language() == QLocale::C ? language
                                                              : QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(),
                                                                                              locale.nativeTerritoryName());
        m_ui->spellingCombo->addItem(name, language);
    }
    const int at = m_ui->spellingCombo->findData(spellingLanguage());
    m_ui->spellingCombo->setCurrentIndex(at >= 0 ? at : 0);
    // No dictionary: checking is off, and this says why; never an error.
    m_ui->spellingCombo->setEnabled(spellingEnabled() && !installed.isEmpty());
    m_ui->spellingNote->setVisible(installed.isEmpty());
    m_ui->spellingNote->setText(tr("No spelling dictionary is installed, so spelling is not checked. Install one "
                                   "for your language (on Debian and Ubuntu, a hunspell package such as "
                                   "hunspell-en-us) and open Preferences again."));
}

void PreferencesDialog::fillLanguages()
{
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : Translations::available())
        m_ui->languageCombo->addItem(Translations::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(Translations::preferred()));
}

void PreferencesDialog::setLanguage(int index)
{
    const QString code = m_ui->languageCombo->itemData(index).toString();
    Translations::setPreferred(code);
    Translations::install(code); // every window retranslates itself
}

void PreferencesDialog::setEditorFont()
{
    QFont font = m_ui->fontCombo->currentFont();
    font.setPointSize(m_ui->sizeSpin->value());
    QSettings settings;
    settings.setValue(QStringLiteral("editor/font"), font.family());
    settings.setValue(QStringLiteral("editor/fontSize"), font.pointSize());
    emit editorFontChanged(font);
}

void PreferencesDialog::fitTexts()
{
    // A wrapped label's height depends on its width, which the layout does
    // not reconsider once the dialog is shown: a longer translation would be
    // cut off until the dialog is opened again.
    layout()->invalidate();
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        fillTrashDays();
        fillSpelling();
        fitTexts();
    }
    QDialog::changeEvent(event);
}
