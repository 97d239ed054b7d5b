#pragma once

#include "cherrytreetext.h"
#include "importsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QString>

class XmlStream;

// A CherryTree document: .ctd (XML, read as a stream) or .ctb (SQLite, read
// read-only with the defensive settings of our own notebooks, never as a
// notebook). Every node is a note titled by its name; the names of the
// nodes above it are its nested tag (Projects/2026), its own tags stay
// tags. Password-protected documents (.ctz, .ctx) are refused with a word
// on how to save them unprotected.
class CherryTreeDocument final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(CherryTreeDocument)

public:
    explicit CherryTreeDocument(const QString &path);

    // Whether path is a CherryTree document, protected ones included.
    static bool looksLike(const QString &path);

    QString kind() const override { return QStringLiteral("CherryTree"); }
    bool read(ImportTarget &target) override;
    QString errorString() const override { return m_errorString; }

    static constexpr int MaxDepth = 64;

private:
    struct Meta
    {
        QString name;
        QString parent;
        QStringList tags;
        QDateTime created;
        QDateTime updated;
    };
    bool readXml(ImportTarget &target);
    bool readDatabase(ImportTarget &target);
    // Reads a <node>'s own content (not its children) into node, up to its
    // first child node or its end; *child: a child's start was read.
    bool readNodeContent(XmlStream &xml, CherryTreeText::Node *node, bool *child, ImportTarget &target);
    // The <node> just started, its children, and theirs: each a note.
    bool readNode(XmlStream &xml, qsizetype *next, ImportTarget &target, int depth);
    bool add(const CherryTreeText::Node &node, ImportTarget &target);
    QString tagOf(const QString &id, bool *loops) const;

    QString m_path;
    QString m_errorString;
    QHash<QString, Meta> m_nodes; // by id
    QHash<QString, QString> m_titles; // a node's id: its name
    QStringList m_order; // the nodes' ids in the order of the file
};
