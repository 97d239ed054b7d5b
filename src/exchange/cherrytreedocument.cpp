#include "cherrytreedocument.h"

#include "importednote.h"
#include "importtarget.h"
#include "noteattachments.h"
#include "sqlitestorage.h"
#include "xmlstream.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace {

QDateTime timeOf(const QString &seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || !(value > 0 && value < 32503680000.0)) // before the year 3000, or none
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value * 1000), Qt::UTC);
}

QStringList tagsOf(const QString &text)
{
    QStringList tags = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    tags.removeDuplicates();
    return tags;
}

bool isProtected(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QFile file(path);
    const bool sevenZip = file.open(QIODevice::ReadOnly) && file.read(6) == QByteArray("7z\xBC\xAF\x27\x1C", 6);
    return sevenZip && (suffix == QLatin1String("ctz") || suffix == QLatin1String("ctx"));
}

bool isDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The rich text of a node (.ctb's txt column, a <node> of <rich_text>s) as runs.
bool runsOf(XmlStream &xml, QList<CherryTreeText::Run> *runs, QString *problem)
{
    QXmlStreamReader &reader = xml.reader();
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            *problem = xml.errorString();
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::StartElement && reader.name() == QLatin1String("rich_text")) {
            CherryTreeText::Run run;
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                run.attributes.insert(attribute.name().toString(), attribute.value().toString());
            if (!xml.readText(CherryTreeText::MaxNodeSize, &run.text)) {
                *problem = xml.errorString();
                return false;
            }
            runs->append(run);
        }
    }
}

// A table's XML (<table><row><cell>…) as rows of cells.
QList<QStringList> rowsOf(XmlStream &xml, bool started)
{
    QList<QStringList> rows;
    QXmlStreamReader &reader = xml.reader();
    int depth = started ? 1 : 0;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return rows;
        if (token == QXmlStreamReader::EndElement && --depth <= 0 && started)
            return rows;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("row")) {
            ++depth;
            rows.append(QStringList());
        } else if (reader.name() == QLatin1String("cell")) {
            QString cell;
            xml.readText(64 * 1024, &cell);
            if (rows.isEmpty())
                rows.append(QStringList());
            rows.last().append(cell);
        } else {
            ++depth;
        }
    }
}

} // namespace

CherryTreeDocument::CherryTreeDocument(const QString &path)
    : m_path(path)
{
}

bool CherryTreeDocument::looksLike(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    if (isProtected(path))
        return true;
    if (isDatabase(path))
        return QFileInfo(path).suffix().toLower() == QLatin1String("ctb");
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4096).contains("<cherrytree");
}

bool CherryTreeDocument::read(ImportTarget &target)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (isProtected(m_path)) {
        m_errorString = tr("“%1” is protected with a password, which Commonplace does not read. In CherryTree, open it "
                           "and choose File ▸ Save As…, then “Not Protected (.ctb)” or “Not Protected (.ctd)”, and "
                           "import the file it saves.")
                            .arg(shown);
        return false;
    }
    return isDatabase(m_path) ? readDatabase(target) : readXml(target);
}

QString CherryTreeDocument::tagOf(const QString &id, bool *loops) const
{
    QStringList path;
    QSet<QString> seen{id};
    *loops = false;
    for (QString at = m_nodes.value(id).parent; !at.isEmpty() && m_nodes.contains(at);
         at = m_nodes.value(at).parent) {
        if (seen.contains(at) || path.size() >= 64) {
            *loops = true; // a tree with a cycle: imported at the top
            return QString();
        }
        seen.insert(at);
        path.prepend(QString(m_nodes.value(at).name).replace(u'/', u'-').simplified());
    }
    path.removeAll(QString());
    return path.join(u'/');
}

bool CherryTreeDocument::add(const CherryTreeText::Node &node, ImportTarget &target)
{
    const Meta meta = m_nodes.value(node.id);
    ImportedNote note;
    note.title = meta.name.simplified().isEmpty() ? tr("Untitled") : meta.name.simplified();
    note.source = note.title;
    bool loops = false;
    const QString tree = tagOf(node.id, &loops);
    if (loops)
        target.change(note.source, tr("Its place in the tree loops back on itself: imported without the tree's tag."));
    if (!tree.isEmpty())
        note.tags.append(tree);
    note.tags += meta.tags;
    note.created = meta.created;
    note.updated = meta.updated;
    note.text = CherryTreeText::toMarkdown(node, m_titles, target, note.source);
    return target.add(std::move(note));
}

