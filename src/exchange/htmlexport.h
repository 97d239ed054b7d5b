#pragma once

#include "noteexport.h"

#include <QCoreApplication>

// Notes out as pages a web browser shows with no network: one page per
// note, an index of them all, [[links]] leading from page to page (to the
// heading they name), attachments copied beside them, one style sheet.
// Raw HTML in a note is shown as text, and the pages ask the browser to
// fetch nothing from elsewhere.
class HtmlExport final : public NoteExport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExport)

public:
    bool write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids = {}) override;

    // The Markdown as the HTML of a page's body (GitHub's dialect, raw HTML
    // escaped), headings given ids that headingId() makes.
    static QString bodyOf(const QString &markdown);
    // The id of a heading's element: lower case, words joined by hyphens.
    static QString headingId(const QString &heading);
};
