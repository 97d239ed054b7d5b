#include "cherrytreedocument.h"
#include "importjob.h"
#include "noteattachments.h"
#include "noteimport.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0));

// A document as CherryTree 0.99 writes it (ct_storage_xml.cc): nodes in
// nodes, rich text in runs, objects placed by character offset, a table's
// header row last.
QByteArray document()
{
    QFile file(QStringLiteral(COMMONPLACE_FIXTURES "/notes.ctd"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture");
    return file.readAll();
}

} // namespace

// CherryTree documents in, as XML (.ctd) and as SQLite (.ctb): the tree as
// nested tags, rich text, code, tables, pictures and files; other
// applications' databases, loops and protected files refused or reported.
class TestCherryTreeImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void documentBecomesNotes();
    void databaseBecomesNotesReadOnly();
    void badDocumentsAreRefused();
    void documentCherryTreeSavedComesIn();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QStringList rows(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_notebook;
};

void TestCherryTreeImport::initTestCase()
{
    useTestAppData();
}

void TestCherryTreeImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_notebook = m_dir->filePath(QStringLiteral("imported.cpbook"));
}

void TestCherryTreeImport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

QString TestCherryTreeImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the document");
    return path;
}

QStringList TestCherryTreeImport::rows(const QString &sql) const
{
    return rowsOnDisk(m_notebook, sql);
}

