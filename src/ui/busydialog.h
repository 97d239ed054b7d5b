#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

// Tells the user to wait while long work runs in the window's thread (the
// backup and upgrade of a large notebook at open). Nothing shows for work
// that takes only a moment; after that, a modal dialog with a busy bar and
// text, kept painted by each call of tick(). User input waits meanwhile.
class BusyDialog final
{
public:
    BusyDialog(QWidget *parent, const QString &text);
    ~BusyDialog();
    Q_DISABLE_COPY_MOVE(BusyDialog)

    void tick();

    // How long work may run before the dialog shows, in milliseconds.
    static void setDelay(int milliseconds);

private:
    QPointer<QWidget> m_parent;
    QString m_text;
    QElapsedTimer m_started;
    QElapsedTimer m_painted;
    std::unique_ptr<QProgressDialog> m_dialog;
};
