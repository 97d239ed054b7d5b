#include "frontmatter.h"
#include "exportfolder.h"
#include "markdownexport.h"
#include "markdownfolder.h"
#include "noteattachments.h"
#include "notebook.h"
#include "notebooklocation.h"
#include "noteimport.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Markdown folders and Obsidian vaults in, Markdown folders out: what each
// file becomes, what is refused and why, and our own export read back as
// it was written.
class TestMarkdownImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void frontMatterIsReadAsYaml_data();
    void frontMatterIsReadAsYaml();
    void vaultBecomesNotesTagsLinksAndAttachments();
    void hostileFilesAreReportedNotFatal();
    void nothingOutsideTheFolderIsRead();
    void cancelAndFailuresLeaveTheNotebookAsItWas();
    void importedNotesAreFoundBySearch();
    void safeFileNames_data();
    void safeFileNames();
    void exportThenImportGivesBackTheNotes();

private:
    void write(const QString &relative, const QByteArray &bytes);
    // The notes of the notebook at path, by title: text, tags (JSON), created, updated.
    struct Saved
    {
        QString text;
        QStringList tags;
        QString created;
        QString updated;
    };
    static QMap<QString, Saved> notesIn(const QString &path);
    static QStringList rows(const QString &path, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vault;
    QString m_notebook;
};

void TestMarkdownImport::initTestCase()
{
    useTestAppData();
}

void TestMarkdownImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = m_dir->filePath(QStringLiteral("vault"));
    m_notebook = m_dir->filePath(QStringLiteral("imported.cpbook"));
    QVERIFY(QDir().mkpath(m_vault));
}

void TestMarkdownImport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

void TestMarkdownImport::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_vault + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QMap<QString, TestMarkdownImport::Saved> TestMarkdownImport::notesIn(const QString &path)
{
    QMap<QString, Saved> notes;
    QSqlDatabase db = rawConnection(path);
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT title, content, tags, created_at, updated_at FROM note"));
        while (query.next()) {
            QStringList tags;
            for (const QJsonValue &tag : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
                tags << tag.toString();
            notes.insert(query.value(0).toString(),
                         {query.value(1).toString(), tags, query.value(3).toString(), query.value(4).toString()});
        }
    }
    closeConnection(db);
    return notes;
}

QStringList TestMarkdownImport::rows(const QString &path, const QString &sql)
{
    return rowsOnDisk(path, sql);
}

void TestMarkdownImport::frontMatterIsReadAsYaml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("rest");

    QTest::newRow("none") << "# Just text\n" << false << "" << QStringList() << "" << "# Just text\n";
    QTest::newRow("list") << "---\ntitle: Trip\ntags: [travel, \"#2026\"]\ncreated: 2025-01-02T03:04:05Z\n---\nBody"
                          << true << "Trip" << QStringList{"travel", "2026"} << "2025-01-02T03:04:05Z" << "Body";
    QTest::newRow("block list, other keys kept")
        << "---\naliases:\n  - trip\ntags:\n  - a/b\n  - c\nauthor: Ann\n---\nBody\n" << true << ""
        << QStringList{"a/b", "c"} << "" << "---\naliases:\n  - trip\nauthor: Ann\n---\nBody\n";
    QTest::newRow("tags as one string") << "---\ntags: one, two three\ndate: 2024-05-06\n---\n" << true << ""
                                        << QStringList{"one", "two", "three"} << "2024-05-06T00:00:00" << "";
    QTest::newRow("quoted title") << "---\ntitle: \"A: \\\"quoted\\\" title\"\n---\nx" << true << "A: \"quoted\" title"
                                  << QStringList() << "" << "x";
    QTest::newRow("not YAML") << "---\n: : [\n---\ntext" << false << "" << QStringList() << ""
                              << "---\n: : [\n---\ntext";
    QTest::newRow("not a mapping") << "---\n- a\n- b\n---\ntext" << false << "" << QStringList() << ""
                                   << "---\n- a\n- b\n---\ntext";
    QTest::newRow("never closed") << "---\ntitle: x\ntext" << false << "" << QStringList() << ""
                                  << "---\ntitle: x\ntext";
    // An alias is not followed: a billion laughs stays text.
    QTest::newRow("aliases") << "---\na: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n---\nt" << true << "" << QStringList()
                             << "" << "---\na: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n---\nt";
}