void TestCherryTreeImport::documentBecomesNotes()
{
    const QString path = write(QStringLiteral("notes.ctd"), document());
    std::unique_ptr<ImportSource> source = ImportJob::sourceFor(path);
    QVERIFY(source);
    QCOMPARE(source->kind(), QStringLiteral("CherryTree"));
    NoteImport import(m_notebook);
    QVERIFY2(import.run(*source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 4);
    QCOMPARE(import.report().attachments, 2);
    const QString picture = NoteAttachments::hashOf(QByteArray::fromBase64("iVBORw0KGgpwaWN0dXJl"));
    const QString pdf = NoteAttachments::hashOf("%PDF-1.4 minutes");
    QCOMPARE(rows(QStringLiteral("SELECT title, content FROM note WHERE title = 'Projects'")),
             QStringList{QStringLiteral(
                             "Projects|# Plans\n\nSome **bold**, *italic*, ~~gone~~, under and `mono`.\n\n"
                             "- first\n- second\n- [ ] to do\n- [x] done\n\n"
                             "See [the site](https://example.org/), [[script|the script]] and "
                             "[the report](file:///home/ann/report.pdf).\n\nTable:\n\n| a\\|b | c |\n| --- | --- |\n| 1 | 2 |\n\n"
                             "Code:\n\n```python\nprint(\"hi\")\n```\n\nEnd![Picture 1.png](attachment:%1)\n")
                             .arg(picture)});
    QCOMPARE(rows(QStringLiteral("SELECT title, content, tags FROM note WHERE title <> 'Projects'")),
             (QStringList{QStringLiteral("2026|Inside.[minutes.pdf](attachment:%1)\n|[\"Imported/CherryTree 2026-12-04\",\"Projects\"]").arg(pdf),
                          QStringLiteral("Loose|Plain # text\n|[\"a\",\"b\",\"Imported/CherryTree 2026-12-04\"]"),
                          QStringLiteral("script|```sh\necho \"*not* markup\"\nls\n```\n|"
                                         "[\"Imported/CherryTree 2026-12-04\",\"Projects/2026\"]")}));
    QCOMPARE(rows(QStringLiteral("SELECT tags, created_at, updated_at FROM note WHERE title = 'Projects'")),
             QStringList{QStringLiteral("[\"Imported/CherryTree 2026-12-04\",\"work\"]|2020-01-01T10:00:00.500Z|"
                                        "2020-07-01T10:00:00.000Z")});
    QCOMPARE(rows(QStringLiteral("SELECT n.title, l.target FROM note_link l JOIN note n ON n.id = l.note_id")),
             QStringList{QStringLiteral("Projects|script")});
}

void TestCherryTreeImport::databaseBecomesNotesReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.ctb"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ctb"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // CherryTree's schema (ct_storage_sqlite.cc).
        for (const char *sql : {
                 "CREATE TABLE node (node_id INTEGER UNIQUE, name TEXT, txt TEXT, syntax TEXT, tags TEXT, is_ro INTEGER, "
                 "is_richtxt INTEGER, has_codebox INTEGER, has_table INTEGER, has_image INTEGER, level INTEGER, "
                 "ts_creation INTEGER, ts_lastsave INTEGER)",
                 "CREATE TABLE codebox (node_id INTEGER, offset INTEGER, justification TEXT, txt TEXT, syntax TEXT, "
                 "width INTEGER, height INTEGER, is_width_pix INTEGER, do_highl_bra INTEGER, do_show_linenum INTEGER)",
                 "CREATE TABLE grid (node_id INTEGER, offset INTEGER, justification TEXT, txt TEXT, col_min INTEGER, col_max INTEGER)",
                 "CREATE TABLE image (node_id INTEGER, offset INTEGER, justification TEXT, anchor TEXT, png BLOB, "
                 "filename TEXT, link TEXT, time INTEGER)",
                 "CREATE TABLE children (node_id INTEGER UNIQUE, father_id INTEGER, sequence INTEGER, master_id INTEGER)",
                 "CREATE TABLE bookmark (node_id INTEGER UNIQUE, sequence INTEGER)",
                 "INSERT INTO node VALUES (1, 'Top', '<?xml version=\"1.0\" encoding=\"UTF-8\"?><node><rich_text "
                 "weight=\"heavy\">Top</rich_text><rich_text> text: </rich_text></node>', 'custom-colors', 'x', 0, 1, 1, 1, 1, 0, "
                 "1577872800, 1577872800)",
                 "INSERT INTO node VALUES (2, 'Child', 'print(1)', 'python', '', 0, 0, 0, 0, 0, 1, 0, 0)",
                 "INSERT INTO node VALUES (3, 'Loop A', '<node><rich_text>a</rich_text></node>', 'custom-colors', '', 0, 1, 0, 0, 0, 0, 0, 0)",
                 "INSERT INTO node VALUES (4, 'Loop B', '<node><rich_text>b</rich_text></node>', 'custom-colors', '', 0, 1, 0, 0, 0, 0, 0, 0)",
                 "INSERT INTO children VALUES (1, 0, 1, 0)", "INSERT INTO children VALUES (2, 1, 1, 0)",
                 "INSERT INTO children VALUES (3, 4, 1, 0)", "INSERT INTO children VALUES (4, 3, 1, 0)",
                 "INSERT INTO codebox VALUES (1, 11, 'left', 'x = 1', 'python', 300, 100, 1, 1, 0)",
                 "INSERT INTO grid VALUES (1, 11, 'left', '<table><row><cell>v</cell></row><row><cell>h</cell></row></table>', 40, 400)",
                 "INSERT INTO image VALUES (1, 11, 'left', '', X'89504E47', '', '', 0)",
             })
            QVERIFY2(query.exec(QString::fromUtf8(sql)), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ctb"));
    const QByteArray before = fileHash(path);
    QVERIFY(CherryTreeDocument::looksLike(path));
    CherryTreeDocument source(path);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 4);
    QCOMPARE(import.report().changed.size(), 2); // the two nodes of the loop
    QVERIFY(import.report().changed.first().reason.contains(QLatin1String("loops")));
    QCOMPARE(rows(QStringLiteral("SELECT title, content, tags FROM note WHERE title IN ('Top', 'Child')")),
             (QStringList{QStringLiteral("Child|```python\nprint(1)\n```\n|[\"Imported/CherryTree 2026-12-04\",\"Top\"]"),
                          QStringLiteral("Top|**Top** text:\n\n```python\nx = 1\n```\n\n| h |\n| --- |\n| v |\n\n"
                                         "![Picture 1.png](attachment:%1)\n|[\"Imported/CherryTree 2026-12-04\",\"x\"]")
                              .arg(NoteAttachments::hashOf(QByteArray::fromHex("89504E47")))}));
    QCOMPARE(fileHash(path), before); // read, never written
}

