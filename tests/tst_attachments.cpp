#include "notebook.h"
#include "appdata.h"
#include "notebookbackup.h"
#include "notebooksession.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace TestSupport;

// Images and files kept in the notebook: pending until Save like every
// other change, dropped by Revert, recovered after a crash, stored once,
// and removed when nothing refers to them any more.
class TestAttachments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void referencesAreFoundAndWritten();
    void saveStoresWhatTheTextRefersTo();
    void theSameBytesAreStoredOnce();
    void revertDropsThem();
    void aCrashLosesNoAttachment();
    void aFailedSaveKeepsThem();
    void whatAKilledWindowLeftWithoutAJournalIsCleared();
    void unusedOnesGoOnlyWhenNothingRefersToThem();
    void tooLargeOrUnreadableFilesAreRefused();
    void copiesOpenSaveAndBackUp();

private:
    std::unique_ptr<NotebookSession> openSession();
    // Sets the text of the note with that id, as the editor would.
    static void setText(NotebookSession &session, qint64 id, const QString &text);
    // The attachments on disk, read as another program would: hash → name.
    QMap<QString, QString> storedAttachments() const;
    static QByteArray pngBytes(const QColor &color, int width = 40, int height = 20);
    static QString hashIn(const QString &markdown);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAttachments::initTestCase()
{
    useTestAppData();
}

void TestAttachments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QVERIFY(createNotebookAtVersion(m_path, Notebook::latestSchemaVersion(),
                                    {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
}

void TestAttachments::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

std::unique_ptr<NotebookSession> TestAttachments::openSession()
{
    NotebookSession::OpenError error;
    auto session = NotebookSession::open(NotebookLocation::fromPath(m_path), &error);
    if (!session)
        qWarning("%s: %s", qPrintable(error.message), qPrintable(error.detail));
    return session;
}

void TestAttachments::setText(NotebookSession &session, qint64 id, const QString &text)
{
    NoteModel *model = session.model();
    const int row = model->rowForId(id);
    QVERIFY(row >= 0);
    QVERIFY(model->setData(model->index(row, model->contentColumn()), text));
}

QMap<QString, QString> TestAttachments::storedAttachments() const
{
    QMap<QString, QString> stored;
    QSqlDatabase db = rawConnection(m_path);
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT hash, name, length(data), size FROM attachment"))) {
            while (query.next()) {
                // A row whose size is not its data's is reported as broken.
                stored.insert(query.value(0).toString(), query.value(2) == query.value(3)
                                                             ? query.value(1).toString()
                                                             : QStringLiteral("(size differs)"));
            }
        }
    }
    closeConnection(db);
    return stored;
}

