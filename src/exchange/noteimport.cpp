#include "noteimport.h"

#include "appdata.h"
#include "importednote.h"
#include "importsource.h"
#include "logging.h"
#include "noteattachments.h"
#include "notebook.h"
#include "notebookbackup.h"
#include "notebooklocation.h"
#include "notebookstorage.h"
#include "notelinks.h"
#include "notemodel.h"
#include "notetags.h"
#include "schemamigrator.h"
#include "writetransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QScopeGuard>
#include <QSqlQuery>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

NoteImport::NoteImport(const QString &notebook)
    : m_location(NotebookLocation::fromUserInput(notebook))
{
}

NoteImport::~NoteImport() = default;

bool NoteImport::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcNotebook).noquote() << "Import failed:" << message;
    return false;
}

QString NoteImport::shortTitle(const QString &title, int length)
{
    if (NoteModel::titleLength(title) <= length)
        return title;
    // Room for the ellipsis that says it goes on.
    QString cut = NoteModel::cutTitle(title, length - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > cut.size() / 2)
        cut.truncate(space);
    return cut.trimmed() + u'…';
}

bool NoteImport::backUp()
{
    QSqlQuery count(m_notebook->database());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM note")) || !count.next())
        return fail(Error::CannotOpen, count.lastError().text());
    const bool empty = count.value(0).toInt() == 0;
    count.finish();
    // A server's notebook is backed up by its server; a file's is copied.
    if (empty || !m_location.isFile())
        return true;
    const QString path = m_location.filePath();
    const QString folder = NotebookBackup::backupFolder(path);
    const QString name = folder + u'/' + QFileInfo(path).completeBaseName() + QStringLiteral(" before import ")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"));
    QString target = name + QStringLiteral(".cpbook");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1 (%2).cpbook").arg(name).arg(n);
    NotebookBackup backup;
    AppData::makePrivateFolder(folder); // if it cannot be, the backup says why
    if (!backup.write(m_notebook->database(), target))
        return fail(Error::BackupFailed, tr("Nothing was imported: the notebook could not be backed up first. %1")
                                             .arg(backup.lastError()));
    m_backupPath = target;
    return true;
}

