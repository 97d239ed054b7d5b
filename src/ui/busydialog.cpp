#include "busydialog.h"

#include <QApplication>
#include <QProgressDialog>

namespace {

int delay = 400;

} // namespace

BusyDialog::BusyDialog(QWidget *parent, const QString &text)
    : m_parent(parent)
    , m_text(text)
{
    m_started.start();
}

BusyDialog::~BusyDialog() = default;

void BusyDialog::setDelay(int milliseconds)
{
    delay = milliseconds;
}

void BusyDialog::tick()
{
    if (!m_dialog) {
        if (m_started.elapsed() < delay)
            return;
        m_dialog = std::make_unique<QProgressDialog>(m_text, QString(), 0, 0, m_parent);
        m_dialog->setWindowTitle(QApplication::applicationDisplayName());
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setCancelButton(nullptr); // the work is one transaction: it finishes or rolls back
        m_dialog->setMinimumDuration(0);
        m_dialog->show();
    }
    // Paint and animate, but leave the user's clicks and keys for later:
    // nothing may act on the window while the work runs. Often enough to
    // look alive, rarely enough not to slow the work.
    if (m_painted.isValid() && m_painted.elapsed() < 30)
        return;
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_painted.start();
}
