#include "htmlexport.h"

#include "exportfolder.h"
#include "markdownsource.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <md4c-html.h>

#include <algorithm>

namespace {

const char StyleSheet[] = R"(body { font: 16px/1.5 system-ui, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
nav { font-size: 0.9em; margin-bottom: 1em; }
.meta { color: #666; font-size: 0.9em; }
.tag { background: #eef; border-radius: 0.3em; padding: 0 0.3em; margin-right: 0.3em; }
pre, code { font-family: ui-monospace, monospace; background: #f4f4f4; }
pre { padding: 0.6em; overflow: auto; }
blockquote { border-left: 0.25em solid #ccc; margin-left: 0; padding-left: 1em; color: #555; }
img { max-width: 100%; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; }
ul.notes { list-style: none; padding: 0; }
ul.notes li { margin: 0.3em 0; }
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #1e1e1e; } pre, code { background: #2a2a2a; } .tag { background: #334; } .meta { color: #aaa; } }
)";

QString page(const QString &title, const QString &body)
{
    // No script, and nothing fetched from elsewhere: a remote picture in a
    // note stays unloaded.
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src 'self' file: data:; media-src 'self' file:; style-src 'self' file:\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        + title.toHtmlEscaped() + QStringLiteral("</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n")
        + body + QStringLiteral("</body>\n</html>\n");
}

QString dateOf(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString tagsOf(const QStringList &tags)
{
    QString html;
    for (const QString &tag : tags)
        html += QStringLiteral("<span class=\"tag\">") + tag.toHtmlEscaped() + QStringLiteral("</span>");
    return html;
}

QString encoded(const QString &file)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(file, "!$&'()*+,;=@"));
}

} // namespace

QString HtmlExport::headingId(const QString &heading)
{
    QString id;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            id += c;
        else if (c.isSpace() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

QString HtmlExport::bodyOf(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    QByteArray html;
    md_html(source.constData(), MD_SIZE(source.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *out) { static_cast<QByteArray *>(out)->append(text, qsizetype(size)); },
            &html, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    QString body = QString::fromUtf8(html);
    // Headings get ids, so that [[Note#Heading]] leads to its place.
    static const QRegularExpression heading(QStringLiteral("<h([1-6])>(.*?)</h\\1>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = heading.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString text = match.captured(2);
        text.remove(tags);
        text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        out += QStringView(body).mid(copied, match.capturedStart() - copied);
        out += QStringLiteral("<h%1 id=\"%2\">%3</h%1>").arg(match.captured(1), headingId(text).toHtmlEscaped(), match.captured(2));
        copied = match.capturedEnd();
    }
    out += QStringView(body).mid(copied);
    return out;
}

bool HtmlExport::write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids)
{
    ExportFolder out;
    if (!out.create(folder))
        return fail(out.errorString());
    out.uniqueName(QStringLiteral("index"), QStringLiteral(".html")); // taken: a note called Index is "Index (2)"
    out.uniqueName(QStringLiteral("style"), QStringLiteral(".css"));
    // The pages' names first, so that links lead to pages written later.
    struct Page
    {
        QString title;
        QString file;
        QStringList tags;
        QString updated;
    };
    QList<Page> pages;
    QHash<QString, QString> byTitle; // a title's key: its page
    QString error;
    bool written = readNotes(db, ids, [&](const Note &note) {
        const QString file = out.uniqueName(note.title, QStringLiteral(".html"));
        pages.append({note.title, file, note.tags, note.updated});
        if (!byTitle.contains(MarkdownSource::titleKey(note.title)))
            byTitle.insert(MarkdownSource::titleKey(note.title), file);
        return true;
    }, &error);
    qsizetype next = 0;
    written = written && readNotes(db, ids, [&](const Note &note) {
        QString text = out.withAttachmentFiles(note.text, db);
        if (!out.errorString().isEmpty())
            return false;
        text = MarkdownSource::withWikiLinksAsLinks(text, [&](const MarkdownSource::WikiLink &link) -> QString {
            const QString file = byTitle.value(MarkdownSource::titleKey(link.title));
            if (file.isEmpty())
                return QString(); // a note not exported: its text alone
            return link.heading.isEmpty() ? encoded(file) : encoded(file) + u'#' + headingId(link.heading);
        });
        const Page &shown = pages.at(next++);
        const QString body = QStringLiteral("<nav><a href=\"index.html\">") + tr("All notes").toHtmlEscaped()
            + QStringLiteral("</a></nav>\n<article>\n<h1 class=\"title\">") + note.title.toHtmlEscaped()
            + QStringLiteral("</h1>\n<p class=\"meta\">") + tagsOf(note.tags)
            + tr("Updated %1").arg(dateOf(note.updated)).toHtmlEscaped() + QStringLiteral("</p>\n")
            + bodyOf(MarkdownSource::withFrontMatterAsCode(text)) + QStringLiteral("</article>\n");
        if (!out.writeFile(shown.file, page(note.title, body).toUtf8()))
            return false;
        counted();
        return true;
    }, &error);
    m_attachments = out.attachments();
    if (!written)
        return fail(out.errorString().isEmpty() ? error : out.errorString());
    std::sort(pages.begin(), pages.end(), [](const Page &a, const Page &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    QString index = QStringLiteral("<h1>") + tr("Notes").toHtmlEscaped() + QStringLiteral("</h1>\n<p class=\"meta\">")
        + tr("%n note(s)", nullptr, int(pages.size())).toHtmlEscaped() + QStringLiteral("</p>\n<ul class=\"notes\">\n");
    for (const Page &entry : std::as_const(pages))
        index += QStringLiteral("<li><a href=\"") + encoded(entry.file).toHtmlEscaped() + QStringLiteral("\">")
            + entry.title.toHtmlEscaped() + QStringLiteral("</a> ") + tagsOf(entry.tags)
            + QStringLiteral("<span class=\"meta\">") + dateOf(entry.updated).toHtmlEscaped() + QStringLiteral("</span></li>\n");
    index += QStringLiteral("</ul>\n");
    if (!out.writeFile(QStringLiteral("index.html"), page(tr("Notes"), index).toUtf8())
        || !out.writeFile(QStringLiteral("style.css"), QByteArray(StyleSheet)))
        return fail(out.errorString());
    out.finish();
    return true;
}
