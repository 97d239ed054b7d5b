#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// One Commonplace per user session, tested on the real program: a second
// start hands its notebook to the first and exits, and a socket left by a
// crashed instance does not stop the next one.
class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondStartHandsOverItsNotebook();
    void crashedInstanceIsReplaced();
    void teamNotebookAddressIsHandedOverWhole();

private:
    // Starts the program on path; its log (stderr) is collected.
    std::unique_ptr<QProcess> start(const QString &path);
    // Waits until the process has logged that it opened path.
    bool waitUntilOpened(QProcess &process, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QProcess *, QByteArray> m_logs;
    std::vector<std::unique_ptr<QProcess>> m_running;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestSingleInstance::cleanup()
{
    for (auto &process : m_running) {
        process->kill();
        process->waitForFinished();
    }
    m_running.clear();
    m_logs.clear();
    m_dir.reset();
}

std::unique_ptr<QProcess> TestSingleInstance::start(const QString &path)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("commonplace.*.info=true"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process->setProcessEnvironment(env);
    QProcess *raw = process.get();
    connect(raw, &QProcess::readyReadStandardError, this, [this, raw] { m_logs[raw] += raw->readAllStandardError(); });
    process->start(QStringLiteral(COMMONPLACE_BINARY), {path});
    return process;
}

bool TestSingleInstance::waitUntilOpened(QProcess &process, const QString &path)
{
    const QByteArray opened = "Opened \"" + path.toUtf8() + '"';
    QDeadlineTimer deadline(15000);
    while (!m_logs.value(&process).contains(opened)) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void TestSingleInstance::secondStartHandsOverItsNotebook()
{
    const QString first = m_dir->filePath(QStringLiteral("first.cpbook"));
    const QString second = m_dir->filePath(QStringLiteral("second.cpbook"));
    m_running.push_back(start(first));
    QProcess &running = *m_running.back();
    QVERIFY2(waitUntilOpened(running, first), m_logs.value(&running).constData());

    auto later = start(second);
    QVERIFY(later->waitForFinished(10000));
    QCOMPARE(later->exitStatus(), QProcess::NormalExit);
    QCOMPARE(later->exitCode(), 0);
    // The first window opened it (and created it, as a start would have).
    QVERIFY2(waitUntilOpened(running, second), m_logs.value(&running).constData());
    QVERIFY(QFile::exists(second));
    QCOMPARE(running.state(), QProcess::Running);
}

void TestSingleInstance::crashedInstanceIsReplaced()
{
    const QString first = m_dir->filePath(QStringLiteral("first.cpbook"));
    const QString second = m_dir->filePath(QStringLiteral("second.cpbook"));
    const QString third = m_dir->filePath(QStringLiteral("third.cpbook"));
    auto crashed = start(first);
    QVERIFY2(waitUntilOpened(*crashed, first), m_logs.value(crashed.get()).constData());
    crashed->kill(); // SIGKILL: its lock and socket stay behind
    QVERIFY(crashed->waitForFinished());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("runtime"))).isEmpty());

    // The next start takes over instead of handing its notebook to no one.
    m_running.push_back(start(second));
    QProcess &running = *m_running.back();
    QVERIFY2(waitUntilOpened(running, second), m_logs.value(&running).constData());
    QCOMPARE(running.state(), QProcess::Running);

    auto later = start(third);
    QVERIFY(later->waitForFinished(10000));
    QCOMPARE(later->exitCode(), 0);
    QVERIFY2(waitUntilOpened(running, third), m_logs.value(&running).constData());
}

// A server address given to a second start reaches the running window as
// it was typed (not as a file path), which tries the server, says why it
// cannot open it (no server there) and keeps its notebook.
void TestSingleInstance::teamNotebookAddressIsHandedOverWhole()
{
    const QString first = m_dir->filePath(QStringLiteral("first.cpbook"));
    const QString server = QStringLiteral("postgresql://ann@127.0.0.1:1/team");
    m_running.push_back(start(first));
    QProcess &running = *m_running.back();
    QVERIFY2(waitUntilOpened(running, first), m_logs.value(&running).constData());

    auto later = start(server);
    QVERIFY(later->waitForFinished(10000));
    QCOMPARE(later->exitCode(), 0);
    const QByteArray said = QStringLiteral("“team on 127.0.0.1” cannot be opened: no PostgreSQL server answers").toUtf8();
    QTRY_VERIFY2(m_logs.value(&running).contains(said),
                 m_logs.value(&running).constData());
    QCOMPARE(running.state(), QProcess::Running);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("postgresql:"))));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
