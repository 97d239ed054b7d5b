#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Answers the message boxes a test makes the window show, in order, the way
// a user would: by pressing one of their buttons. Records what each said.
class MessageBoxAnswerer final : public QObject
{
    Q_OBJECT

public:
    struct Seen
    {
        QString text;
        QString informativeText;
        QString detailedText;
        QStringList buttons; // their texts
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton; // what Return presses
    };

    // NoButton as an answer presses Return, as a user who takes the
    // suggested answer does.
    explicit MessageBoxAnswerer(QList<QMessageBox::StandardButton> answers);

    // The boxes answered so far.
    QList<Seen> seen() const { return m_seen; }
    bool allAnswered() const { return m_answers.isEmpty(); }

private:
    void poll();

    QList<QMessageBox::StandardButton> m_answers;
    QList<Seen> m_seen;
    QTimer m_timer;
};
