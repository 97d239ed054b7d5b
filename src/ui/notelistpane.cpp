#include "notelistpane.h"

#include "notelistdelegate.h"
#include "ui_notelistpane.h"

#include <QEvent>

NoteListPane::NoteListPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoteListPane>())
{
    m_ui->setupUi(this);
    m_ui->noteList->setItemDelegate(new NoteListDelegate(m_ui->noteList));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120);
    connect(&m_searchTimer, &QTimer::timeout, this, &NoteListPane::searchRequested);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        emit searchRequested();
    });
}

NoteListPane::~NoteListPane() = default;

QLineEdit *NoteListPane::searchEdit() const
{
    return m_ui->searchEdit;
}

NoteListView *NoteListPane::list() const
{
    return m_ui->noteList;
}

QString NoteListPane::searchText() const
{
    return m_ui->searchEdit->text();
}

void NoteListPane::clearSearch()
{
    const QSignalBlocker blocker(m_ui->searchEdit);
    m_ui->searchEdit->clear();
    m_searchTimer.stop();
}

void NoteListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
