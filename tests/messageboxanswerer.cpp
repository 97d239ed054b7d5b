#include "messageboxanswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTest>

MessageBoxAnswerer::MessageBoxAnswerer(QList<QMessageBox::StandardButton> answers)
    : m_answers(std::move(answers))
{
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswerer::poll);
    m_timer.start();
}

void MessageBoxAnswerer::poll()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || !box->isVisible() || m_answers.isEmpty())
        return;
    QStringList buttons;
    for (const QAbstractButton *button : box->buttons())
        buttons << button->text();
    m_seen.append({box->text(), box->informativeText(), box->detailedText(), buttons,
                   box->standardButton(box->defaultButton())});
    const QMessageBox::StandardButton answer = m_answers.takeFirst();
    if (answer == QMessageBox::NoButton) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && box->isAncestorOf(focus) ? focus : box, Qt::Key_Return);
        if (box->isVisible())
            box->reject(); // Return did nothing
    } else if (QAbstractButton *button = box->button(answer); button && button->isEnabled())
        button->click();
    else
        box->reject(); // the answer the test wanted was not offered
    if (m_answers.isEmpty())
        m_timer.stop();
}