void TestMarkdownImport::frontMatterIsReadAsYaml()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, title);
    QFETCH(QStringList, tags);
    QFETCH(QString, created);
    QFETCH(QString, rest);
    const FrontMatter matter = FrontMatter::of(text);
    QCOMPARE(matter.valid, valid);
    QCOMPARE(matter.title, title);
    QCOMPARE(matter.tags, tags);
    if (created.isEmpty())
        QVERIFY(!matter.created.isValid());
    else
        QCOMPARE(matter.created, QDateTime::fromString(created, Qt::ISODate).toUTC());
    QCOMPARE(matter.text, rest);
}

void TestMarkdownImport::vaultBecomesNotesTagsLinksAndAttachments()
{
    write(QStringLiteral("Projects/2026/Plan.md"),
          "---\ntitle: The plan\ntags: [work, \"#urgent\"]\ncreated: 2025-01-02T03:04:05Z\n"
          "updated: 2025-02-03T04:05:06Z\nauthor: Ann\n---\n"
          "See [[Ideas]], [later ideas](../../Ideas.md#Later) and ![[diagram.png]].\n"
          "The [spec](files/spec%20v2.pdf) and ![shot](<files/shot one.png>). #inline-tag, issue #42,\n"
          "`#notatag` and [the web](https://example.org/a.md).\n```\n#nope [[Ideas]]\n```\n");
    write(QStringLiteral("Ideas.md"), "# Ideas\n\n## Later\n\nBack to [[Plan]] and [[Plan#Steps|the steps]].\n");
    write(QStringLiteral("Projects/2026/files/spec v2.pdf"), "%PDF-1.4 spec");
    write(QStringLiteral("Projects/2026/files/shot one.png"), "\x89PNG shot");
    write(QStringLiteral("Media/diagram.png"), "\x89PNG diagram");
    write(QStringLiteral("Media/unused.txt"), "nobody links here");
    write(QStringLiteral(".obsidian/workspace.md"), "the app's own");
    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    const QDateTime now(QDate(2026, 12, 4), QTime(10, 0));
    QVERIFY2(import.run(folder, now), qPrintable(import.errorString()));
    const ImportReport report = import.report();
    QCOMPARE(report.importTag, QStringLiteral("Imported/Markdown 2026-12-04"));
    QCOMPARE(report.notes, 2);
    QCOMPARE(report.attachments, 3);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().source, QStringLiteral("Media/unused.txt"));

    const QMap<QString, Saved> notes = notesIn(m_notebook);
    QCOMPARE(notes.keys(), (QStringList{QStringLiteral("Ideas"), QStringLiteral("The plan")}));
    const Saved plan = notes.value(QStringLiteral("The plan"));
    const QString diagram = NoteAttachments::hashOf("\x89PNG diagram");
    const QString spec = NoteAttachments::hashOf("%PDF-1.4 spec");
    const QString shot = NoteAttachments::hashOf("\x89PNG shot");
    QCOMPARE(plan.text, QStringLiteral("---\nauthor: Ann\n---\n"
                                       "See [[Ideas]], [[Ideas#Later|later ideas]] and ![diagram.png](attachment:%1).\n"
                                       "The [spec](attachment:%2) and ![shot](attachment:%3). #inline-tag, issue #42,\n"
                                       "`#notatag` and [the web](https://example.org/a.md).\n```\n#nope [[Ideas]]\n```\n")
                            .arg(diagram, spec, shot));
    QStringList tags = plan.tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("Imported/Markdown 2026-12-04"), QStringLiteral("Projects/2026"),
                                QStringLiteral("inline-tag"), QStringLiteral("urgent"), QStringLiteral("work")}));
    QCOMPARE(plan.created, QStringLiteral("2025-01-02T03:04:05.000Z"));
    QCOMPARE(plan.updated, QStringLiteral("2025-02-03T04:05:06.000Z"));
    // A link to a file whose note has another title is led to that title.
    QCOMPARE(notes.value(QStringLiteral("Ideas")).text,
             QStringLiteral("# Ideas\n\n## Later\n\nBack to [[The plan]] and [[The plan#Steps|the steps]].\n"));
    QCOMPARE(notes.value(QStringLiteral("Ideas")).tags, QStringList{QStringLiteral("Imported/Markdown 2026-12-04")});
    // Links and attachments are where Save keeps them.
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT n.title, l.target, l.heading FROM note_link l JOIN note n ON n.id = l.note_id")),
             (QStringList{QStringLiteral("Ideas|The plan|"), QStringLiteral("Ideas|The plan|Steps"),
                          QStringLiteral("The plan|Ideas|"), QStringLiteral("The plan|Ideas|Later")}));
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT name, type FROM attachment")),
             (QStringList{QStringLiteral("diagram.png|image/png"), QStringLiteral("shot one.png|image/png"),
                          QStringLiteral("spec v2.pdf|application/pdf")}));
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT count(*) FROM note_attachment")), QStringList{QStringLiteral("3")});
    // The tags are listed in the sidebar's index, the import's among them.
    QVERIFY(rows(m_notebook, QStringLiteral("SELECT name FROM tag")).contains(QStringLiteral("Imported/Markdown 2026-12-04")));

    // Imported again: the attachments are there already.
    NoteImport again(m_notebook);
    QVERIFY(again.run(folder, now));
    QCOMPARE(again.report().attachments, 0);
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT count(*) FROM attachment")), QStringList{QStringLiteral("3")});
    QVERIFY(QFileInfo::exists(again.backupPath())); // the notebook had notes: backed up first
}

