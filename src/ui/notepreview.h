#pragma once

#include <QTextBrowser>
#include <QUrl>

#include <functional>

// A note's Markdown rendered as its reader sees it: CommonMark with GitHub's
// tables, task lists, strikethrough and autolinks, by Qt's own Markdown
// support. Nothing is ever fetched: an image from elsewhere shows as a
// placeholder with its address, and raw HTML shows as the text it is.
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

    void showMarkdown(const QString &source);
    QString markdown() const { return m_source; }

    // Every address the last rendering asked to load, in order: what a test
    // checks was never fetched.
    QList<QUrl> requestedResources() const { return m_requests; }

    static constexpr const char *WikiLinkScheme = "wikilink";

signals:
    void wikiLinkActivated(const QString &title, const QString &heading);
    // The index of the task box clicked, counted as MarkdownSource::taskBoxes() does.
    void taskBoxClicked(int index);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void styleLinksAndQuotes();
    void onAnchorClicked(const QUrl &url);
    QImage placeholder(const QUrl &address) const;

    QString m_source;
    std::function<LinkState(const QString &)> m_resolver;
    QList<QUrl> m_requests;
};
