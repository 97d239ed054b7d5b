#include "errormessages.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "schemamigrator.h"
#include "storageerror.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TestSupport;

// Every kind of file a user may point Commonplace at.
enum class Case {
    Folder,
    EmptyFile,
    TextFile,
    RandomBytes,
    TruncatedNotebook,
    TruncatedHeader,
    ForeignDatabase,
    PlainDatabaseWithNoteTable,
    OursWithoutNoteTable,
    NewerVersion,
    ReadOnlyFile,
    ReadOnlyFolder,
    Unreadable,
    Locked,
    MissingFolder,
    SpacesAndNonAscii,
    CorruptedPage,
    BigNote,
    NulAndInvalidUtf8,
    CraftedTrigger,
    CraftedView,
    ViewInPlaceOfNoteTable,
};
Q_DECLARE_METATYPE(Case)

class TestNotebook final : public QObject
{
    Q_OBJECT

private slots:
    void newNotebookIsOwnersAndMarked();
    void connectionSettings();
    void copyOfFileAloneHoldsCommittedNotes();
    void defensiveModeIsOn();
    void untrustedSchemaCannotCallUnsafeFunctions();
    void sqliteVersionIsChecked();
    void everyKindOfFile_data();
    void everyKindOfFile();
    void longUpgradeReportsProgress();
    void cleanup();

private:
    QString prepare(Case kind, const QString &folder);

    QSqlDatabase m_locker;
    QStringList m_restoreWritable;
};

void TestNotebook::cleanup()
{
    if (m_locker.isValid()) {
        QSqlQuery(m_locker).exec(QStringLiteral("ROLLBACK"));
        closeConnection(m_locker);
    }
    // Let QTemporaryDir remove what the test made read-only.
    for (const QString &path : std::as_const(m_restoreWritable))
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOwner
                                        | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_restoreWritable.clear();
}

void TestNotebook::newNotebookIsOwnersAndMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("My Notes.cpbook"));
    NotebookFile notebook;
    QVERIFY2(notebook.open(path), qPrintable(notebook.errorDetail()));
    QVERIFY(!notebook.isReadOnly());
    QCOMPARE(notebook.lastError(), Notebook::Error::None);
    QCOMPARE(notebook.displayName(), QStringLiteral("My Notes"));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    notebook.close();
    QSqlDatabase db = rawConnection(path);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(), 1129336386);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
             Notebook::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    closeConnection(db);
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("My Notes.cpbook")});
}

void TestNotebook::connectionSettings()
{
    QTemporaryDir dir;
    NotebookFile notebook;
    notebook.setBusyTimeout(1234);
    QVERIFY(notebook.open(dir.filePath(QStringLiteral("n.cpbook"))));
    const QSqlDatabase db = notebook.database();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
}