void TestMarkdownImport::hostileFilesAreReportedNotFatal()
{
    write(QStringLiteral("good.md"), "fine");
    write(QStringLiteral("empty.md"), "");
    write(QStringLiteral("latin1.md"), "caf\xe9 cr\xe8me");
    write(QStringLiteral("utf16.md"), QByteArray("\xff\xfe", 2) + QByteArray("h\0i\0", 4));
    write(QStringLiteral("bad yaml.md"), "---\n: : [\n---\nkept");
    write(QStringLiteral("long.md"), "---\ntitle: " + QByteArray("word ").repeated(40) + "\n---\ntext");
    write(QStringLiteral("deep/a/b/c.md"), "deep");
    QVERIFY(QFile::link(m_vault, m_vault + QStringLiteral("/loop")));
    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(folder), qPrintable(import.errorString()));
    const ImportReport report = import.report();
    QStringList skipped;
    for (const ImportReport::Item &item : report.skipped)
        skipped << item.source + u':' + item.reason;
    QCOMPARE(skipped, (QStringList{QStringLiteral("loop:A symbolic link: not followed."),
                                   QStringLiteral("empty.md:The file is empty.")}));
    QStringList changed;
    for (const ImportReport::Item &item : report.changed)
        changed << item.source;
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("bad yaml.md"), QStringLiteral("latin1.md"), QStringLiteral("long.md")}));
    const QMap<QString, Saved> notes = notesIn(m_notebook);
    QCOMPARE(notes.value(QStringLiteral("latin1")).text, QStringLiteral("café crème"));
    QCOMPARE(notes.value(QStringLiteral("utf16")).text, QStringLiteral("hi"));
    QCOMPARE(notes.value(QStringLiteral("bad yaml")).text, QStringLiteral("---\n: : [\n---\nkept"));
    QCOMPARE(notes.value(QStringLiteral("c")).tags.contains(QStringLiteral("deep/a/b")), true);
    // A title over 120 characters: cut at a word, kept whole in the text.
    const QString full = QStringLiteral("word ").repeated(40).trimmed();
    QString shortened;
    for (const QString &title : notes.keys()) {
        if (title.startsWith(QLatin1String("word word")))
            shortened = title;
    }
    QVERIFY2(shortened.size() <= 120 && shortened.endsWith(QStringLiteral("word…")), qPrintable(shortened));
    QCOMPARE(notes.value(shortened).text, full + QStringLiteral("\n\ntext"));
    QCOMPARE(notes.size(), 6);
}

