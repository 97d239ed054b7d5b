#include "notebookserver.h"

#include "logging.h"
#include "notebookstorage.h"
#include "postgresstorage.h"
#include "schemamigrator.h"

#include <QAtomicInteger>
#include <QSqlDriver>
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
    if (!openSchema(access)) {
        close();
        return false;
    }
    qCInfo(lcNotebook) << "Opened" << m_location.toString() << "schema version" << m_schemaVersion
                       << (isReadOnly() ? "read-only" : "read-write");
    return true;
}

bool NotebookServer::failSql(Error error, const QString &message, const QSqlError &sqlError)
{
    return fail(error, message, sqlError.text());
}

bool NotebookServer::openSchema(Access access)
{
    const QSqlDatabase db = database();
    const QString schema = m_location.serverSchema();
    const QString user = m_location.serverUrl().userName();
    QSqlError error;
    const auto failed = [&](const QSqlError &sqlError) {
        return failSql(Error::CannotConnect,
                       tr("“%1” cannot be opened: the server did not answer as expected.").arg(displayName()),
                       sqlError);
    };
    if (!setSearchPath(&error))
        return failed(error);
    if (!NotebookStorage::of(db).configure(db, &error))
        return failed(error);
    // Nothing is written before the read-only setting at the end: a
    // read-only open never sets up or upgrades.
    if (access == Access::ReadOnly)
        m_readOnlyReason = ReadOnlyReason::Requested;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT has_schema_privilege(oid, 'USAGE') FROM pg_namespace WHERE nspname = ?"));
    query.addBindValue(schema);
    if (!query.exec())
        return failed(query.lastError());
    const bool exists = query.next();
    if (exists && !query.value(0).toBool())
        return fail(Error::NoAccess, tr("“%1” cannot be opened: the server does not let the user “%2” see this "
                                        "notebook. Ask the server's administrator for access.")
                                         .arg(displayName(), user));
    query.finish();

    const NotebookStorage &storage = NotebookStorage::of(db);
    int version = 0;
    bool empty = true;
    if (exists && !storage.schemaVersion(db, &version, &error))
        return failSql(Error::NotNotebook,
                       tr("“%1” holds tables of another application, not a Commonplace notebook. Nothing was "
                          "changed.")
                           .arg(displayName()),
                       error);
    if (exists && version == 0 && !storage.isEmpty(db, &empty, &error))
        return failed(error);
    if (exists && version == 0 && !empty)
        return fail(Error::NotNotebook, tr("“%1” holds tables of another application, not a Commonplace notebook. "
                                           "Nothing was changed.")
                                            .arg(displayName()));
    if (version == 0) {
        if (!m_setUpAllowed || access == Access::ReadOnly)
            return fail(Error::NotSetUp, tr("The database “%1” on %2 holds no notebook yet.")
                                             .arg(m_location.serverUrl().path().mid(1), m_location.serverUrl().host()));
        if (!setUp())
            return false;
        version = latestSchemaVersion();
    }

    // What the user may do: read, and write the notes.
    query.prepare(QStringLiteral("SELECT has_table_privilege('note', 'SELECT'),"
                                 " has_table_privilege('note', 'INSERT, UPDATE, DELETE')"));
    if (!query.exec() || !query.next())
        return failed(query.lastError());
    if (!query.value(0).toBool())
        return fail(Error::NoAccess, tr("“%1” cannot be opened: the server does not let the user “%2” read this "
                                        "notebook. Ask the server's administrator for access.")
                                         .arg(displayName(), user));
    const bool mayWrite = query.value(1).toBool();
    query.finish();
    // An upgrade alters the notebook's tables: only their owner (the
    // schema's, as the README's set-up has it) may.
    bool mayUpgrade = true;
    if (version < latestSchemaVersion()) {
        query.prepare(QStringLiteral("SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace WHERE nspname = ?"));
        query.addBindValue(schema);
        if (!query.exec() || !query.next())
            return failed(query.lastError());
        mayUpgrade = query.value(0).toBool();
        query.finish();
    }
    if (version > latestSchemaVersion())
        m_readOnlyReason = ReadOnlyReason::NewerVersion;
    else if (!mayWrite && m_readOnlyReason == ReadOnlyReason::None)
        m_readOnlyReason = ReadOnlyReason::ReadOnlyRole;
    else if (!mayUpgrade && m_readOnlyReason == ReadOnlyReason::None)
        m_readOnlyReason = ReadOnlyReason::UpgradeByOwner;
    m_schemaVersion = version;
    if (isReadOnly()) {
        QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        return true;
    }
    return version == latestSchemaVersion() || upgrade();
}

