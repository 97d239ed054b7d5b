#include "openrequests.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTimer>

OpenRequests::OpenRequests(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

OpenRequests::~OpenRequests()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void OpenRequests::add(const QString &path)
{
    m_pending << path;
    // From the event loop, not from inside whatever brought the request.
    QTimer::singleShot(0, this, &OpenRequests::passOn);
}

void OpenRequests::setReady()
{
    m_ready = true;
    QTimer::singleShot(0, this, &OpenRequests::passOn);
}

void OpenRequests::passOn()
{
    if (!m_ready || m_pending.isEmpty())
        return;
    // Not while a dialog is open (the question about unsaved changes, say):
    // opening a notebook then would pull the notebook from under it.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, this, &OpenRequests::passOn);
        return;
    }
    emit openRequested(m_pending.takeFirst());
    QTimer::singleShot(0, this, &OpenRequests::passOn);
}

bool OpenRequests::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::FileOpen) {
        const auto *open = static_cast<QFileOpenEvent *>(event);
        add(open->url().isLocalFile() ? open->url().toLocalFile() : open->file());
        return true;
    }
    return QObject::eventFilter(watched, event);
}
