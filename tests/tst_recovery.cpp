#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "testsupport.h"
#include "translations.h"
#include "unsavedjournal.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace TestSupport;

// Unsaved edits survive the window that made them being killed.
class TestRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void killedWindowsEditsAreRecovered();
    void discardedJournalIsGone();
    void runningWindowsJournalIsNotOffered();

private:
    // A notebook with one saved note, then a window on it that is killed
    // with two edits pending.
    void killWindowWithPendingEdits();
    QStringList journals() const;
    QStringList attachmentFolders() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestRecovery::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SIGKILL");
#endif
    useTestAppData();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QString());
}

void TestRecovery::init()
{
    clearTestAppData();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QVERIFY(createNotebookAtVersion(m_path, Notebook::latestSchemaVersion(), {QStringLiteral("Saved")}));
}

void TestRecovery::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

QStringList TestRecovery::journals() const
{
    return QDir(UnsavedJournal::folder()).entryList({QStringLiteral("*.json")});
}

void TestRecovery::killWindowWithPendingEdits()
{
    const QByteArray before = fileHash(m_path);
    QProcess child;
    child.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }());
    child.start(QStringLiteral(EDITCHILD_BINARY), {m_path});
    QVERIFY(child.waitForStarted());
    while (!child.canReadLine())
        QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
    QCOMPARE(child.readLine().trimmed(), QByteArray("journaled"));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    // The committed notes were never touched.
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(journals().size(), 1);
    QCOMPARE(attachmentFolders().size(), 1);
}

QStringList TestRecovery::attachmentFolders() const
{
    return QDir(UnsavedJournal::folder()).entryList({QStringLiteral("*.attachments")}, QDir::Dirs);
}

void TestRecovery::killedWindowsEditsAreRecovered()
{
    killWindowWithPendingEdits();
    MainWindow window;
    MessageBoxAnswerer answerer({QMessageBox::Yes});
    QVERIFY(window.openNotebook(m_path));
    QVERIFY(answerer.allAnswered());
    QVERIFY2(answerer.seen().first().text.startsWith(QLatin1String("Recover 2 unsaved changes from")),
             qPrintable(answerer.seen().first().text));

    // Pending again, not saved.
    QCOMPARE(window.model()->pendingChangeCount(), 2);
    QVERIFY(window.isWindowModified());
    QCOMPARE(titlesOnDisk(m_path), QStringList{QStringLiteral("Saved")});
    const int saved = window.model()->rowForId(1);
    QCOMPARE(window.model()->index(saved, window.model()->contentColumn()).data().toString(),
             QStringLiteral("Content of Saved plus words not yet saved"));
    const int rescued = 0;
    QCOMPARE(window.model()->index(rescued, window.model()->titleColumn()).data().toString(),
             QStringLiteral("Rescued"));
    const QString text = window.model()->index(rescued, window.model()->contentColumn()).data().toString();
    QVERIFY2(text.startsWith(QLatin1String("Typed just before the crash\n![Pasted image ")), qPrintable(text));

    // The old journal is gone; this window's own journal holds the changes
    // until Save clears it.
    QTRY_COMPARE(journals().size(), 1);
    QVERIFY(window.save());
    QCOMPARE(titlesOnDisk(m_path), (QStringList{QStringLiteral("Rescued"), QStringLiteral("Saved")}));
    QCOMPARE(journals(), QStringList());
    // The picture pasted before the crash is in the notebook now.
    QSqlDatabase db = rawConnection(m_path);
    const QImage picture = QImage::fromData(scalar(db, QStringLiteral("SELECT data FROM attachment")).toByteArray());
    closeConnection(db);
    QCOMPARE(picture.size(), QSize(64, 32));
    QCOMPARE(picture.pixelColor(10, 10), QColor(Qt::darkGreen));
    QCOMPARE(attachmentFolders(), QStringList());
}

void TestRecovery::discardedJournalIsGone()
{
    killWindowWithPendingEdits();
    {
        MainWindow window;
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        QVERIFY(window.openNotebook(m_path));
        QVERIFY(answerer.allAnswered());
        QVERIFY(!window.model()->hasPendingChanges());
    }
    QCOMPARE(journals(), QStringList());
    QCOMPARE(attachmentFolders(), QStringList()); // the picture went with them
    MainWindow again;
    MessageBoxAnswerer none({QMessageBox::Yes});
    QVERIFY(again.openNotebook(m_path));
    QTest::qWait(50);
    QVERIFY(none.seen().isEmpty());
}

void TestRecovery::runningWindowsJournalIsNotOffered()
{
    MainWindow first;
    QVERIFY(first.openNotebook(m_path));
    auto *content = first.findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"));
    QTest::keyClicks(content, QStringLiteral("still typing "));
    QTRY_COMPARE(journals().size(), 1); // written once editing pauses

    // A second window on the same notebook: the first one is alive, so its
    // journal is not a crash's.
    MainWindow second;
    {
        MessageBoxAnswerer none({QMessageBox::Yes});
        QVERIFY(second.openNotebook(m_path));
        QTest::qWait(50);
        QVERIFY(none.seen().isEmpty());
    }
    QVERIFY(!second.model()->hasPendingChanges());

    // Revert clears the first window's journal.
    QVERIFY(first.model()->hasPendingChanges());
    MessageBoxAnswerer discard({QMessageBox::Discard});
    first.revert();
    QVERIFY(discard.allAnswered());
    QCOMPARE(journals(), QStringList());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
