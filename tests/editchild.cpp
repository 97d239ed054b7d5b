// A Commonplace window that edits a notebook and then waits to be killed:
// tst_recovery kills it with SIGKILL while its edits are pending.
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

#include "unsavedjournal.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestSupport::useTestAppData();
    if (argc < 2)
        return 2;

    MainWindow window;
    window.show();
    if (!window.openNotebook(QString::fromLocal8Bit(argv[1])))
        return 1;
    auto *content = window.findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"));
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    // An edit to the first note...
    content->setFocus();
    QTest::keyClick(content, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(content, QStringLiteral(" plus words not yet saved"));
    // ...and a new note.
    window.findChild<QAction *>(QStringLiteral("actionNewNote"))->trigger();
    QTest::keyClicks(title, QStringLiteral("Rescued"));
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral("Typed just before the crash"));
    // ...with a picture pasted into it.
    QImage picture(64, 32, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    auto *data = new QMimeData;
    data->setImageData(picture);
    QApplication::clipboard()->setMimeData(data);
    QTest::keyClick(content, Qt::Key_Return);
    QTest::keyClick(content, Qt::Key_V, Qt::ControlModifier);

    // Idle: the journal is written; say so, and wait for the end.
    const QString folder = UnsavedJournal::folder();
    for (int i = 0; i < 100; ++i) {
        QTest::qWait(100);
        const QStringList journals = QDir(folder).entryList({QStringLiteral("*.json")});
        for (const QString &name : journals) {
            QFile file(QDir(folder).filePath(name));
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains("](attachment:")) {
                std::printf("journaled\n");
                std::fflush(stdout);
                return QApplication::exec();
            }
        }
    }
    return 3;
}
