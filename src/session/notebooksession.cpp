#include "notebooksession.h"

#include "appdata.h"
#include "logging.h"
#include "exportfolder.h"
#include "markdownsource.h"
#include "notebook.h"
#include "notebookbackup.h"
#include "notebookcopy.h"
#include "notebookstorage.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <QSqlDriver>
#include <QSqlError>

std::unique_ptr<NotebookSession> NotebookSession::open(const NotebookLocation &location, OpenError *error,
                                                       const std::function<void()> &progress, const QString &password,
                                                       bool setUpAllowed)
{
    std::unique_ptr<Notebook> notebook = Notebook::at(location);
    if (!notebook) {
        *error = {tr("No notebook was named."), StorageError::Kind::None, QString(), false};
        return nullptr;
    }
    notebook->setProgressHandler(progress);
    notebook->setPassword(password);
    notebook->setSetUpAllowed(setUpAllowed);
    const bool opened = notebook->open();
    notebook->setProgressHandler({});
    if (!opened) {
        *error = {notebook->errorString(), StorageError::Kind::None, notebook->errorDetail(),
                  notebook->lastError() == Notebook::Error::Damaged,
                  notebook->lastError() == Notebook::Error::PasswordNeeded
                      || notebook->lastError() == Notebook::Error::PasswordRefused,
                  notebook->lastError() == Notebook::Error::NotSetUp};
        return nullptr;
    }
    // Listing the notes reads the note table: damage there shows now.
    auto model = std::make_unique<NoteModel>(notebook->database());
    if (!model->select()) {
        *error = {QString(), model->errorKind(), model->lastError().text(),
                  model->errorKind() == StorageError::Kind::Damaged};
        return nullptr;
    }
    return std::unique_ptr<NotebookSession>(new NotebookSession(std::move(notebook), std::move(model)));
}

NotebookSession::NotebookSession(std::unique_ptr<Notebook> notebook, std::unique_ptr<NoteModel> model)
    : m_notebook(std::move(notebook))
    , m_model(std::move(model))
    , m_journal(std::make_unique<UnsavedJournal>(m_notebook->location().toString()))
    , m_attachments(std::make_unique<PendingAttachments>(m_journal->attachmentFolder()))
{
    m_model->setPendingAttachments(m_attachments.get());
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(1000);
    connect(&m_journalTimer, &QTimer::timeout, this, &NotebookSession::writeJournal);
    m_watchTimer.setInterval(1500);
    connect(&m_watchTimer, &QTimer::timeout, this, &NotebookSession::checkForOtherChanges);
    m_announcedTimer.setSingleShot(true);
    m_announcedTimer.setInterval(50);
    connect(&m_announcedTimer, &QTimer::timeout, this, &NotebookSession::checkForOtherChanges);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &NotebookSession::reconnect);
    // Every change to the model reaches the journal.
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &NotebookSession::scheduleJournal);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &NotebookSession::scheduleJournal);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &NotebookSession::scheduleJournal);
    connect(m_model.get(), &QAbstractItemModel::headerDataChanged, this, &NotebookSession::scheduleJournal);
}

NotebookSession::~NotebookSession()
{
    // Nothing pending is left only when nothing is pending: a journal of
    // changes nobody decided on stays, to be recovered.
    if (!m_model->hasPendingChanges()) {
        m_journal->remove();
        m_attachments->clear();
    }
    m_model->setPendingAttachments(nullptr);
    m_journal.reset();
    if (m_dailyBackup)
        m_dailyBackup->wait();
    m_model.reset(); // before the notebook: it uses the notebook's connection
    m_notebook.reset();
}

void NotebookSession::restoreVersion(int row, const QString &title, const QString &text)
{
    m_model->setData(m_model->index(row, m_model->titleColumn()), NoteModel::cutTitle(NoteModel::singleLine(title), NoteModel::MaxTitleLength));
    m_model->setData(m_model->index(row, m_model->contentColumn()), text);
}