void TestMarkdownImport::nothingOutsideTheFolderIsRead()
{
    QFile outside(m_dir->filePath(QStringLiteral("secret.txt")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("not yours");
    outside.close();
    write(QStringLiteral("note.md"), "[x](../secret.txt) ![y](/etc/hostname) [z](../vault/../secret.txt)");
    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    QVERIFY(import.run(folder));
    QCOMPARE(notesIn(m_notebook).value(QStringLiteral("note")).text,
             QStringLiteral("[x](../secret.txt) ![y](/etc/hostname) [z](../vault/../secret.txt)"));
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT count(*) FROM attachment")), QStringList{QStringLiteral("0")});

    // Not a folder of Markdown files: said so, nothing made.
    const QString other = m_dir->filePath(QStringLiteral("other.cpbook"));
    MarkdownFolder nothing(m_dir->filePath(QStringLiteral("missing")));
    NoteImport refused(other);
    QVERIFY(!refused.run(nothing));
    QCOMPARE(refused.lastError(), NoteImport::Error::SourceFailed);
    QVERIFY2(refused.errorString().contains(QLatin1String("is not a folder")), qPrintable(refused.errorString()));
    QVERIFY(!MarkdownFolder::looksLike(m_dir->filePath(QStringLiteral("missing"))));
    QVERIFY(MarkdownFolder::looksLike(m_vault));
}

void TestMarkdownImport::cancelAndFailuresLeaveTheNotebookAsItWas()
{
    QVERIFY(createNotebookAtVersion(m_notebook, Notebook::latestSchemaVersion(), {QStringLiteral("Mine")}));
    for (int i = 0; i < 20; ++i)
        write(QStringLiteral("note %1.md").arg(i), "text");
    write(QStringLiteral("pic.png"), "\x89PNG");
    write(QStringLiteral("note 0.md"), "![[pic.png]]");
    const QByteArray before = fileHash(m_notebook);

    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    import.setProgressHandler([&import](int notes, const QString &) {
        if (notes == 10)
            import.cancel();
    });
    QVERIFY(!import.run(folder));
    QCOMPARE(import.lastError(), NoteImport::Error::Cancelled);
    QCOMPARE(fileHash(m_notebook), before);
    QCOMPARE(titlesOnDisk(m_notebook), QStringList{QStringLiteral("Mine")});

    // Another program writing all along: nothing is imported, and it says why.
    QSqlDatabase other = rawConnection(m_notebook, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    MarkdownFolder again(m_vault);
    NoteImport busy(m_notebook);
    QVERIFY(!busy.run(again));
    QCOMPARE(busy.lastError(), NoteImport::Error::WriteFailed);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();
    closeConnection(other);
    QCOMPARE(fileHash(m_notebook), before);

    // A read-only notebook is not written.
    QVERIFY(QFile::setPermissions(m_notebook, QFileDevice::ReadOwner));
    if (QFileInfo(m_notebook).isWritable())
        QSKIP("Running as root: a read-only file is writable");
    NoteImport readOnly(m_notebook);
    MarkdownFolder third(m_vault);
    QVERIFY(!readOnly.run(third));
    QCOMPARE(readOnly.lastError(), NoteImport::Error::ReadOnly);
}

// The import indexes its notes for search once, at its end: each is found
// by its words and, in Chinese, by any run of characters, beside the notes
// that were there; an edit saved later is indexed as any edit is; Cancel
// while it indexes leaves the notebook as it was.
void TestMarkdownImport::importedNotesAreFoundBySearch()
{
    QVERIFY(createNotebookAtVersion(m_notebook, Notebook::latestSchemaVersion(), {QStringLiteral("Mine")}));
    for (int i = 0; i < 2500; ++i)
        write(QStringLiteral("filler %1.md").arg(i), "plain words");
    write(QStringLiteral("Coffee.md"), "We drink coffee at noon.");
    write(QStringLiteral("咖啡.md"), "我们下午去喝咖啡吧");
    const QByteArray before = fileHash(m_notebook);

    // Cancelled while it indexes, after the last note was read.
    MarkdownFolder cancelled(m_vault);
    NoteImport stopped(m_notebook);
    bool indexing = false;
    stopped.setProgressHandler([&](int, const QString &item) {
        if (item.contains(QLatin1String("indexing"))) {
            indexing = true;
            stopped.cancel();
        }
    });
    QVERIFY(!stopped.run(cancelled));
    QVERIFY(indexing);
    QCOMPARE(stopped.lastError(), NoteImport::Error::Cancelled);
    QCOMPARE(fileHash(m_notebook), before);

    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(folder), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 2502);
    QCOMPARE(rows(m_notebook, QStringLiteral("SELECT count(*) FROM note_search_deferred")), QStringList{QStringLiteral("0")});

    NotebookFile notebook;
    QVERIFY2(notebook.open(m_notebook), qPrintable(notebook.errorDetail()));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    const auto found = [&model](const QString &text) {
        QStringList titles;
        if (!model.setSearchText(text))
            return QStringList{model.lastError().text()};
        while (model.canFetchMore())
            model.fetchMore();
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row, model.titleColumn()).data().toString();
        titles.sort();
        return titles;
    };
    QCOMPARE(found(QStringLiteral("coffee")), QStringList{QStringLiteral("Coffee")});
    QCOMPARE(found(QStringLiteral("喝咖啡")), QStringList{QStringLiteral("咖啡")});
    QCOMPARE(found(QStringLiteral("plain")).size(), 2500);
    QCOMPARE(found(QStringLiteral("Mine")), QStringList{QStringLiteral("Mine")});

    // An imported note edited and saved: found by its new words only.
    QVERIFY(model.setSearchText(QStringLiteral("coffee")));
    QVERIFY(model.setData(model.index(0, model.contentColumn()), QStringLiteral("We drink tea at dusk.")));
    QVERIFY2(model.commit(), qPrintable(model.lastError().text()));
    QCOMPARE(found(QStringLiteral("noon")), QStringList{});
    QCOMPARE(found(QStringLiteral("dusk")), QStringList{QStringLiteral("Coffee")});
}

void TestMarkdownImport::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << "Plan" << "Plan";
    QTest::newRow("characters Windows refuses") << "a/b\\c:d*e?f\"g<h>i|j" << "a_b_c_d_e_f_g_h_i_j";
    QTest::newRow("reserved") << "CON" << "CON_";
    QTest::newRow("reserved with a suffix") << "lpt1.txt" << "lpt1_.txt";
    QTest::newRow("not reserved") << "CONSOLE" << "CONSOLE";
    QTest::newRow("leading dots, trailing dot and space") << "..hidden. " << "hidden";
    QTest::newRow("control characters") << "tab\there" << "tab_here";
    QTest::newRow("nothing left") << "..." << "Untitled";
    QTest::newRow("emoji") << "Ideas 💡" << "Ideas 💡";
}