void TestNotebook::copyOfFileAloneHoldsCommittedNotes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    const QString copyPath = dir.filePath(QStringLiteral("copy.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    for (int i = 0; i < 50; ++i)
        model.setData(model.index(model.addNote(QStringLiteral("Note %1").arg(i)),
                                  model.contentColumn()),
                      QString(2000, QLatin1Char('x')));
    QVERIFY2(model.commit(), qPrintable(model.lastError().text()));

    // While the notebook is still open, as a file manager or sync tool would.
    QVERIFY(QFile::copy(path, copyPath));
    NotebookFile copy;
    QVERIFY2(copy.open(copyPath, Notebook::Access::ReadOnly), qPrintable(copy.errorDetail()));
    QCOMPARE(scalar(copy.database(), QStringLiteral("SELECT count(*) FROM note")).toInt(), 50);
    QCOMPARE(scalar(copy.database(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestNotebook::defensiveModeIsOn()
{
    QTemporaryDir dir;
    NotebookFile notebook;
    QVERIFY(notebook.open(dir.filePath(QStringLiteral("n.cpbook"))));
    QSqlQuery query(notebook.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("may not be modified")),
             qPrintable(query.lastError().text()));
}

// The trigram tokenizer needs SQLite 3.34: versions compare by number, not
// as text ("3.9" is older than "3.34"), and the running SQLite is new enough.
void TestNotebook::sqliteVersionIsChecked()
{
    QVERIFY(!NotebookFile::isSqliteSupported(QStringLiteral("3.33.0")));
    QVERIFY(!NotebookFile::isSqliteSupported(QStringLiteral("3.9.2")));
    QVERIFY(NotebookFile::isSqliteSupported(QStringLiteral("3.34.0")));
    QVERIFY(NotebookFile::isSqliteSupported(QStringLiteral("3.40.1")));
    QVERIFY(NotebookFile::isSqliteSupported(QString::fromLatin1(sqlite3_libversion())));
}

void TestNotebook::untrustedSchemaCannotCallUnsafeFunctions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {QStringLiteral("A")}));
    QVERIFY(execElsewhere(path, {QStringLiteral("CREATE VIEW spy AS SELECT load_extension('/tmp/x.so')")}));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    QCOMPARE(notebook.readOnlyReason(), Notebook::ReadOnlyReason::ModifiedSchema);
    QCOMPARE(scalar(notebook.database(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    QSqlQuery query(notebook.database());
    QVERIFY(!query.exec(QStringLiteral("SELECT * FROM spy")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("unsafe use")),
             qPrintable(query.lastError().text()));
}

void TestNotebook::everyKindOfFile_data()
{
    QTest::addColumn<Case>("kind");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<Notebook::Error>("error");
    QTest::addColumn<Notebook::ReadOnlyReason>("readOnly");

    using E = Notebook::Error;
    using R = Notebook::ReadOnlyReason;
    QTest::newRow("a folder") << Case::Folder << false << E::NotSqlite << R::None;
    QTest::newRow("an empty file") << Case::EmptyFile << false << E::NotSqlite << R::None;
    QTest::newRow("a text file") << Case::TextFile << false << E::NotSqlite << R::None;
    QTest::newRow("random bytes") << Case::RandomBytes << false << E::NotSqlite << R::None;
    QTest::newRow("a truncated notebook")
        << Case::TruncatedNotebook << false << E::Damaged << R::None;
    QTest::newRow("a notebook cut inside its header")
        << Case::TruncatedHeader << false << E::Damaged << R::None;
    QTest::newRow("another application's database")
        << Case::ForeignDatabase << false << E::NotNotebook << R::None;
    QTest::newRow("an unmarked database with a note table")
        << Case::PlainDatabaseWithNoteTable << false << E::NotNotebook << R::None;
    QTest::newRow("our mark but no note table")
        << Case::OursWithoutNoteTable << false << E::Damaged << R::None;
    QTest::newRow("a newer version's notebook")
        << Case::NewerVersion << true << E::None << R::NewerVersion;
    QTest::newRow("a missing folder") << Case::MissingFolder << false << E::CannotCreate << R::None;
    QTest::newRow("a locked notebook") << Case::Locked << false << E::Locked << R::None;
    QTest::newRow("spaces and non-ASCII in the path")
        << Case::SpacesAndNonAscii << true << E::None << R::None;
    QTest::newRow("a notebook with a corrupted page")
        << Case::CorruptedPage << true << E::None << R::None;
    QTest::newRow("a 10 MB note") << Case::BigNote << true << E::None << R::None;
    QTest::newRow("NUL characters and invalid UTF-8")
        << Case::NulAndInvalidUtf8 << true << E::None << R::None;
    QTest::newRow("a crafted trigger on our table")
        << Case::CraftedTrigger << true << E::None << R::ModifiedSchema;
    QTest::newRow("a crafted view") << Case::CraftedView << true << E::None << R::ModifiedSchema;
    QTest::newRow("a view in place of the note table")
        << Case::ViewInPlaceOfNoteTable << false << E::Damaged << R::None;
#ifdef Q_OS_UNIX
    QTest::newRow("a read-only file") << Case::ReadOnlyFile << true << E::None << R::ReadOnlyFile;
    QTest::newRow("a read-only folder")
        << Case::ReadOnlyFolder << true << E::None << R::ReadOnlyFolder;
    QTest::newRow("an unreadable file") << Case::Unreadable << false << E::Unreadable << R::None;
#endif
}

void TestNotebook::everyKindOfFile()
{
    QFETCH(Case, kind);
    QFETCH(bool, opens);
    QFETCH(Notebook::Error, error);
    QFETCH(Notebook::ReadOnlyReason, readOnly);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = prepare(kind, dir.path());
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList entriesBefore = folderEntries(folder);
    const bool isFile = QFileInfo(path).isFile() && kind != Case::Unreadable;
    const QByteArray hashBefore = isFile ? fileHash(path) : QByteArray();

    {
        NotebookFile notebook;
        notebook.setBusyTimeout(100);
        QCOMPARE(notebook.open(path), opens);
        QCOMPARE(notebook.lastError(), error);
        QCOMPARE(notebook.readOnlyReason(), readOnly);
        QCOMPARE(notebook.isOpen(), opens);
        if (!opens) {
            QVERIFY(!notebook.errorString().isEmpty());
            QVERIFY2(!notebook.errorString().contains(QLatin1String("SQL")),
                     qPrintable(notebook.errorString()));
        }
        if (readOnly != Notebook::ReadOnlyReason::None)
            QVERIFY(!notebook.readOnlyMessage().isEmpty());
        if (opens && kind == Case::CorruptedPage) {
            // Opening reads little; listing the notes finds the damage and says so.
            NoteModel model(notebook.database());
            QVERIFY(!model.select());
            QCOMPARE(model.errorKind(), StorageError::Kind::Damaged);
            const QString said = ErrorMessages::listingFailed(model.errorKind(), QStringLiteral("n"));
            QVERIFY2(said.contains(QLatin1String("damaged")), qPrintable(said));
        } else if (opens) {
            // Read-only notebooks still show their notes, and refuse writes.
            NoteModel model(notebook.database());
            QVERIFY2(model.select(), qPrintable(model.lastError().text()));
            QVERIFY(model.rowCount() > 0);
            if (kind == Case::BigNote)
                QCOMPARE(model.data(model.index(0, model.contentColumn())).toString().size(),
                         10 * 1024 * 1024);
            // Opening and listing write nothing, even where writing is allowed.
            if (isFile)
                QCOMPARE(fileHash(path), hashBefore);
            const QString oddNotes = QStringLiteral("SELECT group_concat(hex(content)) FROM note WHERE title LIKE 'odd%'");
            const QVariant oddBefore = scalar(notebook.database(), oddNotes);
            QVERIFY(model.setData(model.index(0, model.contentColumn()), QStringLiteral("edit")));
            QCOMPARE(model.commit(), readOnly == Notebook::ReadOnlyReason::None);
            // Notes that were not edited keep their exact bytes.
            QCOMPARE(scalar(notebook.database(), oddNotes), oddBefore);
        }
    }

    if (m_locker.isValid()) {
        QSqlQuery(m_locker).exec(QStringLiteral("ROLLBACK"));
        closeConnection(m_locker);
    }
    QCOMPARE(folderEntries(folder), entriesBefore);
    if (isFile && readOnly != Notebook::ReadOnlyReason::None)
        QCOMPARE(fileHash(path), hashBefore);
    if (isFile && (!opens || kind == Case::CorruptedPage))
        QCOMPARE(fileHash(path), hashBefore);
    if (kind == Case::MissingFolder)
        QVERIFY(!QFileInfo::exists(folder));
}

QString TestNotebook::prepare(Case kind, const QString &folder)
{
    const QString path = folder + QStringLiteral("/x.cpbook");
    const auto write = [&path](const QByteArray &bytes) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    };
    const auto notebookWithNotes = [&path](int notes) {
        QStringList titles;
        for (int i = 0; i < notes; ++i)
            titles << QStringLiteral("Note %1 %2").arg(i).arg(QString(40, QLatin1Char('n')));
        return createNotebookAtVersion(path, Notebook::latestSchemaVersion(), titles) ? path
                                                                                     : QString();
    };
    const auto database = [&path](const QStringList &statements) {
        return execElsewhere(path, statements) ? path : QString();
    };

    switch (kind) {
    case Case::Folder:
        return QDir(folder).mkdir(QStringLiteral("x.cpbook")) ? path : QString();
    case Case::EmptyFile:
        return write({});
    case Case::TextFile:
        return write("Shopping list\n- milk; eggs\n- SQLite format 3\n");
    case Case::RandomBytes: {
        QRandomGenerator random(42);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return write(bytes);
    }
    case Case::TruncatedNotebook:
    case Case::TruncatedHeader: {
        if (notebookWithNotes(400).isEmpty())
            return {};
        QFile file(path);
        const qint64 size = kind == Case::TruncatedHeader ? 50 : file.size() / 2;
        return file.resize(size) ? path : QString();
    }
    case Case::ForeignDatabase:
        return database({QStringLiteral("PRAGMA application_id = 305419896"),
                         QStringLiteral("CREATE TABLE contact (name TEXT)"),
                         QStringLiteral("INSERT INTO contact VALUES ('Ada')")});
    case Case::PlainDatabaseWithNoteTable:
        return database({QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, title TEXT)"),
                         QStringLiteral("INSERT INTO note (title) VALUES ('theirs')")});
    case Case::OursWithoutNoteTable:
        return database({QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrator::ApplicationId),
                         QStringLiteral("PRAGMA user_version = 2"),
                         QStringLiteral("CREATE TABLE other (x)")});
    case Case::NewerVersion:
        if (notebookWithNotes(3).isEmpty())
            return {};
        return database({QStringLiteral("PRAGMA user_version = %1")
                             .arg(Notebook::latestSchemaVersion() + 1),
                         QStringLiteral("CREATE TABLE from_the_future (x)")});
    case Case::ReadOnlyFile:
        if (notebookWithNotes(3).isEmpty())
            return {};
        m_restoreWritable << path;
        return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther)
            ? path
            : QString();
    case Case::ReadOnlyFolder:
        if (notebookWithNotes(3).isEmpty())
            return {};
        m_restoreWritable << folder;
        return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner)
            ? path
            : QString();
    case Case::Unreadable:
        if (notebookWithNotes(3).isEmpty())
            return {};
        m_restoreWritable << path;
        return QFile::setPermissions(path, {}) ? path : QString();
    case Case::Locked:
        if (notebookWithNotes(3).isEmpty())
            return {};
        // Another program in the middle of writing, holding the file locked.
        m_locker = rawConnection(path);
        return QSqlQuery(m_locker).exec(QStringLiteral("BEGIN EXCLUSIVE")) ? path : QString();
    case Case::MissingFolder:
        return folder + QStringLiteral("/missing/x.cpbook");
    case Case::CorruptedPage: {
        if (notebookWithNotes(400).isEmpty())
            return {};
        return corruptNoteTable(path) ? path : QString();
    }
    case Case::BigNote:
        if (notebookWithNotes(0).isEmpty())
            return {};
        return database({QStringLiteral("INSERT INTO note (title, content) VALUES "
                                        "('Big', printf('%.*c', 10485760, 'x'))")});
    case Case::NulAndInvalidUtf8:
        if (notebookWithNotes(0).isEmpty())
            return {};
        return database({QStringLiteral("INSERT INTO note (title, content, updated_at) VALUES "
                                        "('odd NUL', CAST(x'610062' AS TEXT), '2001-01-01'),"
                                        "('odd UTF-8', CAST(x'C328FFFE41' AS TEXT), '2001-01-01'),"
                                        "('Plain', 'plain', '2030-01-01')")});
    case Case::CraftedTrigger:
        if (notebookWithNotes(3).isEmpty())
            return {};
        return database({QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON note "
                                        "BEGIN DELETE FROM note; END")});
    case Case::CraftedView:
        if (notebookWithNotes(3).isEmpty())
            return {};
        return database({QStringLiteral("CREATE VIEW spy AS SELECT load_extension('/tmp/x.so')")});
    case Case::ViewInPlaceOfNoteTable:
        return database({QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrator::ApplicationId),
                         QStringLiteral("PRAGMA user_version = 2"),
                         QStringLiteral("CREATE TABLE real (id, title, content)"),
                         QStringLiteral("CREATE VIEW note AS SELECT * FROM real")});
    case Case::SpacesAndNonAscii: {
        const QString sub = folder + QStringLiteral("/Über Notizen 笔记 #1 %20");
        if (!QDir().mkpath(sub))
            return {};
        const QString special = sub + QStringLiteral("/my notes? & more.cpbook");
        return createNotebookAtVersion(special, Notebook::latestSchemaVersion(),
                                       {QStringLiteral("Hello")})
            ? special
            : QString();
    }
    }
    return {};
}

void TestNotebook::longUpgradeReportsProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cpbook"));
    QStringList titles;
    for (int i = 0; i < 3000; ++i)
        titles << QStringLiteral("Note %1").arg(i);
    QVERIFY(createNotebookAtVersion(path, 3, titles));
    int calls = 0;
    NotebookFile notebook;
    notebook.setProgressHandler([&calls] { ++calls; });
    QVERIFY(notebook.open(path));
    QVERIFY2(calls > 0, "no progress during the backup and the upgrade");
    // Opening a notebook that is up to date has nothing long to do.
    notebook.close();
    calls = 0;
    QVERIFY(notebook.open(path));
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