QByteArray TestAttachments::pngBytes(const QColor &color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString TestAttachments::hashIn(const QString &markdown)
{
    const QStringList hashes = NoteAttachments::references(markdown);
    return hashes.size() == 1 ? hashes.first() : QString();
}

void TestAttachments::referencesAreFoundAndWritten()
{
    const QString hash = NoteAttachments::hashOf("x");
    QCOMPARE(hash.size(), 64);
    QCOMPARE(NoteAttachments::reference(QStringLiteral("a [b].png"), hash, true),
             QStringLiteral("![a \\[b\\].png](attachment:%1)").arg(hash));
    QCOMPARE(NoteAttachments::reference(QStringLiteral("report.pdf"), hash, false),
             QStringLiteral("[report.pdf](attachment:%1)").arg(hash));
    const QString other = NoteAttachments::hashOf("y");
    const QString text = QStringLiteral("See ![one](attachment:%1) and [two](attachment:%2), "
                                        "again ![one](attachment:%1); not attachment:%3")
                             .arg(hash, other, hash.left(40));
    QCOMPARE(NoteAttachments::references(text), (QStringList{hash, other}));
    QVERIFY(NoteAttachments::references(QStringLiteral("plain text")).isEmpty());
}

void TestAttachments::saveStoresWhatTheTextRefersTo()
{
    const QByteArray png = pngBytes(Qt::red);
    QString hash;
    {
        auto session = openSession();
        QVERIFY(session);
        QString markdown;
        QVERIFY(session->addAttachment(png, QStringLiteral("red.png"), &markdown));
        hash = hashIn(markdown);
        QCOMPARE(hash, NoteAttachments::hashOf(png));
        QVERIFY(markdown.startsWith(QLatin1String("![red.png](attachment:"))); // an image shows in place
        setText(*session, 1, QStringLiteral("A picture:\n") + markdown);
        // Pending: readable here, not in the notebook yet.
        NoteAttachments::Attachment found;
        QVERIFY(session->attachment(hash, &found));
        QCOMPARE(found.data, png);
        QCOMPARE(found.type, QStringLiteral("image/png"));
        QVERIFY(storedAttachments().isEmpty());

        QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
        QCOMPARE(storedAttachments(), (QMap<QString, QString>{{hash, QStringLiteral("red.png")}}));
        // Nothing is left aside once it is saved.
        QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")), QStringList());
    }
    auto session = openSession();
    QVERIFY(session);
    NoteAttachments::Attachment found;
    QVERIFY(session->attachment(hash, &found));
    QCOMPARE(found.data, png);
    QCOMPARE(found.size, qint64(png.size()));
    QCOMPARE(found.name, QStringLiteral("red.png"));
    const QList<NoteAttachments::Attachment> listed =
        session->attachmentsOf(session->model()->index(session->model()->rowForId(1), session->model()->contentColumn()).data().toString());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().hash, hash);
    QVERIFY(listed.first().data.isEmpty()); // a description, not the bytes

    // A reference to a file this notebook never had stores nothing.
    setText(*session, 2, QStringLiteral("![x](attachment:%1)").arg(NoteAttachments::hashOf("elsewhere")));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 1);
}

void TestAttachments::theSameBytesAreStoredOnce()
{
    const QByteArray png = pngBytes(Qt::blue);
    const QString file = m_dir->filePath(QStringLiteral("diagram.png"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(png) == png.size());
    }
    auto session = openSession();
    QVERIFY(session);
    QString first;
    QString second;
    QVERIFY(session->addAttachmentFile(file, &first));
    QVERIFY(session->addAttachment(png, QStringLiteral("again.png"), &second));
    QCOMPARE(hashIn(first), hashIn(second));
    // Under the name it was first added with.
    QVERIFY2(second.contains(QLatin1String("diagram.png")), qPrintable(second));
    setText(*session, 1, first);
    setText(*session, 2, second);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 1);

    // Added again after the save, to a new note: still the one row.
    QString third;
    QVERIFY(session->addAttachmentFile(file, &third));
    const int row = session->model()->addNote(QStringLiteral("Gamma"));
    session->model()->setData(session->model()->index(row, session->model()->contentColumn()), third);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 1);
    QSqlDatabase db = rawConnection(m_path);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM note_attachment")).toInt(), 3);
    closeConnection(db);
}

void TestAttachments::revertDropsThem()
{
    auto session = openSession();
    QVERIFY(session);
    QString markdown;
    QVERIFY(session->addAttachment(pngBytes(Qt::green), QStringLiteral("green.png"), &markdown));
    const QString hash = hashIn(markdown);
    setText(*session, 1, markdown);
    session->revert();
    QVERIFY(!session->hasPendingChanges());
    NoteAttachments::Attachment found;
    QVERIFY(!session->attachment(hash, &found));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(storedAttachments().isEmpty());
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")), QStringList());
}