void TestCherryTreeImport::badDocumentsAreRefused()
{
    // Another application's SQLite database, named as CherryTree's.
    const QString foreign = m_dir->filePath(QStringLiteral("other.ctb"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE node (id INTEGER, name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray foreignBefore = fileHash(foreign);
    const auto refused = [this](const QString &path, const QString &message) {
        CherryTreeDocument source(path);
        NoteImport import(m_notebook);
        if (import.run(source, Now))
            return QStringLiteral("imported");
        if (!import.errorString().contains(message))
            return import.errorString();
        return rows(QStringLiteral("SELECT count(*) FROM note")).value(0) == QLatin1String("0") ? QString()
                                                                                                : QStringLiteral("notes");
    };
    QCOMPARE(refused(foreign, QStringLiteral("is a database of another application")), QString());
    QCOMPARE(fileHash(foreign), foreignBefore);
    // Protected: 7-Zip with a password, as CherryTree saves it.
    const QString locked = write(QStringLiteral("secret.ctz"), QByteArray("7z\xBC\xAF\x27\x1C\x00\x04 encrypted", 17));
    QVERIFY(CherryTreeDocument::looksLike(locked));
    QCOMPARE(refused(locked, QStringLiteral("Not Protected (.ctb)")), QString());
    // Cut short, declaring entities, nested past all reason.
    const QByteArray ctd = document();
    QCOMPARE(refused(write(QStringLiteral("cut.ctd"), ctd.left(ctd.size() / 2)), QStringLiteral("ends in the middle")),
             QString());
    QCOMPARE(refused(write(QStringLiteral("laughs.ctd"), "<?xml version=\"1.0\"?><!DOCTYPE cherrytree [<!ENTITY a \"aa\">]>"
                                                         "<cherrytree><node name=\"&a;\"/></cherrytree>"),
                     QStringLiteral("declares XML entities")),
             QString());
    QCOMPARE(refused(write(QStringLiteral("deep.ctd"), "<cherrytree>" + QByteArray("<node name=\"n\">").repeated(100)
                                                           + QByteArray("</node>").repeated(100) + "</cherrytree>"),
                     QStringLiteral("nested more than 64 deep")),
             QString());
}

// A document CherryTree 0.99.48 (Debian 12's) saved itself, as SQLite: a
// node with bold text and a bullet list, and a node inside it.
void TestCherryTreeImport::documentCherryTreeSavedComesIn()
{
    const QString path = m_dir->filePath(QStringLiteral("garden.ctb"));
    QVERIFY(QFile::copy(QStringLiteral(COMMONPLACE_FIXTURES "/garden.ctb"), path));
    const QByteArray before = fileHash(path);
    std::unique_ptr<ImportSource> source = ImportJob::sourceFor(path);
    QVERIFY(source);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(*source, Now), qPrintable(import.errorString()));
    QCOMPARE(rows(QStringLiteral("SELECT title, content, tags, created_at FROM note")),
             (QStringList{QStringLiteral("Garden|Plant tomatoes in May. **daily** in summer.\n\n- basil\n- mint\n|"
                                         "[\"Imported/CherryTree 2026-12-04\",\"plants\"]|2026-12-04T04:38:50.000Z"),
                          QStringLiteral("Tomatoes|Stake them early.\n|[\"Garden\",\"Imported/CherryTree 2026-12-04\"]|"
                                         "2026-12-04T04:39:03.000Z")}));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCherryTreeImport)
#include "tst_cherrytreeimport.moc"
