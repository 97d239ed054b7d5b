#include "notepreview.h"

#include "markdownsource.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QResizeEvent>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

// The source with each [[link]] written as a Markdown link to a wikilink:
// address, so that Qt renders and reports it like any other link. Only for
// showing: the note's text is not changed.
QString withWikiLinksAsLinks(const QString &source)
{
    return MarkdownSource::withWikiLinksAsLinks(source, [](const MarkdownSource::WikiLink &link) {
        QUrl target;
        target.setScheme(QLatin1String(NotePreview::WikiLinkScheme));
        target.setPath(link.title);
        if (!link.heading.isEmpty())
            target.setFragment(link.heading);
        return QString::fromLatin1(target.toEncoded());
    });
}

// Qt's Markdown reader leaves a done task's marker on the paragraphs after
// its list; only a list item has a box.
bool isTaskBox(const QTextBlock &block)
{
    return block.isValid() && block.textList()
        && block.blockFormat().marker() != QTextBlockFormat::MarkerType::NoMarker;
}

} // namespace

NotePreview::NotePreview(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links are reported and decided on here, never followed by the browser.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(8);
    connect(this, &QTextBrowser::anchorClicked, this, &NotePreview::onAnchorClicked);
}

void NotePreview::setLinkResolver(std::function<LinkState(const QString &)> resolver)
{
    m_resolver = std::move(resolver);
}

void NotePreview::setAttachmentSource(std::function<QByteArray(const QString &)> source)
{
    m_attachments = std::move(source);
    m_images.clear();
}

void NotePreview::showMarkdown(const QString &source)
{
    m_source = source;
    render();
}

void NotePreview::render()
{
    QScrollBar *scroll = verticalScrollBar();
    const double at = scroll->maximum() > 0 ? double(scroll->value()) / scroll->maximum() : 0.0;
    m_requests.clear(); // what this rendering asks for
    m_previousImages.swap(m_images); // keeps only what this rendering shows
    m_images.clear();
    // Raw HTML is shown as the text it is: no scripts, no styles, nothing loaded.
    document()->setMarkdown(MarkdownSource::withFrontMatterAsCode(withWikiLinksAsLinks(m_source)),
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                            | QTextDocument::MarkdownNoHTML));
    styleLinksAndQuotes();
    fitImages(); // reads the images, from the last rendering's where it can
    m_previousImages.clear();
    scroll->setValue(qRound(at * scroll->maximum()));
    horizontalScrollBar()->setValue(0);
}

void NotePreview::styleLinksAndQuotes()
{
    const QString prefix = QLatin1String(WikiLinkScheme) + u':';
    const QColor text = palette().color(QPalette::Active, QPalette::Text);
    const QColor base = palette().color(QPalette::Active, QPalette::Base);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        // Code blocks stand on a background of their own, as in the editor.
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
            || block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)) {
            QTextBlockFormat code;
            code.setBackground(mix(base, text, 0.06));
            QTextCursor(block).mergeBlockFormat(code);
        }
        // Qt indents a quote but draws no bar: its words are set apart by colour.
        if (block.blockFormat().hasProperty(QTextFormat::BlockQuoteLevel)) {
            QTextCharFormat quoted;
            quoted.setForeground(mix(text, base, 0.3));
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(quoted);
        }
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            const QTextCharFormat format = part.charFormat();
            if (!format.isAnchor() || !format.anchorHref().startsWith(prefix))
                continue;
            const QString title = QUrl(format.anchorHref()).path();
            const LinkState state = m_resolver ? m_resolver(title) : LinkState::Exists;
            QTextCharFormat marked;
            if (state == LinkState::Missing) {
                marked.setForeground(mix(text, base, 0.4));
                marked.setUnderlineStyle(QTextCharFormat::DashUnderline);
                marked.setToolTip(tr("There is no note called “%1” yet: click to create it.").arg(title));
            } else if (state == LinkState::Trashed) {
                marked.setFontStrikeOut(true);
                marked.setToolTip(tr("The note “%1” is in the Trash.").arg(title));
            } else {
                marked.setToolTip(title);
            }
            QTextCursor cursor(document());
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(marked);
        }
    }
}

