#include "noteaddress.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString scheme = QStringLiteral("commonplace");

} // namespace

bool NoteAddress::isLink(const QString &text)
{
    return text.trimmed().startsWith(scheme + u':', Qt::CaseInsensitive);
}

qint64 NoteAddress::noteNumber(const QString &text)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    return ok && number > 0 ? number : -1;
}

NoteAddress NoteAddress::fromLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(scheme, Qt::CaseInsensitive) != 0
        || url.path() != QLatin1String("open"))
        return {};
    const QUrlQuery query(url);
    const QString notebook = query.queryItemValue(QStringLiteral("notebook"), QUrl::FullyDecoded);
    const qint64 note = noteNumber(query.queryItemValue(QStringLiteral("note")));
    const NotebookLocation location = NotebookLocation::fromUserInput(notebook);
    // A relative path would depend on where the link was clicked.
    if (location.isNull() || note < 0 || (location.isFile() && !QDir::isAbsolutePath(notebook)))
        return {};
    return {location, note};
}

QString NoteAddress::toLink() const
{
    // Every character of the location that could end the value (& # = %
    // and spaces) percent-encoded.
    return scheme + QStringLiteral(":open?notebook=")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_notebook.toString())) + QStringLiteral("&note=")
        + QString::number(m_note);
}
