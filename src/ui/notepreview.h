#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

// A note's Markdown rendered as its reader sees it: CommonMark with GitHub's
// tables, task lists, strikethrough and autolinks, by Qt's own Markdown
// support. Nothing is ever fetched: an image from elsewhere shows as a
// placeholder with its address, and raw HTML shows as the text it is.
// Images attached to the notebook show, no wider than the preview.
// [[Links]] to other notes are links here; clicking one, a web link or a
// task box is reported, never acted on behind the user's back.
class NotePreview final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NotePreview(QWidget *parent = nullptr);

    enum class LinkState { Exists, Missing, Trashed };
    // Where a [[link]] to a title leads; asked at each rendering.
    void setLinkResolver(std::function<LinkState(const QString &title)> resolver);

    // The bytes of the attachment with hash; empty if the notebook has none.
    void setAttachmentSource(std::function<QByteArray(const QString &hash)> source);

    void showMarkdown(const QString &source);
    QString markdown() const { return m_source; }

    // Every address the last rendering asked to load, in order: what a test
    // checks was never fetched.
    QList<QUrl> requestedResources() const { return m_requests; }

    static constexpr const char *WikiLinkScheme = "wikilink";
    static constexpr const char *AttachmentScheme = "attachment";

signals:
    void wikiLinkActivated(const QString &title, const QString &heading);
    // The index of the task box clicked, counted as MarkdownSource::taskBoxes() does.
    void taskBoxClicked(int index);
    // A link to an attachment was clicked (to open it).
    void attachmentActivated(const QString &hash);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void styleLinksAndQuotes();
    void onAnchorClicked(const QUrl &url);
    QImage placeholder(const QString &text) const;
    struct Attached
    {
        QImage image; // null if it is none
        bool missing = false; // not in the notebook
    };
    Attached attachment(const QString &hash);
    // Attached images as wide as they are, or as the preview if narrower.
    void fitImages();

    QString m_source;
    std::function<LinkState(const QString &)> m_resolver;
    QList<QUrl> m_requests;
    std::function<QByteArray(const QString &)> m_attachments;
    // The attachments the last rendering showed, decoded, so typing does
    // not read and decode them again.
    QHash<QString, Attached> m_images;
    QHash<QString, Attached> m_previousImages;
    int m_fittedWidth = -1;
};