void TestMarkdownImport::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(ExportFolder::safeFileName(name), safe);
    // Long: cut below 150 bytes of UTF-8, never inside a character.
    const QString cut = ExportFolder::safeFileName(QStringLiteral("💡").repeated(100));
    QVERIFY(cut.toUtf8().size() <= 150);
    QCOMPARE(cut, QStringLiteral("💡").repeated(37));
}

void TestMarkdownImport::exportThenImportGivesBackTheNotes()
{
    // A notebook as people fill it, made through the import itself.
    write(QStringLiteral("a.md"), "---\ntitle: 'Trip: \"Lisbon\"'\ntags: [travel, travel/2026]\n"
                                  "created: 2024-03-01T10:00:00.123Z\nupdated: 2024-03-02T11:00:00Z\n---\n"
                                  "Photos ![tagus.png](attachments/x.png)\n\nSee [[Packing]] and [[Packing#Bags|bags]].\n");
    write(QStringLiteral("attachments/x.png"), "\x89PNG tagus");
    write(QStringLiteral("b.md"), "---\ntitle: Packing\n---\n---\nkept: their front matter\n---\n- [ ] passport\n");
    write(QStringLiteral("c.md"), "---\ntitle: CON\n---\nA [report](attachments/r%20%281%29.pdf) and [report again](attachments/r%20%281%29.pdf)");
    write(QStringLiteral("attachments/r (1).pdf"), "%PDF report");
    write(QStringLiteral("d.md"), "---\ntitle: plan\n---\none");
    write(QStringLiteral("e.md"), "---\ntitle: Plan\n---\ntwo");
    {
        MarkdownFolder folder(m_vault);
        NoteImport import(m_notebook);
        QVERIFY2(import.run(folder), qPrintable(import.errorString()));
        QCOMPARE(import.report().notes, 5);
    }
    const QMap<QString, Saved> original = notesIn(m_notebook);

    const QString exported = m_dir->filePath(QStringLiteral("export"));
    {
        std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromPath(m_notebook));
        QVERIFY(notebook->open(Notebook::Access::ReadOnly));
        MarkdownExport markdown;
        QVERIFY2(markdown.write(notebook->database(), exported), qPrintable(markdown.errorString()));
        QCOMPARE(markdown.notes(), 5);
        QCOMPARE(markdown.attachments(), 2);
        // Into a folder that holds something: refused, nothing written.
        MarkdownExport again;
        QVERIFY(!again.write(notebook->database(), exported));
        QVERIFY(again.errorString().contains(QLatin1String("is not empty")));
    }
    QCOMPARE(folderEntries(exported),
             (QStringList{QStringLiteral("CON_.md"), QStringLiteral("Packing.md"), QStringLiteral("Plan (2).md"),
                          QStringLiteral("Trip_ _Lisbon_.md"), QStringLiteral("attachments"), QStringLiteral("plan.md")}));
    QCOMPARE(folderEntries(exported + QStringLiteral("/attachments")),
             (QStringList{QStringLiteral("r (1).pdf"), QStringLiteral("x.png")}));

    const QString back = m_dir->filePath(QStringLiteral("back.cpbook"));
    MarkdownFolder folder(exported);
    NoteImport import(back);
    QVERIFY2(import.run(folder, QDateTime(QDate(2027, 1, 1), QTime(9, 0))), qPrintable(import.errorString()));
    QVERIFY(import.report().skipped.isEmpty());
    const QMap<QString, Saved> returned = notesIn(back);
    QCOMPARE(returned.keys(), original.keys());
    for (auto note = original.cbegin(); note != original.cend(); ++note) {
        const Saved again = returned.value(note.key());
        QCOMPARE(again.text, note->text);
        QStringList tags = again.tags;
        tags.removeAll(QStringLiteral("Imported/Markdown 2027-01-01"));
        QVERIFY2(tags == note->tags, qPrintable(note.key() + u':' + tags.join(u',') + u'/' + note->tags.join(u',')));
        QCOMPARE(again.created, note->created);
        QCOMPARE(again.updated, note->updated);
    }
    const QString links = QStringLiteral("SELECT n.title, l.target, l.heading FROM note_link l JOIN note n ON n.id = l.note_id");
    QCOMPARE(rows(back, links), rows(m_notebook, links));
    const QString attachments = QStringLiteral("SELECT hash, name, size FROM attachment");
    QCOMPARE(rows(back, attachments), rows(m_notebook, attachments));
}

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdownimport.moc"