void TestAttachments::aCrashLosesNoAttachment()
{
    const QByteArray png = pngBytes(Qt::yellow, 300, 200);
    QString hash;
    {
        auto session = openSession();
        QVERIFY(session);
        QString markdown;
        QVERIFY(session->addAttachment(png, QStringLiteral("sun.png"), &markdown));
        hash = hashIn(markdown);
        setText(*session, 2, QStringLiteral("Before ") + markdown);
        QTRY_VERIFY(journalText().contains(hash.toLatin1()));
        // The bytes are beside the journal, not in its text.
        QVERIFY(!journalText().contains(png.toBase64().left(40)));
        // Gone without saving, as a crash leaves it.
    }
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")).size(), 1);
    auto session = openSession();
    QVERIFY(session);
    const QList<UnsavedJournal::Recovered> journals = session->leftBehind();
    QCOMPARE(journals.size(), 1);
    session->recover(journals.first());
    NoteAttachments::Attachment found;
    QVERIFY(session->attachment(hash, &found));
    QCOMPARE(found.data, png);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments(), (QMap<QString, QString>{{hash, QStringLiteral("sun.png")}}));
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")), QStringList());

    // A journal forgotten takes its attachments with it.
    {
        auto crashed = openSession();
        QString markdown;
        QVERIFY(crashed->addAttachment(pngBytes(Qt::cyan), QStringLiteral("cyan.png"), &markdown));
        setText(*crashed, 1, markdown);
        crashed->flushJournal();
        QTRY_VERIFY(journalText().contains("cyan.png") || journalText().contains(hashIn(markdown).toLatin1()));
    }
    const QList<UnsavedJournal::Recovered> left = session->leftBehind();
    QCOMPARE(left.size(), 1);
    NotebookSession::forget(left.first());
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")), QStringList());
}

void TestAttachments::whatAKilledWindowLeftWithoutAJournalIsCleared()
{
    // A window killed after an image was pasted, before its journal was
    // written: a lock of a process that is gone, and the image.
    QVERIFY(AppData::makePrivateFolder(UnsavedJournal::folder()));
    const QString journal = UnsavedJournal::folder() + u'/' + AppData::notebookKey(m_path) + QStringLiteral("-gone.json");
    PendingAttachments left(UnsavedJournal::attachmentFolderOf(journal));
    QString hash;
    QVERIFY(left.add(pngBytes(Qt::gray), QStringLiteral("gray.png"), &hash));
    {
        QFile lock(journal + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // QLockFile's format: the process, the program, the machine.
        lock.write(QByteArray::number(std::numeric_limits<int>::max()) + "\ncommonplace\n"
                   + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    // And a window still running, whose journal is not written yet.
    auto running = openSession();
    QVERIFY(running);
    QString markdown;
    QVERIFY(running->addAttachment(pngBytes(Qt::darkRed), QStringLiteral("red.png"), &markdown));
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")).size(), 2);

    auto session = openSession();
    QVERIFY(session);
    QCOMPARE(session->leftBehind().size(), 0);
    const QStringList entries = folderEntries(UnsavedJournal::folder());
    QVERIFY2(!entries.contains(QFileInfo(journal).fileName() + QStringLiteral(".lock")), qPrintable(entries.join(u' ')));
    QCOMPARE(entries.filter(QStringLiteral(".attachments")).size(), 1); // the running window's
    NoteAttachments::Attachment found;
    QVERIFY(running->attachment(hashIn(markdown), &found));
}

void TestAttachments::aFailedSaveKeepsThem()
{
    auto session = openSession();
    QVERIFY(session);
    QString markdown;
    QVERIFY(session->addAttachment(pngBytes(Qt::magenta), QStringLiteral("pink.png"), &markdown));
    setText(*session, 1, markdown);
    // Another program is writing: the save fails, and nothing is lost.
    QSqlDatabase other = rawConnection(m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Failed);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();
    closeConnection(other);
    QVERIFY(storedAttachments().isEmpty());
    NoteAttachments::Attachment found;
    QVERIFY(session->attachment(hashIn(markdown), &found));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 1);
}

void TestAttachments::unusedOnesGoOnlyWhenNothingRefersToThem()
{
    auto session = openSession();
    QVERIFY(session);
    NoteModel *model = session->model();
    QString shared;
    QString own;
    QVERIFY(session->addAttachment(pngBytes(Qt::black), QStringLiteral("shared.png"), &shared));
    QVERIFY(session->addAttachment(QByteArrayLiteral("%PDF-1.4 minutes"), QStringLiteral("minutes.pdf"), &own));
    QVERIFY2(own.startsWith(QLatin1String("[minutes.pdf](attachment:")), qPrintable(own)); // a link, not an image
    setText(*session, 1, shared + u'\n' + own);
    setText(*session, 2, QStringLiteral("Also ") + shared);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 2);

    // Taken out of the text: the version saved before still refers to it.
    setText(*session, 1, QStringLiteral("Nothing attached now"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 2);
    // In the Trash: kept.
    QVERIFY(model->moveToTrash(model->rowForId(1)));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 2);
    // Deleted for good, with its history: its own file goes; the one Beta
    // refers to stays.
    QVERIFY(model->setShelf(NoteModel::Shelf::Trash));
    QVERIFY(model->removeRows(model->rowForId(1), 1));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().keys(), QStringList{hashIn(shared)});

    // Emptied from the Trash by age: the last one goes too.
    QVERIFY(model->setShelf(NoteModel::Shelf::Notes));
    QVERIFY(model->moveToTrash(model->rowForId(2)));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(storedAttachments().size(), 1);
    int removed = 0;
    QVERIFY(model->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(60), &removed));
    QCOMPARE(removed, 1);
    QVERIFY(storedAttachments().isEmpty());
}