bool NoteImport::run(ImportSource &source, const QDateTime &now)
{
    m_report = ImportReport();
    m_report.importTag = QStringLiteral("Imported/%1 %2").arg(source.kind(), now.toString(QStringLiteral("yyyy-MM-dd")));
    m_nowText = timeText(now);
    m_notebook = Notebook::at(m_location);
    if (!m_notebook)
        return fail(Error::CannotOpen, m_location.toString());
    m_notebook->setPassword(m_password);
    m_notebook->setSetUpAllowed(true); // the user named it to import into, as a file is made
    if (!m_notebook->open()) {
        m_openError = m_notebook->lastError();
        return fail(Error::CannotOpen, m_notebook->errorString());
    }
    const auto close = qScopeGuard([this] { m_notebook.reset(); });
    if (m_notebook->isReadOnly())
        return fail(Error::ReadOnly, tr("Nothing was imported: %1").arg(m_notebook->readOnlyMessage()));
    if (!backUp())
        return false;

    const QSqlDatabase db = m_notebook->database();
    const NotebookStorage &storage = NotebookStorage::of(db);
    storage.prepareLargeWrite(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(Error::WriteFailed, tr("Nothing was imported: the notebook cannot be written now (%1).")
                                            .arg(transaction.lastError().text()));
    if (!SchemaMigrator().isOurSchema(db))
        return fail(Error::WriteFailed, tr("Nothing was imported: another program changed the structure of the notebook."));
    storage.trustTriggers(db, true);
    const auto distrust = qScopeGuard([&storage, &db] { storage.trustTriggers(db, false); });

    QSqlError error;
    if (!storage.deferSearchIndex(db, true, &error))
        return fail(Error::WriteFailed, tr("Nothing was imported: %1").arg(error.text()));
    m_firstId = m_lastId = -1;
    const bool read = source.read(*this);
    // Whatever went wrong, the transaction rolls back.
    if (m_cancelled)
        return fail(Error::Cancelled, tr("The import was cancelled: nothing was imported."));
    if (!read)
        return m_error != Error::None ? false : fail(Error::SourceFailed, source.errorString());
    if (m_saving)
        m_saving();
    if (!indexForSearch() || !storage.deferSearchIndex(db, false, &error))
        return m_error != Error::None ? false : fail(Error::WriteFailed, tr("Nothing was imported: %1").arg(error.text()));
    if (!transaction.commit())
        return fail(Error::WriteFailed, tr("Nothing was imported: %1").arg(transaction.lastError().text()));
    storage.finishLargeWrite(db);
    return true;
}

// The imported notes, 500 at a time (a tenth of a second at most) so that
// the progress moves and Cancel is heard while it runs.
bool NoteImport::indexForSearch()
{
    const QSqlDatabase db = m_notebook->database();
    constexpr qint64 Step = 500;
    for (qint64 first = m_firstId; m_firstId >= 0 && first <= m_lastId; first += Step) {
        if (m_cancelled)
            return fail(Error::Cancelled, tr("The import was cancelled: nothing was imported."));
        QSqlError error;
        if (!NotebookStorage::of(db).indexForSearch(db, first, qMin(first + Step - 1, m_lastId), &error))
            return fail(Error::WriteFailed, tr("Nothing was imported: the notes could not be indexed for search (%1).")
                                                .arg(error.text()));
        if (m_progress) {
            const qint64 done = qMin(first + Step, m_lastId + 1) - m_firstId;
            m_progress(m_report.notes, tr("indexing them for search, %L1 of %L2").arg(done).arg(m_lastId - m_firstId + 1));
        }
    }
    if (m_cancelled)
        return fail(Error::Cancelled, tr("The import was cancelled: nothing was imported."));
    return true;
}

QString NoteImport::attach(const QByteArray &data, const QString &name, const QString &source)
{
    if (data.size() > NoteAttachments::MaxSize) {
        skip(source, tr("“%1” is larger than 100 MB, the most a notebook takes in one file.").arg(name));
        return {};
    }
    NoteAttachments::Attachment attachment;
    attachment.hash = NoteAttachments::hashOf(data);
    attachment.name = name.isEmpty() ? attachment.hash.left(12) : name;
    attachment.type = QMimeDatabase().mimeTypeForFileNameAndData(attachment.name, data).name();
    attachment.data = data;
    NoteAttachments attachments(m_notebook->database());
    bool added = false;
    if (!attachments.add(attachment, &added)) {
        skip(source, tr("“%1” could not be stored: %2").arg(name, attachments.lastError().text()));
        return {};
    }
    if (added)
        ++m_report.attachments;
    return attachment.hash;
}

bool NoteImport::add(ImportedNote note)
{
    if (m_cancelled)
        return false;
    QString title = NoteModel::singleLine(note.title).trimmed();
    if (title.isEmpty())
        title = tr("Untitled note");
    if (NoteModel::titleLength(title) > NoteModel::MaxTitleLength) {
        // The whole title stays, as the first line of the text.
        note.text = title + QStringLiteral("\n\n") + note.text;
        title = shortTitle(title, NoteModel::MaxTitleLength);
        change(note.source, tr("The title was longer than %n characters: shortened, and kept whole as the "
                               "first line of the text.", nullptr, NoteModel::MaxTitleLength));
    }
    QStringList tags = note.tags;
    tags.append(m_report.importTag);
    const QString tagText = NoteTags::toText(tags); // normalized, each once, sorted
    const QString created = note.created.isValid() ? timeText(note.created) : m_nowText;
    const QString updated = note.updated.isValid() ? timeText(note.updated) : created;

    const QSqlDatabase db = m_notebook->database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO note (title, content, excerpt, tags, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(title);
    // Never NULL: an empty QString binds as NULL.
    query.addBindValue(note.text.isEmpty() ? QStringLiteral("") : note.text);
    const QString excerpt = NoteModel::excerptOf(note.text);
    query.addBindValue(excerpt.isEmpty() ? QStringLiteral("") : excerpt);
    query.addBindValue(tagText);
    query.addBindValue(created);
    query.addBindValue(updated);
    qint64 id = -1;
    QSqlError error;
    if (!query.exec() || !NotebookStorage::of(db).lastInsertedId(db, &id, &error)) {
        return fail(Error::WriteFailed, tr("Nothing was imported: “%1” could not be written (%2).")
                                            .arg(note.source, query.lastError().isValid() ? query.lastError().text() : error.text()));
    }
    query.finish();
    if (m_firstId < 0)
        m_firstId = id;
    m_lastId = id;
    NoteTags noteTags(db);
    NoteLinks links(db);
    NoteAttachments attachments(db);
    if (!noteTags.link(id, tagText, false))
        error = noteTags.lastError();
    else if (!links.write(id, note.text))
        error = links.lastError();
    else if (!attachments.write(id, note.text, nullptr))
        error = attachments.lastError();
    if (error.isValid())
        return fail(Error::WriteFailed, tr("Nothing was imported: “%1” could not be written (%2).").arg(note.source, error.text()));
    ++m_report.notes;
    if (m_progress)
        m_progress(m_report.notes, note.source);
    return !m_cancelled;
}

void NoteImport::skip(const QString &source, const QString &reason)
{
    m_report.skipped.append({source, reason});
}

void NoteImport::change(const QString &source, const QString &reason)
{
    m_report.changed.append({source, reason});
}
