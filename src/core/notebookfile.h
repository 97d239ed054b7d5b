#pragma once

#include "notebook.h"

#include <QSqlError>

struct sqlite3;

// A notebook in a *.cpbook SQLite file, with its own named connection.
//
// open() creates a missing notebook, classifies every file that is not a
// usable notebook without changing a byte of it, opens read-only what may
// not be written, and upgrades an older schema after backing it up.
//
// Journal mode and synchronous level: a notebook is a document that people
// copy, sync and carry on USB sticks, so everything committed must be inside
// the .cpbook file itself the moment a commit returns. journal_mode=DELETE
// (a rollback journal, removed after each commit) gives exactly that, and
// leaves no extra file beside the notebook while nothing is being saved; WAL
// would keep recent commits in a "-wal" file that a copy of the .cpbook alone
// misses. synchronous=FULL flushes the journal and the file at each commit,
// so a commit that returned survives a power cut or a pulled stick.
class NotebookFile final : public Notebook
{
    // Its messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(Notebook)

public:
    explicit NotebookFile(const NotebookLocation &location = {});
    ~NotebookFile() override;
    Q_DISABLE_COPY_MOVE(NotebookFile)

    using Notebook::open;
    bool open(Access access = Access::ReadWrite) override;
    bool open(const QString &path, Access access = Access::ReadWrite);
    void close() override;

    // The oldest SQLite whose features notebooks use (the trigram tokenizer
    // of the search index), and whether version is as new.
    static constexpr char MinimumSqliteVersion[] = "3.34.0";
    static bool isSqliteSupported(const QString &version);
    static QString fileSuffix() { return QStringLiteral("cpbook"); }

private:
    bool create(const QString &path);
    bool openConnection(const QString &path, bool readOnly);
    bool configureConnection();
    bool classify();
    bool reopenReadOnly(ReadOnlyReason reason);
    bool enableDefensiveMode();
    bool setJournalMode();
    bool upgrade();
    bool failSql(const QSqlError &error); // classified by its SQLite result code
    void removeConnection();

    static int onProgress(void *notebook);

    // The connection's SQLite handle, when it belongs to the SQLite we link.
    sqlite3 *m_handle = nullptr;
    // Found by classify(): a reason to open read-only whatever the file allows.
    ReadOnlyReason m_schemaProblem = ReadOnlyReason::None;
};