void TestAttachments::tooLargeOrUnreadableFilesAreRefused()
{
    auto session = openSession();
    QVERIFY(session);
    // Sparse: a file of 100 MB and one byte costs no disk.
    const QString big = m_dir->filePath(QStringLiteral("film.mkv"));
    {
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(NoteAttachments::MaxSize + 1));
    }
    QString markdown;
    QVERIFY(!session->addAttachmentFile(big, &markdown));
    QVERIFY2(session->attachmentError().contains(QLatin1String("film.mkv"))
                 && session->attachmentError().contains(QLatin1String("100 MB")),
             qPrintable(session->attachmentError()));
    QVERIFY(!session->addAttachment(QByteArray(NoteAttachments::MaxSize + 1, 'x'), QStringLiteral("big.bin"), &markdown));
    QVERIFY(session->attachmentError().contains(QLatin1String("100 MB")));
    QVERIFY(!session->addAttachmentFile(m_dir->path(), &markdown)); // a folder
    QVERIFY(!session->attachmentError().isEmpty());
    QVERIFY(!session->addAttachmentFile(m_dir->filePath(QStringLiteral("gone.txt")), &markdown));
    QVERIFY(!session->attachmentError().isEmpty());
    QVERIFY(!session->hasPendingChanges());
    QCOMPARE(folderEntries(UnsavedJournal::folder()).filter(QStringLiteral(".attachments")), QStringList());
}

void TestAttachments::copiesOpenSaveAndBackUp()
{
    const QByteArray pdf("%PDF-1.4 the plan");
    auto session = openSession();
    QVERIFY(session);
    QString markdown;
    QVERIFY(session->addAttachment(pdf, QStringLiteral("plan: v2/final.pdf"), &markdown));
    const QString hash = hashIn(markdown);
    setText(*session, 1, markdown);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);

    // Opened as a copy with a name any file system takes, the user's own.
    QString copy;
    QString error;
    QVERIFY2(session->writeAttachmentCopy(hash, &copy, &error), qPrintable(error));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("plan_ v2_final.pdf"));
    QFile opened(copy);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), pdf);
    QCOMPARE(opened.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    const QString saved = m_dir->filePath(QStringLiteral("saved.pdf"));
    QVERIFY2(session->saveAttachmentAs(hash, saved, &error), qPrintable(error));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), pdf);
    QVERIFY(!session->saveAttachmentAs(NoteAttachments::hashOf("none"), m_dir->filePath(QStringLiteral("x")), &error));
    QVERIFY(!error.isEmpty());

    // A backup is the whole notebook: its attachments too.
    const QString backup = m_dir->filePath(QStringLiteral("backup.cpbook"));
    QVERIFY2(session->backUpTo(backup, &error), qPrintable(error));
    QSqlDatabase db = rawConnection(backup);
    QCOMPARE(scalar(db, QStringLiteral("SELECT data FROM attachment")).toByteArray(), pdf);
    closeConnection(db);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