NotebookSession::LinkTarget NotebookSession::linkTarget(const QString &title) const
{
    using State = LinkTarget::State;
    const QString key = MarkdownSource::titleKey(title);
    // A new note is a target as soon as it has the title, before any save.
    for (const NoteModel::PendingChange &change : m_model->pendingChanges()) {
        if (change.op == NoteModel::PendingChange::Insert && !change.deleted
            && MarkdownSource::titleKey(m_model->index(change.row, m_model->titleColumn()).data().toString()) == key)
            return {State::Exists, -1, change.row};
    }
    NoteLinks::Target found;
    if (!links().find(title, &found) || found.id < 0)
        return {};
    return {found.trashed ? State::Trashed : State::Exists, found.id, -1};
}

NotebookLocation NotebookSession::location() const
{
    return m_notebook->location();
}

bool NotebookSession::isReadOnly() const
{
    return m_notebook->isReadOnly();
}

void NotebookSession::start(int backupsToKeep, int trashDays, const QDateTime &now)
{
    m_backupsToKeep = backupsToKeep;
    // Before the backup, whose reading would hold the purge off.
    if (trashDays > 0 && !isReadOnly()) {
        int removed = 0;
        if (!m_model->purgeTrash(now.addDays(-trashDays), &removed))
            emit trashPurgeFailed(m_model->lastError().text());
        else if (removed > 0)
            emit trashPurged(removed);
    }
    backUpDaily();
    m_changeCounter = -1;
    listenForOthersSaves();
    if (!m_listening)
        checkForOtherChanges(); // learns the current count
    // Listening, the timer only retries a reload the window held off.
    m_watchTimer.start();
}

NotebookSession::SaveResult NotebookSession::save(int *trackedRow)
{
    emit aboutToReadChanges();
    if (!m_model->hasPendingChanges())
        return SaveResult::Saved;
    if (!m_model->commit(trackedRow)) {
        if (m_model->errorKind() == StorageError::Kind::ConnectionLost
            || !NotebookStorage::of(m_notebook->database()).isConnected(m_notebook->database()))
            loseConnection();
        return m_model->conflicts().isEmpty() ? SaveResult::Failed : SaveResult::Conflicts;
    }
    m_journalTimer.stop();
    m_journal->remove();
    m_attachments->clear(); // in the notebook now, or referred to by nothing
    backUpDaily();
    return SaveResult::Saved;
}

QString NotebookSession::saveErrorDetail() const
{
    return m_model->lastError().text();
}

void NotebookSession::resolve(const NoteModel::Conflict &conflict, NoteModel::Resolution resolution)
{
    m_model->resolve(conflict, resolution);
}

void NotebookSession::revert()
{
    m_model->discardChanges();
    m_journalTimer.stop();
    m_journal->remove();
    m_attachments->clear();
}

QList<UnsavedJournal::Recovered> NotebookSession::leftBehind() const
{
    if (isReadOnly())
        return {};
    return UnsavedJournal::leftBehind(m_notebook->location().toString(), m_model->record());
}

void NotebookSession::recover(const UnsavedJournal::Recovered &journal)
{
    m_model->restoreChanges(journal.changes);
    m_attachments->adopt(UnsavedJournal::attachmentFolderOf(journal.path));
    // Its changes are this session's now: in its own journal at once, so
    // that a crash right after this loses them no more than before.
    forget(journal);
    writeJournal();
}

void NotebookSession::forget(const UnsavedJournal::Recovered &journal)
{
    UnsavedJournal::forget(journal);
}

// A change starts the journal's timer but never restarts it: someone who
// types without a pause still has their words in the journal within a second.
void NotebookSession::scheduleJournal()
{
    if (!m_journalTimer.isActive())
        m_journalTimer.start();
}

void NotebookSession::flushJournal()
{
    if (m_journalTimer.isActive())
        writeJournal();
}