void NotePreview::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String(WikiLinkScheme)) {
        emit wikiLinkActivated(url.path(), url.fragment());
        return;
    }
    if (url.scheme() == QLatin1String(AttachmentScheme)) {
        emit attachmentActivated(url.path());
        return;
    }
    // Web and mail links open in the system's browser or mail program; other
    // kinds of address (files, programs) are not opened from a note.
    static const QStringList opened{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto")};
    if (opened.contains(url.scheme()))
        QDesktopServices::openUrl(url);
}

QVariant NotePreview::loadResource(int type, const QUrl &name)
{
    m_requests.append(name);
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String(AttachmentScheme)) {
        const Attached attached = attachment(name.path());
        if (!attached.image.isNull())
            return attached.image;
        return placeholder(attached.missing ? tr("Attachment missing") : tr("Cannot show this image"));
    }
    if (type == QTextDocument::ImageResource)
        return placeholder(tr("Image not loaded: %1").arg(name.toDisplayString()));
    return {}; // no style sheets or pages: nothing is ever fetched
}

NotePreview::Attached NotePreview::attachment(const QString &hash)
{
    auto found = m_images.constFind(hash);
    if (found != m_images.cend())
        return *found;
    found = m_previousImages.constFind(hash);
    Attached attached;
    if (found != m_previousImages.cend()) {
        attached = *found;
    } else {
        const QByteArray data = m_attachments ? m_attachments(hash) : QByteArray();
        attached = {QImage::fromData(data), data.isEmpty()};
    }
    m_images.insert(hash, attached);
    return attached;
}

void NotePreview::fitImages()
{
    const int available = qMax(32, viewport()->width() - 2 * int(document()->documentMargin()) - 4);
    m_fittedWidth = viewport()->width();
    // Found first, changed afterwards: a change splits the fragments walked.
    QList<QPair<QTextFragment, QTextImageFormat>> resized;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            if (!part.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = part.charFormat().toImageFormat();
            const QUrl url(format.name());
            if (url.scheme() != QLatin1String(AttachmentScheme))
                continue;
            const QImage image = attachment(url.path()).image;
            if (image.isNull())
                continue;
            const QSizeF natural = image.deviceIndependentSize();
            const qreal width = qMin<qreal>(natural.width(), available);
            if (format.hasProperty(QTextFormat::ImageWidth) && qFuzzyCompare(format.width(), width))
                continue;
            format.setWidth(width);
            format.setHeight(natural.height() * width / natural.width());
            resized.append({part, format});
        }
    }
    for (const auto &[part, format] : std::as_const(resized)) {
        QTextCursor cursor(document());
        cursor.setPosition(part.position());
        cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void NotePreview::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (viewport()->width() != m_fittedWidth && !m_images.isEmpty())
        fitImages();
}

QImage NotePreview::placeholder(const QString &text) const
{
    const QFontMetrics metrics(font());
    const int padding = metrics.height() / 2;
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding + 2, 36 * metrics.averageCharWidth() + 2 * padding);
    const QString shown = metrics.elidedText(text, Qt::ElideMiddle, width - 2 * padding);
    const qreal ratio = devicePixelRatioF();
    QImage image(QSize(width, metrics.height() + 2 * padding) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    const QColor base = palette().color(QPalette::Active, QPalette::Base);
    const QColor ink = palette().color(QPalette::Active, QPalette::Text);
    image.fill(mix(base, ink, 0.06));
    QPainter painter(&image);
    painter.setFont(font());
    painter.setPen(mix(ink, base, 0.5));
    const QRectF frame(0.5, 0.5, width - 1, metrics.height() + 2 * padding - 1);
    painter.drawRect(frame);
    painter.drawText(frame, Qt::AlignCenter, shown);
    return image;
}

void NotePreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF at = event->position() + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        const QTextBlock box = document()->documentLayout()->blockWithMarkerAt(at);
        if (isTaskBox(box)) {
            int index = 0;
            for (QTextBlock block = document()->begin(); block.isValid() && block != box; block = block.next()) {
                if (isTaskBox(block))
                    ++index;
            }
            emit taskBoxClicked(index);
            event->accept();
            return;
        }
    }
    QTextBrowser::mousePressEvent(event);
}

void NotePreview::changeEvent(QEvent *event)
{
    // Placeholders and missing links take their colours from the palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
    QTextBrowser::changeEvent(event);
}
