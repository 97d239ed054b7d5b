#include "historydialog.h"

#include "textdiff.h"
#include "ui_historydialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>

HistoryDialog::HistoryDialog(const QString &title, const QString &text,
                             const QList<NoteHistory::Revision> &revisions,
                             std::function<QString(qint64)> textOf, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_title(title)
    , m_text(text)
    , m_revisions(revisions)
    , m_textOf(std::move(textOf))
{
    m_ui->setupUi(this);
    m_ui->splitter->setSizes({240, 560});
    m_ui->layout->setStretch(0, 1); // the versions and their differences get the room
    m_restore = m_ui->buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setAccessibleName(tr("Restore this version"));
    m_restore->setDefault(true);
    setWindowTitle(tr("History of “%1”").arg(title));
    fillVersions();
    m_ui->versionList->setCurrentRow(0);
    connect(m_ui->versionList, &QListWidget::currentRowChanged, this, &HistoryDialog::showVersion);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!m_chosenText.isNull() && m_restore->isVisible())
            accept();
    });
    showVersion(0);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::setRestorable(bool restorable)
{
    m_restore->setVisible(restorable);
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(!restorable);
}

NoteHistory::Revision HistoryDialog::chosen() const
{
    const int row = m_ui->versionList->currentRow();
    return row >= 0 && row < m_revisions.size() ? m_revisions.at(row) : NoteHistory::Revision();
}

void HistoryDialog::fillVersions()
{
    const int current = m_ui->versionList->currentRow();
    // Only the words change: the version shown stays.
    const QSignalBlocker blocker(m_ui->versionList);
    m_ui->versionList->clear();
    const QLocale locale;
    for (const NoteHistory::Revision &revision : std::as_const(m_revisions)) {
        m_ui->versionList->addItem(tr("%1 — %2")
                                       .arg(locale.toString(revision.savedAt.toLocalTime(), QLocale::ShortFormat),
                                            locale.formattedDataSize(revision.size)));
    }
    if (current >= 0)
        m_ui->versionList->setCurrentRow(current);
}

void HistoryDialog::showVersion(int row)
{
    m_ui->comparison->clear();
    m_chosenText = QString();
    m_restore->setEnabled(false);
    if (row < 0 || row >= m_revisions.size())
        return;
    const NoteHistory::Revision &revision = m_revisions.at(row);
    m_chosenText = m_textOf(revision.id);
    if (m_chosenText.isNull()) {
        m_ui->comparison->setPlainText(tr("This version could not be read."));
        return;
    }
    m_restore->setEnabled(true);

    // Tints that show on light and dark backgrounds alike, with a mark
    // that needs no colour to be seen.
    QTextCharFormat plain;
    QTextCharFormat removed;
    removed.setFontStrikeOut(true);
    removed.setBackground(QColor(220, 40, 40, 70));
    QTextCharFormat added;
    added.setFontUnderline(true);
    added.setBackground(QColor(40, 170, 60, 70));
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);

    QTextCursor cursor(m_ui->comparison->document());
    const auto insert = [&cursor, &removed, &added](const QList<TextDiff::Segment> &segments,
                                                   const QTextCharFormat &base) {
        for (const TextDiff::Segment &segment : segments) {
            QTextCharFormat format = base;
            if (segment.kind == TextDiff::Segment::Removed)
                format.merge(removed);
            else if (segment.kind == TextDiff::Segment::Added)
                format.merge(added);
            cursor.insertText(segment.text, format);
        }
    };
    insert(TextDiff::words(revision.title, m_title), heading);
    cursor.insertBlock();
    cursor.insertBlock();
    insert(TextDiff::words(m_chosenText, m_text), plain);
    m_ui->comparison->moveCursor(QTextCursor::Start);
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_restore->setText(tr("&Restore This Version"));
        setWindowTitle(tr("History of “%1”").arg(m_title));
        fillVersions();
    }
    QDialog::changeEvent(event);
}
