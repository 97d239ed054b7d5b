#include "notebooklocation.h"

#include "appdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrlQuery>

namespace {

constexpr int DefaultPostgresPort = 5432;

bool isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

NotebookLocation NotebookLocation::fromUserInput(const QString &text)
{
    NotebookLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return location;
    if (isServerUrl(trimmed)) {
        QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return location;
        url.setScheme(QStringLiteral("postgresql"));
        url.setPassword(QString()); // kept in the keyring, never in a location
        url.setHost(url.host().toLower());
        if (url.port() == DefaultPostgresPort)
            url.setPort(-1);
        location.m_kind = Kind::Server;
        location.m_url = url;
        return location;
    }
    // A file manager or the desktop may pass a file: URL (Exec=... %u).
    if (trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (url.isLocalFile())
            return fromPath(url.toLocalFile());
    }
    return fromPath(text); // a name may begin or end with a space
}

NotebookLocation NotebookLocation::fromPath(const QString &path)
{
    NotebookLocation location;
    if (path.isEmpty())
        return location;
    location.m_kind = Kind::File;
    location.m_path = QFileInfo(path).absoluteFilePath();
    return location;
}

QString NotebookLocation::toString() const
{
    switch (m_kind) {
    case Kind::File:
        return m_path;
    case Kind::Server:
        return m_url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    case Kind::None:
        break;
    }
    return {};
}

QString NotebookLocation::displayName() const
{
    switch (m_kind) {
    case Kind::File:
        return QFileInfo(m_path).completeBaseName();
    case Kind::Server:
        return QCoreApplication::translate("NotebookLocation", "%1 on %2")
            .arg(m_url.path().mid(1), m_url.host());
    case Kind::None:
        break;
    }
    return {};
}

QString NotebookLocation::serverSchema() const
{
    const QString schema = QUrlQuery(m_url).queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    return schema.isEmpty() ? defaultServerSchema() : schema;
}

QString NotebookLocation::identity() const
{
    switch (m_kind) {
    case Kind::File:
        return AppData::canonicalPath(m_path);
    case Kind::Server:
        return m_url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    case Kind::None:
        break;
    }
    return {};
}

QString NotebookLocation::key() const
{
    // For a file, the key journals and backups have always had.
    const QString name = isServer() ? m_url.path().mid(1) : QFileInfo(identity()).completeBaseName();
    const QByteArray hash = QCryptographicHash::hash(identity().toUtf8(), QCryptographicHash::Sha1);
    return name + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8));
}