bool CherryTreeDocument::readNodeContent(XmlStream &xml, CherryTreeText::Node *node, bool *child, ImportTarget &target)
{
    QXmlStreamReader &reader = xml.reader();
    *child = false;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndElement)
            return true; // </node>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        const int offset = attributes.value(QStringLiteral("char_offset")).toInt();
        if (name == QLatin1String("node")) {
            *child = true;
            return true;
        }
        if (name == QLatin1String("rich_text")) {
            CherryTreeText::Run run;
            for (const QXmlStreamAttribute &attribute : attributes)
                run.attributes.insert(attribute.name().toString(), attribute.value().toString());
            if (!xml.readText(CherryTreeText::MaxNodeSize, &run.text))
                return false;
            node->runs.append(run);
        } else if (name == QLatin1String("codebox")) {
            CherryTreeText::Object box;
            box.kind = CherryTreeText::Object::Kind::CodeBox;
            box.offset = offset;
            box.language = attributes.value(QStringLiteral("syntax_highlighting")).toString();
            if (!xml.readText(CherryTreeText::MaxNodeSize, &box.text))
                return false;
            node->objects.append(box);
        } else if (name == QLatin1String("table")) {
            CherryTreeText::Object table;
            table.kind = CherryTreeText::Object::Kind::Table;
            table.offset = offset;
            table.rows = rowsOf(xml, true);
            if (xml.reader().hasError())
                return false;
            node->objects.append(table);
        } else if (name == QLatin1String("encoded_png")) {
            CherryTreeText::Object picture;
            picture.offset = offset;
            picture.fileName = QFileInfo(attributes.value(QStringLiteral("filename")).toString()).fileName();
            const bool anchor = attributes.hasAttribute(QStringLiteral("anchor"));
            picture.kind = anchor ? CherryTreeText::Object::Kind::Anchor
                : picture.fileName.isEmpty() ? CherryTreeText::Object::Kind::Image
                                             : CherryTreeText::Object::Kind::File;
            QString base64;
            bool whole = true;
            if (!xml.readText(NoteAttachments::MaxSize / 3 * 4 + 4096, &base64, &whole))
                return false;
            if (!whole)
                target.skip(node->name + QStringLiteral(" ▸ ") + (picture.fileName.isEmpty() ? tr("a picture") : picture.fileName),
                            tr("It is larger than 100 MB, the most a notebook takes in one file."));
            picture.data = QByteArray::fromBase64(base64.toLatin1());
            if (!anchor && whole)
                node->objects.append(picture);
        } else if (!xml.skipElement()) {
            return false;
        }
    }
}

bool CherryTreeDocument::readXml(ImportTarget &target)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto fail = [&](const XmlStream &xml) {
        m_errorString = tr("“%1” cannot be read as a CherryTree document: %2").arg(shown, xml.errorString());
        return false;
    };
    // First the tree: every node's name, place, tags and dates.
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_errorString = tr("“%1” cannot be read: %2").arg(shown, file.errorString());
            return false;
        }
        XmlStream xml(&file);
        QStringList open;
        bool root = false;
        while (true) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::Invalid)
                return fail(xml);
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (token == QXmlStreamReader::StartElement) {
                const QXmlStreamAttributes a = xml.reader().attributes();
                if (!root) {
                    if (xml.reader().name() != QLatin1String("cherrytree")) {
                        m_errorString = tr("“%1” is not a CherryTree document.").arg(shown);
                        return false;
                    }
                    root = true;
                    continue;
                }
                if (xml.reader().name() != QLatin1String("node")) {
                    if (!xml.skipElement())
                        return fail(xml);
                    continue;
                }
                QString id = a.value(QStringLiteral("unique_id")).toString();
                if (id.isEmpty() || m_nodes.contains(id))
                    id = QUuid::createUuid().toString(); // no id, or one taken: a node all the same
                m_nodes.insert(id, {a.value(QStringLiteral("name")).toString(), open.isEmpty() ? QString() : open.last(),
                                    tagsOf(a.value(QStringLiteral("tags")).toString()),
                                    timeOf(a.value(QStringLiteral("ts_creation")).toString()),
                                    timeOf(a.value(QStringLiteral("ts_lastsave")).toString())});
                m_titles.insert(id, a.value(QStringLiteral("name")).toString().simplified());
                m_order.append(id);
                open.append(id);
            } else if (token == QXmlStreamReader::EndElement && xml.reader().name() == QLatin1String("node")) {
                open.removeLast();
            }
        }
    }
    if (m_nodes.isEmpty()) {
        m_errorString = tr("“%1” holds no nodes.").arg(shown);
        return false;
    }
    // Then each node's content, and its children's, each node as a note.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    XmlStream xml(&file);
    qsizetype next = 0;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return fail(xml);
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::StartElement && xml.reader().name() == QLatin1String("node")
            && !readNode(xml, &next, target, 0))
            return false;
    }
}

