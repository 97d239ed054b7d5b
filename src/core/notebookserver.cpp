#include "notebookserver.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("commonplace-server-%1").arg(++counter);
}

// A value in libpq's connection string: quoted, its quotes and backslashes
// escaped (QPSQL passes the options on as they are).
QString quotedOption(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

} // namespace

NotebookServer::NotebookServer(const NotebookLocation &location)
    : Notebook(location)
{
}

NotebookServer::~NotebookServer()
{
    close();
}

Notebook::Error NotebookServer::errorOf(const QString &message)
{
    // libpq's words (and the server's, for FATAL), in English: elsewhere
    // the failure is worded generally, with what libpq said as the detail.
    const auto says = [&message](const char *words) { return message.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (says("no password supplied") || says("password is required"))
        return Error::PasswordNeeded;
    if (says("password authentication failed") || says("authentication failed for user"))
        return Error::PasswordRefused;
    if (says("certificate") || says("SSL") || says("GSSAPI encryption"))
        return Error::CertificateRefused;
    if (says("database \"") && says("does not exist"))
        return Error::DatabaseMissing;
    if (says("Connection refused") || says("could not translate host name") || says("No such file or directory")
        || says("timeout expired") || says("No route to host") || says("Network is unreachable"))
        return Error::ServerUnreachable;
    return Error::CannotConnect;
}

bool NotebookServer::connectionFailed(const QString &message)
{
    const QUrl url = m_location.serverUrl();
    const QString where = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString name = displayName();
    switch (errorOf(message)) {
    case Error::PasswordNeeded:
        return fail(Error::PasswordNeeded,
                    tr("“%1” cannot be opened without a password: the server %2 asks for the password of “%3”.")
                        .arg(name, where, url.userName()),
                    message);
    case Error::PasswordRefused:
        return fail(Error::PasswordRefused,
                    tr("“%1” cannot be opened: the server %2 refused the user name “%3” or its password. Check both "
                       "and try again.")
                        .arg(name, where, url.userName()),
                    message);
    case Error::CertificateRefused:
        return fail(Error::CertificateRefused,
                    tr("“%1” was not opened: the server %2 could not be checked as the location asks (its certificate "
                       "is not trusted, is not for that name, or it offers no encrypted connection). Check the "
                       "certificate authority file and the server's name.")
                        .arg(name, where),
                    message);
    case Error::DatabaseMissing:
        return fail(Error::DatabaseMissing,
                    tr("“%1” cannot be opened: the server %2 has no database “%3”. Check the name, or ask the "
                       "server's administrator to create it.")
                        .arg(name, where, url.path().mid(1)),
                    message);
    case Error::ServerUnreachable:
        return fail(Error::ServerUnreachable,
                    tr("“%1” cannot be opened: no PostgreSQL server answers at %2. Check the name and the port, and "
                       "that the server is running and can be reached from this computer.")
                        .arg(name, where),
                    message);
    default:
        return fail(Error::CannotConnect, tr("“%1” cannot be opened: the server %2 did not accept the connection.")
                                              .arg(name, where),
                    message);
    }
}

bool NotebookServer::open(Access access)
{
    Q_UNUSED(access)
    close();
    reset(m_location);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::DriverMissing,
                    tr("Commonplace cannot open team notebooks because Qt's PostgreSQL driver is not installed "
                       "(on Debian and Ubuntu, the package libqt6sql6-psql)."));

    QString message;
    if (!connectToServer(&message)) {
        close();
        return connectionFailed(message);
    }
    const QUrl url = m_location.serverUrl();
    int serverVersion = 0;
    {
        QSqlQuery version(database());
        if (!version.exec(QStringLiteral("SELECT current_setting('server_version_num')::integer")) || !version.next())
            message = version.lastError().text();
        else
            serverVersion = version.value(0).toInt();
    }
    if (serverVersion == 0) {
        close();
        return fail(Error::CannotConnect, tr("“%1” cannot be opened: the server %2 did not answer as PostgreSQL does.")
                                              .arg(displayName(), url.host()),
                    message);
    }
    if (serverVersion < MinimumServerVersion) {
        close();
        return fail(Error::ServerTooOld,
                    tr("“%1” cannot be opened: the server %2 runs PostgreSQL %3, and team notebooks need "
                       "PostgreSQL 12 or newer.")
                        .arg(displayName(), url.host())
                        .arg(serverVersion / 10000),
                    QString::number(serverVersion));
    }
    // Connected: the notebook's tables on a server are not made yet.
    close();
    return fail(Error::Unsupported,
                tr("“%1” is a team notebook on a PostgreSQL server. Commonplace reached the server, but this "
                   "version cannot open team notebooks yet.")
                    .arg(displayName()));
}

bool NotebookServer::connectToServer(QString *message)
{
    const QUrl url = m_location.serverUrl();
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // Whatever the location leaves out, libpq takes from its own sources.
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setDatabaseName(url.path().mid(1));
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=Commonplace")};
    const QUrlQuery query(url);
    for (const char *key : {"sslmode", "sslrootcert", "service"}) {
        const QString name = QLatin1String(key);
        if (query.hasQueryItem(name))
            options << name + u'=' + quotedOption(query.queryItemValue(name, QUrl::FullyDecoded));
    }
    db.setConnectOptions(options.join(u';'));
    if (db.open())
        return true;
    *message = db.lastError().databaseText();
    return false;
}

void NotebookServer::close()
{
    removeConnection();
}
