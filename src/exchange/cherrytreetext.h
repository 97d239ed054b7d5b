#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class ImportTarget;

// One CherryTree node's content as Markdown: its rich text (runs of text
// with weight, style, strikethrough, scale, family and link) and the
// objects anchored in it by character offset (code boxes, tables, images,
// embedded files). Bullets and check boxes at the start of a line become
// list items and tasks. A code node's text becomes one fenced block.
class CherryTreeText
{
    Q_DECLARE_TR_FUNCTIONS(CherryTreeText)

public:
    // A node's text larger than this is not read.
    static constexpr qsizetype MaxNodeSize = 20 * 1024 * 1024;

    struct Run
    {
        QString text;
        QHash<QString, QString> attributes; // weight, style, link…
    };
    struct Object
    {
        enum class Kind { CodeBox, Table, Image, File, Anchor };
        Kind kind = Kind::Anchor;
        int offset = 0;
        QString language; // a code box's
        QString text; // a code box's code
        QList<QStringList> rows; // a table's, its header row last (as CherryTree keeps it)
        QByteArray data; // an image's or file's
        QString fileName;
    };
    struct Node
    {
        QString id;
        QString name;
        QString syntax; // "custom-colors": rich text; "plain-text"; else a code node's language
        QList<Run> runs;
        QList<Object> objects;
    };

    // node's Markdown; attachments handed to target, node links led to the
    // titles in titles (by node id).
    static QString toMarkdown(const Node &node, const QHash<QString, QString> &titles, ImportTarget &target,
                              const QString &source);
};
