#pragma once

#include "notebook.h"

// A team notebook: a database on a PostgreSQL server, reached through Qt's
// QPSQL driver (libpq). Like every PostgreSQL client it honours libpq's own
// sources where the location says nothing (PGPASSWORD, ~/.pgpass,
// PGSSLROOTCERT, a service file) and needs no password where the server
// trusts the connection. When it cannot connect it says why in words a
// user understands: no driver, no server there, a password wanted or
// refused, a certificate not trusted, no such database, a server too old.
//
// The notebook lives in a schema of its own (NotebookLocation::
// serverSchema()), first in the connection's search_path. A database with
// no notebook yet is set up only when setSetUpAllowed() said so; a schema
// holding another application's tables is refused untouched; one of a
// newer Commonplace opens read-only, as does one the user may only read.
// An upgrade runs in one transaction under an advisory lock, so two
// clients never upgrade at once.
class NotebookServer final : public Notebook
{
    Q_DECLARE_TR_FUNCTIONS(NotebookServer)

public:
    // PostgreSQL 12: generated columns, which keep the search index current.
    static constexpr int MinimumServerVersion = 120000;

    explicit NotebookServer(const NotebookLocation &location);
    ~NotebookServer() override;

    // The password to give the server if it asks for one; none by default.
    void setPassword(const QString &password) override { m_password = password; }
    QString password() const override { return m_password; }
    void setSetUpAllowed(bool allowed) override { m_setUpAllowed = allowed; }

    bool open(Access access = Access::ReadWrite) override;
    void close() override;
    bool reconnect() override;

    // What kind of failure libpq's message for a failed connection names
    // (Error::CannotConnect when it is none of those it knows).
    static Error errorOf(const QString &libpqMessage);

private:
    // Adds and opens the connection, or says what libpq said.
    bool connectToServer(QString *libpqMessage);
    bool connectionFailed(const QString &libpqMessage);
    // What the schema holds and what the user may do with it; sets it up
    // or upgrades it where that is allowed.
    bool openSchema(Access access);
    bool setSearchPath(QSqlError *error);
    bool setUp();
    bool upgrade();
    bool failSql(Error error, const QString &message, const QSqlError &sqlError);

    QString m_password;
    bool m_setUpAllowed = false;
};
