#include <QProcess>
#include <QTest>

// The command line, run as a user runs it.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
