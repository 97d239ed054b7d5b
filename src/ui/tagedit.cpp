#include "tagedit.h"

#include "notetags.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

TagEdit::TagEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_known(new QStringListModel(this))
{
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // "acme" finds work/clients/acme
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        complete();
        emit tagsEdited();
    });
}

QString TagEdit::tags() const
{
    return NoteTags::toText(text().split(QLatin1Char(',')));
}

void TagEdit::setTags(const QString &tags)
{
    // What is shown stays as typed while it means the same tags.
    if (NoteTags::toText(text().split(QLatin1Char(','))) == NoteTags::toText(NoteTags::fromText(tags)))
        return;
    setText(NoteTags::fromText(tags).join(QStringLiteral(", ")));
}

void TagEdit::setKnownTags(const QStringList &names)
{
    m_known->setStringList(names);
}

qsizetype TagEdit::currentStart() const
{
    return text().left(cursorPosition()).lastIndexOf(QLatin1Char(',')) + 1;
}

void TagEdit::complete()
{
    const qsizetype start = currentStart();
    const QString typed = text().mid(start, cursorPosition() - start).trimmed();
    if (typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString &name)
{
    const qsizetype start = currentStart();
    qsizetype end = text().indexOf(QLatin1Char(','), cursorPosition());
    if (end < 0)
        end = text().size();
    const QString before = text().left(start);
    const QString after = text().mid(end);
    const QString inserted = (start > 0 ? QStringLiteral(" ") : QString()) + name;
    setText(before + inserted + after);
    setCursorPosition(int(before.size() + inserted.size()));
    m_completer->popup()->hide();
    emit tagsEdited();
}

void TagEdit::keyPressEvent(QKeyEvent *event)
{
    // While the list of tags is open, these keys are its own.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}