// The notebook's schema first, then those of the extensions search uses
// (made in the first notebook's schema, when a database holds several),
// then public. Set again once the schema is made: what search_path finds
// is worked out when it is set.
bool NotebookServer::setSearchPath(QSqlError *error)
{
    const QSqlDatabase db = database();
    QStringList path{m_location.serverSchema()};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT n.nspname FROM pg_extension e JOIN pg_namespace n"
                                   " ON n.oid = e.extnamespace WHERE e.extname IN ('pg_trgm', 'unaccent') ORDER BY 1"))) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        path << query.value(0).toString();
    path << QStringLiteral("public");
    path.removeDuplicates();
    for (QString &name : path)
        name = PostgresStorage::quotedName(name); // the schema's name comes from a location
    if (query.exec(QStringLiteral("SET search_path TO ") + path.join(QStringLiteral(", "))))
        return true;
    *error = query.lastError();
    return false;
}

// The schema is made when it is missing, and removed again if setting it
// up fails, so a failed setup leaves the database as it was.
bool NotebookServer::setUp()
{
    const QSqlDatabase db = database();
    const QString schema = m_location.serverSchema();
    const QString quoted = PostgresStorage::quotedName(schema);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
    query.addBindValue(schema);
    const auto exists = [&query] {
        const bool found = query.exec() && query.next();
        query.finish();
        return found;
    };
    const bool existed = exists();
    QSqlQuery create(db);
    // Another client may make it at the same moment: then it is there.
    if (!existed && !create.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted) && !exists())
        return failSql(Error::CannotSetUp,
                       tr("A notebook cannot be set up in “%1”: the server does not let the user “%2” create it. "
                          "Ask the server's administrator to set it up, or to let “%2” create schemas in the "
                          "database.")
                           .arg(displayName(), m_location.serverUrl().userName()),
                       create.lastError());
    QSqlError error;
    if (!setSearchPath(&error))
        return failSql(Error::CannotConnect, tr("“%1” cannot be opened: the server did not answer as expected.")
                                                 .arg(displayName()), error);
    SchemaMigrator migrator(NotebookStorage::of(db).migrationsFolder());
    if (migrator.migrate(db))
        return true;
    if (!existed)
        QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 RESTRICT").arg(quoted));
    return fail(Error::CannotSetUp,
                tr("A notebook cannot be set up in “%1”: the server refused a step. If it names an extension "
                   "(pg_trgm, unaccent), ask the server's administrator to install PostgreSQL's contrib package "
                   "or to create the extension in the database.")
                    .arg(displayName()),
                migrator.lastError());
}

// In one transaction under the advisory lock: a notebook of an older
// Commonplace is brought up to date, or left exactly as it was. (A
// server's backups are its administrator's; no copy is made here.)
bool NotebookServer::upgrade()
{
    const QSqlDatabase db = database();
    SchemaMigrator migrator(NotebookStorage::of(db).migrationsFolder());
    if (!migrator.migrate(db))
        return fail(Error::UpgradeFailed,
                    tr("“%1” could not be upgraded to this version of Commonplace, and was left as it was.")
                        .arg(displayName()),
                    migrator.lastError());
    m_schemaVersion = latestSchemaVersion();
    return true;
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
    // Keepalives: a network that drops the connection without a word is
    // noticed within a minute, not after the system's two hours.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=Commonplace"),
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=30"),
                        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3")};
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

// The same connection, opened again with what it was opened with, so the
// models on it keep working; then set up as openSchema() left it.
bool NotebookServer::reconnect()
{
    if (!isOpen())
        return false;
    QSqlDatabase db = database();
    db.close();
    QSqlError error;
    if (!db.open() || !setSearchPath(&error) || !NotebookStorage::of(db).configure(db, &error)) {
        qCWarning(lcNotebook).noquote() << "Cannot reconnect to" << m_location.toString() << db.lastError().text()
                                        << error.text();
        return false;
    }
    if (isReadOnly())
        QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
    qCInfo(lcNotebook) << "Reconnected to" << m_location.toString();
    return true;
}

void NotebookServer::close()
{
    removeConnection();
}