void NotebookSession::writeJournal()
{
    m_journalTimer.stop();
    emit aboutToReadChanges();
    if (!m_journal->write(m_model->pendingChanges()))
        emit journalFailed(m_journal->lastError());
}

void NotebookSession::listenForOthersSaves()
{
    const QSqlDatabase db = m_notebook->database();
    const QString channel = NotebookStorage::of(db).changeChannel(db);
    QSqlDriver *driver = db.driver();
    if (m_listening || channel.isEmpty() || !driver->subscribeToNotification(channel))
        return;
    m_listening = true;
    // Once: a reconnection subscribes again on the same driver.
    disconnect(m_announcements);
    m_announcements = connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source != QSqlDriver::OtherSource)
                    return; // this session's own save
                m_othersSaved = true;
                if (!m_announcedTimer.isActive())
                    m_announcedTimer.start();
            });
}

void NotebookSession::loseConnection()
{
    if (m_connectionLost)
        return;
    m_connectionLost = true;
    m_othersSaved = false;
    m_reconnectDelay = 1000;
    m_reconnectTimer.start(m_reconnectDelay);
    emit connectionLost();
}

void NotebookSession::reconnect()
{
    if (!m_connectionLost)
        return;
    if (!m_notebook->reconnect()) {
        m_reconnectDelay = qMin(2 * m_reconnectDelay, 30000);
        m_reconnectTimer.start(m_reconnectDelay);
        return;
    }
    m_connectionLost = false;
    // A new connection listens for nothing yet (closing the old one ended
    // its subscriptions); what others saved while this one was away is
    // read by a reload, as soon as one is allowed.
    m_listening = false;
    listenForOthersSaves();
    m_othersSaved = true;
    m_changeCounter = -2; // unlike any counter: the next look reloads
    emit connectionRestored();
    checkForOtherChanges();
}

bool NotebookSession::checkForOtherChanges()
{
    if (m_connectionLost)
        return false;
    if (!NotebookStorage::of(m_notebook->database()).isConnected(m_notebook->database())) {
        loseConnection();
        return false;
    }
    if (m_reloadAllowed && !m_reloadAllowed())
        return false;
    if (m_listening) {
        if (!m_othersSaved)
            return false;
        m_othersSaved = false;
    } else {
        qint64 counter = 0;
        if (!NotebookStorage::of(m_notebook->database()).changeCounter(m_notebook->database(), &counter))
            return false;
        const bool changed = m_changeCounter != -1 && counter != m_changeCounter;
        m_changeCounter = counter;
        if (!changed)
            return false;
    }
    emit aboutToReload();
    m_model->reload();
    emit reloaded();
    return true;
}

bool NotebookSession::exportNotes(NoteExport::Format format, const QString &path, const QList<qint64> &ids, int *notes,
                                  int *attachments, QString *error, const std::function<void(int)> &progress) const
{
    const std::unique_ptr<NoteExport> exporter = NoteExport::create(format);
    exporter->setProgressHandler(progress);
    const bool written = exporter->write(m_model->database(), path, ids);
    *notes = exporter->notes();
    *attachments = exporter->attachments();
    if (!written)
        *error = exporter->errorString();
    return written;
}

bool NotebookSession::backUpTo(const QString &path, QString *error) const
{
    NotebookBackup backup;
    if (!backup.writeCopyOf(m_notebook->path(), path)) {
        *error = backup.lastError();
        return false;
    }
    return true;
}

bool NotebookSession::copyTo(Notebook &target, const std::function<void()> &progress, qint64 *notes, QString *error,
                             QString *detail) const
{
    NotebookCopy copy;
    copy.setProgressHandler([&progress](qint64, qint64) {
        if (progress)
            progress();
    });
    const bool copied = copy.copy(m_notebook->database(), target.database());
    *notes = copy.notes();
    *error = copy.errorString();
    *detail = copy.errorDetail();
    return copied;
}

