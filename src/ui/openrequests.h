#pragma once

#include <QObject>
#include <QStringList>

// Notebooks to open that come from outside the window: handed over by a
// second instance, or sent by the system as a QFileOpenEvent (Finder on
// macOS). They wait until the window is ready for them, then come out of
// openRequested() one by one, in order.
class OpenRequests final : public QObject
{
    Q_OBJECT

public:
    // Watches the application for QFileOpenEvent.
    explicit OpenRequests(QObject *parent = nullptr);
    ~OpenRequests() override;

    void add(const QString &path);
    // From now on, requests are passed on.
    void setReady();

signals:
    void openRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void passOn();

    QStringList m_pending;
    bool m_ready = false;
};
