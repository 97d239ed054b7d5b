#include "pdfexport.h"

#include "markdownsource.h"
#include "noteattachments.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

namespace {

// A note's text as a document whose pictures are the notebook's
// attachments, and only those.
class NoteDocument final : public QTextDocument
{
public:
    NoteDocument(const QSqlDatabase &db, QPagedPaintDevice *device)
        : m_db(db)
        , m_pixel(device->logicalDpiX() / 96.0) // a picture's pixel as big as on a screen
    {
        documentLayout()->setPaintDevice(device);
        const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
        setPageSize(page.size());
        QFont font = defaultFont();
        font.setPointSizeF(11);
        setDefaultFont(font);
    }

    void setNote(const PdfExport::Note &note)
    {
        QString text = MarkdownSource::withWikiLinksAsLinks(note.text, [](const MarkdownSource::WikiLink &) {
            return QString(); // a link's text: there is nothing to click on paper
        });
        QString meta = note.tags.join(QStringLiteral(" · "));
        const QDateTime updated = QDateTime::fromString(note.updated, Qt::ISODateWithMs);
        if (updated.isValid())
            meta += (meta.isEmpty() ? QString() : QStringLiteral(" — "))
                + PdfExport::tr("Updated %1").arg(QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat));
        setMarkdown(QStringLiteral("# ") + MarkdownSource::escapedText(note.title) + QStringLiteral("\n\n")
                        + (meta.isEmpty() ? QString() : u'*' + MarkdownSource::escapedText(meta) + QStringLiteral("*\n\n"))
                        + MarkdownSource::withFrontMatterAsCode(text),
                    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        fitImages();
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource || name.scheme() != QLatin1String("attachment"))
            return {}; // never a file on the disk or anything on the network
        NoteAttachments::Attachment attachment;
        if (!NoteAttachments(m_db).read(name.path(), &attachment))
            return {};
        QImage image;
        image.loadFromData(attachment.data);
        return image;
    }

private:
    // Pictures as wide as the page at most, their shape kept; any other
    // picture (on the disk, on the web) is named, never read: Qt would
    // read it from where it names.
    void fitImages()
    {
        struct Picture
        {
            int position;
            int length;
            QTextImageFormat format;
        };
        QList<Picture> pictures;
        for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().isImageFormat())
                    pictures.append({fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()});
            }
        }
        const qreal width = pageSize().width();
        for (auto picture = pictures.crbegin(); picture != pictures.crend(); ++picture) {
            QTextCursor cursor(this);
            cursor.setPosition(picture->position);
            cursor.setPosition(picture->position + picture->length, QTextCursor::KeepAnchor);
            const QUrl name(picture->format.name());
            const QImage image = name.scheme() == QLatin1String("attachment")
                ? resource(QTextDocument::ImageResource, name).value<QImage>()
                : QImage();
            if (image.isNull()) {
                QTextCharFormat italic;
                italic.setFontItalic(true);
                cursor.insertText(name.scheme() == QLatin1String("attachment")
                                      ? PdfExport::tr("[Attachment missing]")
                                      : PdfExport::tr("[Picture: %1]").arg(picture->format.name()),
                                  italic);
                continue;
            }
            QTextImageFormat format = picture->format;
            const qreal natural = image.width() * m_pixel;
            const qreal scale = natural > width ? width / image.width() : m_pixel;
            format.setWidth(image.width() * scale);
            format.setHeight(image.height() * scale);
            cursor.setCharFormat(format);
        }
    }

    QSqlDatabase m_db;
    qreal m_pixel;
};

void drawPages(QPainter *painter, QPagedPaintDevice *device, QTextDocument *document, bool *first)
{
    const QSizeF page = document->pageSize();
    for (int p = 0; p < document->pageCount(); ++p) {
        if (!*first)
            device->newPage();
        *first = false;
        painter->save();
        painter->translate(0, -p * page.height());
        document->drawContents(painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter->restore();
    }
}

} // namespace

bool PdfExport::write(const QSqlDatabase &db, const QString &file, const QList<qint64> &ids)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setResolution(300);
        writer.setTitle(QFileInfo(file).completeBaseName());
        writer.setCreator(QStringLiteral("Commonplace"));
        writer.setPageSize(QLocale().measurementSystem() == QLocale::MetricSystem ? QPageSize(QPageSize::A4)
                                                                                 : QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        if (!paint(&writer, db, ids))
            return false;
    }
    if (!out.commit())
        return fail(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool PdfExport::paint(QPagedPaintDevice *device, const QSqlDatabase &db, const QList<qint64> &ids)
{
    return paintAll(device, db, [&](const std::function<bool(const Note &)> &each) {
        QString error;
        if (readNotes(db, ids, each, &error))
            return true;
        if (!error.isEmpty())
            fail(error);
        return false;
    });
}

bool PdfExport::paint(QPagedPaintDevice *device, const QSqlDatabase &db, const Note &note)
{
    return paintAll(device, db, [&](const std::function<bool(const Note &)> &each) { return each(note); });
}

bool PdfExport::paintAll(QPagedPaintDevice *device, const QSqlDatabase &db, const Notes &notes)
{
    // First how many pages each note takes, for the table of contents; one
    // document at a time, so that many notes take the memory of one.
    QStringList titles;
    QList<int> pages;
    if (!notes([&](const Note &note) {
            NoteDocument document(db, device);
            document.setNote(note);
            titles.append(note.title);
            pages.append(document.pageCount());
            return true;
        }))
        return false;
    if (titles.isEmpty())
        return fail(tr("There are no notes to export."));
    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("Cannot draw the pages."));
    bool first = true;
    if (titles.size() > 1) {
        NoteDocument contents(db, device);
        // As many pages as the table takes, counted with the numbers in it.
        int start = 2; // the first note's page, after the contents
        for (int round = 0; round < 2; ++round) {
            QString html = QStringLiteral("<h1>") + tr("Contents").toHtmlEscaped()
                + QStringLiteral("</h1><table width=\"100%\" cellpadding=\"3\">");
            int page = start;
            for (qsizetype i = 0; i < titles.size(); ++i) {
                html += QStringLiteral("<tr><td>") + titles.at(i).toHtmlEscaped() + QStringLiteral("</td><td align=\"right\">")
                    + QString::number(page) + QStringLiteral("</td></tr>");
                page += pages.at(i);
            }
            contents.setHtml(html + QStringLiteral("</table>"));
            start = contents.pageCount() + 1;
        }
        drawPages(&painter, device, &contents, &first);
    }
    const bool drawn = notes([&](const Note &note) {
        NoteDocument document(db, device);
        document.setNote(note);
        drawPages(&painter, device, &document, &first);
        counted();
        return true;
    });
    painter.end();
    return drawn;
}
