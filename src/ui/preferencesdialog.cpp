#include "preferencesdialog.h"

#include "notebookbackup.h"
#include "translations.h"
#include "ui_preferencesdialog.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLayout>
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
        fitTexts();
    }
    QDialog::changeEvent(event);
}