// Once a day a changed notebook gets a backup; the newest few are kept.
void NotebookSession::backUpDaily()
{
    // A server's notebook is backed up by its server, with its own tools.
    if (isReadOnly() || m_dailyBackup || m_backupsToKeep <= 0 || m_notebook->location().isServer())
        return;
    const int keep = m_backupsToKeep;
    const QString notebookPath = m_notebook->path();
    // Copying a large notebook takes a second or more, so not in this
    // thread; the copy reads through a connection of its own.
    auto error = std::make_shared<QString>();
    m_dailyBackup = QThread::create([notebookPath, keep, error] {
        NotebookBackup backup;
        if (!backup.backUpDaily(notebookPath, keep))
            *error = backup.lastError();
    });
    connect(m_dailyBackup, &QThread::finished, this, [this, error] {
        if (!error->isEmpty())
            emit dailyBackupFailed(*error);
    });
    connect(m_dailyBackup, &QThread::finished, m_dailyBackup, &QObject::deleteLater);
    m_dailyBackup->start(QThread::LowPriority);
}

bool NotebookSession::addAttachment(const QByteArray &data, const QString &name, QString *markdown)
{
    QString hash;
    return referTo(m_attachments->add(data, name, &hash), hash, markdown);
}

bool NotebookSession::addAttachmentFile(const QString &path, QString *markdown)
{
    QString hash;
    return referTo(m_attachments->addFile(path, &hash), hash, markdown);
}

bool NotebookSession::referTo(bool added, const QString &hash, QString *markdown)
{
    if (!added) {
        m_attachmentError = m_attachments->errorString();
        return false;
    }
    NoteAttachments::Attachment kept;
    attachment(hash, &kept, false);
    *markdown = NoteAttachments::reference(kept.name, hash, kept.type.startsWith(QLatin1String("image/")));
    return true;
}

bool NotebookSession::attachment(const QString &hash, NoteAttachments::Attachment *attachment, bool withData) const
{
    return m_attachments->read(hash, attachment, withData)
        || NoteAttachments(m_model->database()).read(hash, attachment, withData);
}

QList<NoteAttachments::Attachment> NotebookSession::attachmentsOf(const QString &text) const
{
    QList<NoteAttachments::Attachment> found;
    for (const QString &hash : NoteAttachments::references(text)) {
        NoteAttachments::Attachment one;
        if (attachment(hash, &one, false))
            found.append(one);
    }
    return found;
}

namespace {

bool writeFile(const QString &path, const QByteArray &data, bool ownerOnly, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)
        && (!ownerOnly || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        && file.write(data) == data.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

bool NotebookSession::writeAttachmentCopy(const QString &hash, QString *path, QString *error) const
{
    NoteAttachments::Attachment found;
    if (!attachment(hash, &found)) {
        *error = tr("The attachment is not in this notebook.");
        return false;
    }
    // In the user's own cache folder (the system's temporary folder is
    // shared), owner-only; one folder per attachment, so that the copy
    // keeps its own name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/attachments");
    const QString folder = base + QLatin1Char('/') + hash.left(16);
    // Copies opened days ago are done with: the folder does not grow forever.
    const QFileInfoList old = QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &copy : old) {
        if (copy.lastModified() < QDateTime::currentDateTime().addDays(-2))
            QDir(copy.absoluteFilePath()).removeRecursively();
    }
    if (!AppData::makePrivateFolder(base) || !AppData::makePrivateFolder(folder)) {
        *error = tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    *path = folder + QLatin1Char('/') + ExportFolder::safeFileName(found.name); // any system takes it
    return writeFile(*path, found.data, true, error);
}

bool NotebookSession::saveAttachmentAs(const QString &hash, const QString &path, QString *error) const
{
    NoteAttachments::Attachment found;
    if (!attachment(hash, &found)) {
        *error = tr("The attachment is not in this notebook.");
        return false;
    }
    return writeFile(path, found.data, false, error);
}
