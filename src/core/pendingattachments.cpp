#include "pendingattachments.h"

#include "appdata.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

bool isHash(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(name).hasMatch();
}

bool writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(data) == data.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

PendingAttachments::PendingAttachments(const QString &folder)
    : m_folder(folder)
{
}

bool PendingAttachments::fail(Error error, const QString &message)
{
    m_lastError = error;
    m_errorString = message;
    qCWarning(lcNotebook).noquote() << "Attachment not added:" << message;
    return false;
}

bool PendingAttachments::add(const QByteArray &data, const QString &name, QString *hash)
{
    m_lastError = Error::None;
    m_errorString.clear();
    const QString shown = name.trimmed().isEmpty() ? tr("attachment") : name.trimmed();
    if (data.size() > NoteAttachments::MaxSize)
        return fail(Error::TooLarge,
                    tr("“%1” is larger than 100 MB, the most a notebook takes in one file.").arg(shown));
    *hash = NoteAttachments::hashOf(data);
    if (contains(*hash))
        return true;
    if (!AppData::makePrivateFolder(m_folder))
        return fail(Error::CannotKeep,
                    tr("Cannot keep “%1” until it is saved: the folder “%2” cannot be created.")
                        .arg(shown, QDir::toNativeSeparators(m_folder)));
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(shown, data).name();
    const QJsonObject about{{QStringLiteral("name"), shown}, {QStringLiteral("type"), type}};
    const QString path = m_folder + QLatin1Char('/') + *hash;
    QString error;
    // The description last: an attachment is kept once both are written.
    if (!writePrivate(path, data, &error)
        || !writePrivate(path + QStringLiteral(".json"), QJsonDocument(about).toJson(QJsonDocument::Compact), &error)) {
        QFile::remove(path);
        return fail(Error::CannotKeep, tr("Cannot keep “%1” until it is saved: %2").arg(shown, error));
    }
    return true;
}

bool PendingAttachments::addFile(const QString &path, QString *hash)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(Error::Unreadable, tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return fail(Error::Unreadable, tr("“%1” is not a file that can be attached.").arg(QDir::toNativeSeparators(path)));
    // Before reading it: a file of gigabytes is never read into memory.
    if (info.size() > NoteAttachments::MaxSize)
        return fail(Error::TooLarge,
                    tr("“%1” is larger than 100 MB, the most a notebook takes in one file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Unreadable, tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Reads one byte more than allowed, in case the file grew meanwhile.
    const QByteArray data = file.read(NoteAttachments::MaxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Unreadable, tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return add(data, name, hash);
}

bool PendingAttachments::contains(const QString &hash) const
{
    return isHash(hash) && QFile::exists(m_folder + QLatin1Char('/') + hash + QStringLiteral(".json"));
}

bool PendingAttachments::read(const QString &hash, NoteAttachments::Attachment *attachment, bool withData) const
{
    if (!contains(hash))
        return false;
    const QString path = m_folder + QLatin1Char('/') + hash;
    QFile about(path + QStringLiteral(".json"));
    if (!about.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject object = QJsonDocument::fromJson(about.read(64 * 1024)).object();
    attachment->hash = hash;
    attachment->name = object.value(QStringLiteral("name")).toString();
    attachment->type = object.value(QStringLiteral("type")).toString();
    if (attachment->name.isEmpty())
        attachment->name = hash.left(12);
    if (attachment->type.isEmpty())
        attachment->type = QStringLiteral("application/octet-stream");
    attachment->size = QFileInfo(path).size();
    attachment->data.clear();
    if (!withData)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > NoteAttachments::MaxSize)
        return false;
    attachment->data = file.readAll();
    return file.error() == QFileDevice::NoError;
}

QStringList PendingAttachments::hashes() const
{
    QStringList found;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString hash = name.chopped(5);
        if (isHash(hash))
            found.append(hash);
    }
    return found;
}

void PendingAttachments::adopt(const QString &other)
{
    if (other == m_folder || !QFileInfo(other).isDir())
        return;
    const PendingAttachments left(other);
    const QStringList hashes = left.hashes();
    if (!hashes.isEmpty() && !AppData::makePrivateFolder(m_folder))
        return; // nothing is moved, nor removed
    for (const QString &hash : hashes) {
        if (contains(hash))
            continue;
        const QString from = other + QLatin1Char('/') + hash;
        const QString to = m_folder + QLatin1Char('/') + hash;
        QFile::remove(to);
        if (QFile::rename(from, to))
            QFile::rename(from + QStringLiteral(".json"), to + QStringLiteral(".json"));
    }
    QDir(other).removeRecursively();
}

void PendingAttachments::clear()
{
    if (QFileInfo(m_folder).isDir())
        QDir(m_folder).removeRecursively();
}