bool CherryTreeDocument::readNode(XmlStream &xml, qsizetype *next, ImportTarget &target, int depth)
{
    if (depth > MaxDepth) {
        m_errorString = tr("“%1” cannot be read: its nodes are nested more than %2 deep.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(MaxDepth);
        return false;
    }
    CherryTreeText::Node node;
    node.id = m_order.value((*next)++); // as the first reading named it
    node.name = m_nodes.value(node.id).name;
    node.syntax = xml.reader().attributes().value(QStringLiteral("prog_lang")).toString();
    while (true) {
        bool child = false;
        if (!readNodeContent(xml, &node, &child, target)) {
            m_errorString = tr("“%1” cannot be read as a CherryTree document: %2")
                                .arg(QDir::toNativeSeparators(m_path), xml.errorString());
            return false;
        }
        if (!child)
            break;
        if (!readNode(xml, next, target, depth + 1))
            return false;
    }
    return add(node, target);
}

bool CherryTreeDocument::readDatabase(ImportTarget &target)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString connection = QStringLiteral("cherrytree-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool read = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        QString version;
        const auto failed = [&](const QString &why) {
            m_errorString = tr("“%1” cannot be read as a CherryTree document: %2").arg(shown, why);
            return false;
        };
        if (!db.open())
            read = failed(db.lastError().text());
        else if (SqliteStorage::makeDefensive(db, &version) == SqliteStorage::Defence::Failed)
            read = failed(tr("the SQLite driver cannot read it safely."));
        else
            read = true;
        QSqlQuery query(db);
        if (read) {
            query.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            query.exec(QStringLiteral("PRAGMA query_only = ON"));
            // CherryTree's tables, or another application's database.
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN "
                                           "('node', 'children', 'codebox', 'grid', 'image')"))) {
                read = failed(query.lastError().text());
            } else {
                QStringList tables;
                while (query.next())
                    tables << query.value(0).toString();
                if (tables.size() != 5) {
                    m_errorString = tr("“%1” is a database of another application, not a CherryTree document.").arg(shown);
                    read = false;
                }
            }
        }
        if (read && query.exec(QStringLiteral("SELECT n.node_id, n.name, c.father_id, n.tags, n.ts_creation, "
                                              "n.ts_lastsave FROM node n LEFT JOIN children c ON c.node_id = n.node_id "
                                              "ORDER BY c.father_id, c.sequence"))) {
            while (query.next()) {
                const QString id = query.value(0).toString();
                const QString parent = query.value(2).toLongLong() > 0 ? query.value(2).toString() : QString();
                m_nodes.insert(id, {query.value(1).toString(), parent, tagsOf(query.value(3).toString()),
                                    timeOf(query.value(4).toString()), timeOf(query.value(5).toString())});
                m_titles.insert(id, query.value(1).toString().simplified());
            }
        } else if (read) {
            read = failed(query.lastError().text());
        }
        if (read && m_nodes.isEmpty())
            read = failed(tr("it holds no nodes."));
        QSqlQuery nodes(db);
        nodes.setForwardOnly(true);
        if (read && !nodes.exec(QStringLiteral("SELECT node_id, txt, syntax, is_richtxt FROM node ORDER BY node_id")))
            read = failed(nodes.lastError().text());
        while (read && nodes.next()) {
            CherryTreeText::Node node;
            node.id = nodes.value(0).toString();
            node.name = m_nodes.value(node.id).name;
            node.syntax = nodes.value(2).toString();
            const QString text = nodes.value(1).toString();
            const bool rich = node.syntax.isEmpty() || node.syntax == QLatin1String("custom-colors")
                || node.syntax == QLatin1String("plain-text") || text.startsWith(QLatin1String("<?xml"));
            if (rich && text.startsWith(u'<')) {
                QByteArray bytes = text.toUtf8();
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::ReadOnly);
                XmlStream xml(&buffer);
                QString problem;
                if (!runsOf(xml, &node.runs, &problem))
                    target.change(node.name, tr("Its text cannot be read: %1").arg(problem));
            } else {
                node.runs.append({text, {}});
            }
            QSqlQuery objects(db);
            objects.prepare(QStringLiteral("SELECT offset, txt, syntax FROM codebox WHERE node_id = ?"));
            objects.addBindValue(node.id);
            objects.exec();
            while (objects.next()) {
                CherryTreeText::Object box;
                box.kind = CherryTreeText::Object::Kind::CodeBox;
                box.offset = objects.value(0).toInt();
                box.text = objects.value(1).toString();
                box.language = objects.value(2).toString();
                node.objects.append(box);
            }
            objects.prepare(QStringLiteral("SELECT offset, txt FROM grid WHERE node_id = ?"));
            objects.addBindValue(node.id);
            objects.exec();
            while (objects.next()) {
                CherryTreeText::Object table;
                table.kind = CherryTreeText::Object::Kind::Table;
                table.offset = objects.value(0).toInt();
                QByteArray bytes = objects.value(1).toString().toUtf8();
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::ReadOnly);
                XmlStream xml(&buffer);
                table.rows = rowsOf(xml, false);
                node.objects.append(table);
            }
            objects.prepare(QStringLiteral("SELECT offset, anchor, png, filename FROM image WHERE node_id = ? "
                                           "AND length(png) <= ?"));
            objects.addBindValue(node.id);
            objects.addBindValue(NoteAttachments::MaxSize);
            objects.exec();
            while (objects.next()) {
                if (!objects.value(1).toString().isEmpty())
                    continue; // an anchor: nothing to show
                CherryTreeText::Object picture;
                picture.offset = objects.value(0).toInt();
                picture.data = objects.value(2).toByteArray();
                picture.fileName = QFileInfo(objects.value(3).toString()).fileName();
                picture.kind = picture.fileName.isEmpty() ? CherryTreeText::Object::Kind::Image
                                                          : CherryTreeText::Object::Kind::File;
                node.objects.append(picture);
            }
            if (!add(node, target)) {
                read = false;
                m_errorString.clear();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return read;
}
