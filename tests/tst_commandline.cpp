#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The command line, run as a user runs it.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void teamNotebookAddressIsNotAFile();

private:
    QString run(const QStringList &arguments);
};

QString TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COMMONPLACE_BINARY), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

void TestCommandLine::version()
{
    const QString output = run({QStringLiteral("--version")});
    QVERIFY2(output.startsWith(QStringLiteral("Commonplace " COMMONPLACE_VERSION)), qPrintable(output));
}

void TestCommandLine::help()
{
    const QString output = run({QStringLiteral("--help")});
    QVERIFY2(output.contains(QLatin1String("[notebook]")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("--version")));
}

// A server address on the command line is a notebook location, not a file
// name in the current folder: it is answered with what the window says of
// team notebooks, and nothing is created.
void TestCommandLine::teamNotebookAddressIsNotAFile()
{
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path()); // no settings of the user's touched
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMMONPLACE_BINARY),
                  {QStringLiteral("--smoke-test"), QStringLiteral("postgresql://ann@db.example.org/team")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1); // not opened
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("team on db.example.org")) && said.contains(QLatin1String("PostgreSQL")),
             qPrintable(said));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("postgresql:"))));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
