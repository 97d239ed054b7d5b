#include "testsupport.h"

#include "schemamigrator.h"
#include "unsavedjournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTime>

#include <sqlite3.h>

namespace TestSupport {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

QSqlDatabase rawConnection(const QString &path, const QString &options)
{
    static int counter = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("test-raw-%1").arg(++counter));
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool createNotebookAtVersion(const QString &path, int version, const QStringList &titles)
{
    QSqlDatabase db = rawConnection(path);
    bool ok = db.isOpen();
    if (ok && version > 0) {
        SchemaMigrator migrator;
        ok = migrator.migrate(db, version);
    }
    if (ok && version > 0) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO note (title, content) VALUES (?, ?)"));
        for (const QString &title : titles) {
            query.addBindValue(title);
            query.addBindValue(QStringLiteral("Content of %1").arg(title));
            ok = ok && query.exec();
        }
    }
    closeConnection(db);
    return ok;
}

bool execElsewhere(const QString &path, const QStringList &statements)
{
    QSqlDatabase db = rawConnection(path);
    bool ok = db.isOpen();
    {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            ok = ok && query.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
    }
    closeConnection(db);
    return ok;
}

bool corruptNoteTable(const QString &path)
{
    QSqlDatabase db = rawConnection(path);
    const int root = scalar(db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'note'")).toInt();
    const int pageSize = scalar(db, QStringLiteral("PRAGMA page_size")).toInt();
    closeConnection(db);
    QFile file(path);
    return root >= 2 && file.open(QIODevice::ReadWrite) && file.seek(qint64(root - 1) * pageSize)
        && file.write(QByteArray(pageSize, '\xA5')) == pageSize;
}

StatementLog::StatementLog(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    // A log that cannot trace would count nothing, and every "at most N
    // statements" test would pass with it.
    if (!m_handle)
        qFatal("StatementLog: the connection's driver handle is not SQLite's (%s)", handle.typeName());
    sqlite3_trace_v2(static_cast<sqlite3 *>(m_handle), SQLITE_TRACE_STMT, &StatementLog::onTrace, this);
}

StatementLog::~StatementLog()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

int StatementLog::onTrace(unsigned event, void *log, void *, void *sql)
{
    const QString text = QString::fromUtf8(static_cast<const char *>(sql));
    // A trigger's statements come as comments naming the trigger.
    if (event == SQLITE_TRACE_STMT && !text.startsWith(QLatin1String("--")))
        static_cast<StatementLog *>(log)->m_statements << text;
    return 0;
}

void trustSchema(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA trusted_schema = ON"));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList titlesOnDisk(const QString &path)
{
    QSqlDatabase db = rawConnection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QStringList titles;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT title FROM note ORDER BY title"));
        while (query.next())
            titles << query.value(0).toString();
    }
    closeConnection(db);
    return titles;
}

QStringList rowsOnDisk(const QString &path, const QString &sql)
{
    QSqlDatabase db = rawConnection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QStringList found;
    {
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            found << values.join(QLatin1Char('|'));
        }
    }
    closeConnection(db);
    found.sort();
    return found;
}

QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList lines;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
    while (query.next())
        lines << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                + QLatin1String(": ") + query.value(2).toString();
    return lines;
}

QByteArray journalText()
{
    QByteArray text;
    const QDir folder(UnsavedJournal::folder());
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll();
    }
    return text;
}

void useTestAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QCoreApplication::setApplicationName(QStringLiteral("Commonplace"));
}

void clearTestAppData()
{
    QDir(UnsavedJournal::folder()).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups"))
        .removeRecursively();
}

bool insertNotes(const QSqlDatabase &db, const QList<QPair<QString, QString>> &notes)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO note (title, content, updated_at) VALUES (?, ?, ?)"));
    const QDateTime first(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        query.addBindValue(notes.at(i).first);
        query.addBindValue(notes.at(i).second);
        query.addBindValue(first.addSecs(60 * i).toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

bool insertNotes(const QSqlDatabase &db, const QStringList &titles, const QString &textFormat)
{
    QList<QPair<QString, QString>> notes;
    for (const QString &title : titles)
        notes.append({title, textFormat.arg(title)});
    return insertNotes(db, notes);
}

bool testServer(TestServer *server, QString *why)
{
    server->socketFolder = qEnvironmentVariable("COMMONPLACE_TEST_PGHOST");
    server->port = qEnvironmentVariableIntValue("COMMONPLACE_TEST_PGPORT");
    server->superuser = qEnvironmentVariable("COMMONPLACE_TEST_PGUSER");
    if (server->socketFolder.isEmpty() || server->port == 0 || server->superuser.isEmpty()) {
        *why = QStringLiteral("No PostgreSQL server for the tests: run them through .ci/with-postgres");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = QStringLiteral("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
        return false;
    }
    return true;
}

bool makeServerUser(const TestServer &server, const QString &user, const QString &password, const QString &database)
{
    QSqlDatabase db = serverConnection(server);
    bool made = db.isOpen();
    {
        QSqlQuery query(db);
        const QSqlDriver *driver = db.driver();
        const QString role = driver->escapeIdentifier(user, QSqlDriver::FieldName);
        const QString name = driver->escapeIdentifier(database, QSqlDriver::FieldName);
        QSqlField secret(QStringLiteral("password"), QMetaType(QMetaType::QString));
        secret.setValue(password);
        // Whatever an earlier test left the user owning goes first, or the
        // user cannot be made again (all of it is the tests' own).
        QStringList owned;
        query.prepare(QStringLiteral("SELECT datname FROM pg_database WHERE datdba = "
                                     "(SELECT oid FROM pg_roles WHERE rolname = ?)"));
        query.addBindValue(user);
        if (made && query.exec()) {
            while (query.next())
                owned << query.value(0).toString();
        }
        for (const QString &database : std::as_const(owned))
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(driver->escapeIdentifier(database, QSqlDriver::FieldName)));
        // Utility statements take no bound values: the driver quotes them.
        for (const QString &statement : {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                                         QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(role, driver->formatValue(secret)),
                                         QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, role)}) {
            if (made && !query.exec(statement)) {
                qWarning().noquote() << statement.left(40) << query.lastError().text();
                made = false;
            }
        }
    }
    closeConnection(db);
    return made;
}

QSqlDatabase serverConnection(const TestServer &server, const QString &database)
{
    static int counter = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-server-%1").arg(++counter));
    db.setHostName(server.socketFolder);
    db.setPort(server.port);
    db.setUserName(server.superuser);
    db.setDatabaseName(database);
    db.open();
    return db;
}

} // namespace TestSupport
