#include "unsavedjournal.h"

#include "appdata.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QString OpInsert = QStringLiteral("insert");
const QString OpUpdate = QStringLiteral("update");
const QString OpDelete = QStringLiteral("delete");

// Every journal of one notebook starts so.
QString prefixFor(const QString &notebookPath)
{
    return AppData::notebookKey(notebookPath) + QLatin1Char('-');
}

QJsonObject toJson(const NoteModel::PendingChange &change)
{
    QJsonObject object;
    switch (change.op) {
    case NoteModel::PendingChange::Insert:
        object[QStringLiteral("op")] = OpInsert;
        object[QStringLiteral("row")] = change.row;
        if (change.deleted)
            object[QStringLiteral("deleted")] = true;
        break;
    case NoteModel::PendingChange::Update:
        object[QStringLiteral("op")] = OpUpdate;
        object[QStringLiteral("id")] = change.id;
        object[QStringLiteral("version")] = change.version;
        break;
    case NoteModel::PendingChange::Delete: // with the edits made before it
        object[QStringLiteral("op")] = OpDelete;
        object[QStringLiteral("id")] = change.id;
        object[QStringLiteral("version")] = change.version;
        break;
    }
    QJsonObject fields;
    for (int i = 0; i < change.record.count(); ++i) {
        const QString name = change.record.fieldName(i);
        if (change.record.isGenerated(i) && name != QLatin1String("id"))
            fields[name] = change.record.isNull(i) ? QJsonValue()
                                                   : QJsonValue(change.record.value(i).toString());
    }
    object[QStringLiteral("fields")] = fields;
    return object;
}

bool fromJson(const QJsonObject &object, const QSqlRecord &fields, NoteModel::PendingChange *change)
{
    const QString op = object.value(QStringLiteral("op")).toString();
    if (op == OpInsert)
        change->op = NoteModel::PendingChange::Insert;
    else if (op == OpUpdate)
        change->op = NoteModel::PendingChange::Update;
    else if (op == OpDelete)
        change->op = NoteModel::PendingChange::Delete;
    else
        return false;
    change->deleted = change->op == NoteModel::PendingChange::Delete
        || object.value(QStringLiteral("deleted")).toBool();
    change->row = object.value(QStringLiteral("row")).toInt(0);
    change->id = object.value(QStringLiteral("id")).toInteger(-1);
    change->version = object.value(QStringLiteral("version")).toInteger(0);
    change->record = fields;
    for (int i = 0; i < fields.count(); ++i)
        change->record.setGenerated(i, false);
    const QJsonObject values = object.value(QStringLiteral("fields")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int index = change->record.indexOf(it.key());
        if (index < 0 || it.key() == QLatin1String("id"))
            continue;
        change->record.setValue(index, it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
        change->record.setGenerated(index, true);
    }
    return change->op == NoteModel::PendingChange::Insert || change->id >= 0;
}

} // namespace

QString UnsavedJournal::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

UnsavedJournal::UnsavedJournal(const QString &notebookPath)
    : m_path(folder() + QLatin1Char('/') + prefixFor(notebookPath)
             + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json"))
{
    AppData::makePrivateFolder(folder()); // a failure shows when the journal is written
    // Held while this window has the notebook open: the journal is not
    // left behind while its lock is.
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qCWarning(lcNotebook) << "Cannot lock" << m_lock->error();
}

UnsavedJournal::~UnsavedJournal() = default;

bool UnsavedJournal::write(const QList<NoteModel::PendingChange> &changes)
{
    if (changes.isEmpty()) {
        remove();
        return true;
    }
    QJsonArray array;
    for (const NoteModel::PendingChange &change : changes)
        array.append(toJson(change));
    const QJsonObject root{
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("changes"), array},
    };
    QSaveFile file(m_path);
    // Note text: readable by its owner only, like the notebook itself.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        m_lastError = tr("Cannot keep unsaved changes in “%1”: %2")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        qCWarning(lcNotebook).noquote() << m_lastError;
        return false;
    }
    return true;
}

void UnsavedJournal::remove()
{
    QFile::remove(m_path);
}

QList<UnsavedJournal::Recovered> UnsavedJournal::leftBehind(const QString &notebookPath,
                                                            const QSqlRecord &fields)
{
    QList<Recovered> found;
    const QDir dir(folder());
    // What a window killed before it wrote a journal leaves: a lock, and
    // perhaps attachments no journal refers to. Nothing to recover.
    const QFileInfoList locks = dir.entryInfoList({prefixFor(notebookPath) + QStringLiteral("*.json.lock")}, QDir::Files);
    for (const QFileInfo &lockFile : locks) {
        const QString journal = lockFile.absoluteFilePath().chopped(5);
        if (QFileInfo::exists(journal))
            continue;
        QLockFile lock(lockFile.absoluteFilePath());
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running window's
        QDir(attachmentFolderOf(journal)).removeRecursively();
        lock.unlock();
    }
    const QFileInfoList files = dir.entryInfoList({prefixFor(notebookPath) + QStringLiteral("*.json")},
                                                  QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &file : files) {
        // A lock we can take belongs to no running window.
        auto lock = std::make_shared<QLockFile>(file.absoluteFilePath() + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;

        QFile in(file.absoluteFilePath());
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        Recovered journal;
        journal.path = file.absoluteFilePath();
        journal.lock = lock;
        journal.savedAt = QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(),
                                                Qt::ISODateWithMs);
        for (const QJsonValue &value : root.value(QStringLiteral("changes")).toArray()) {
            NoteModel::PendingChange change;
            if (fromJson(value.toObject(), fields, &change))
                journal.changes.append(change);
        }
        if (!journal.changes.isEmpty())
            found.append(journal);
    }
    return found;
}

QString UnsavedJournal::attachmentFolderOf(const QString &journalPath)
{
    QString base = journalPath;
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    return base + QStringLiteral(".attachments");
}

void UnsavedJournal::forget(const Recovered &journal)
{
    QFile::remove(journal.path);
    QDir(attachmentFolderOf(journal.path)).removeRecursively();
    if (journal.lock)
        journal.lock->unlock(); // removes the lock file too
}
