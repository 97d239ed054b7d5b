#pragma once

#include "importsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>

// A Joplin export (.jex: a tar archive of Joplin's items, each a .md file,
// and resources/), read as data, never unpacked: notebooks become nested
// tags, tags stay tags, resources become attachments, and :/id links lead
// to the note or attachment they name. Entries that climb out (../), are
// absolute, are links, or are larger than a note or attachment may be are
// passed over and reported.
class JoplinExport final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(JoplinExport)

public:
    explicit JoplinExport(const QString &path);
    // The archive held in data (for the fuzzer), named name in messages.
    JoplinExport(const QByteArray &data, const QString &name);

    // Whether path is a tar archive of Joplin items.
    static bool looksLike(const QString &path);

    QString kind() const override { return QStringLiteral("Joplin"); }
    bool read(ImportTarget &target) override;
    QString errorString() const override { return m_errorString; }

    // A Joplin item is a note's text and some fields: larger is not read.
    static constexpr qint64 MaxItemSize = 20 * 1024 * 1024;

    // One item: its fields (id, type_, parent_id…), and a title and body.
    struct Item
    {
        QHash<QString, QString> fields;
        QString title;
        QString body;
    };
    static Item parseItem(const QString &text);

private:
    // Calls each for every regular entry of the archive with its path and
    // size; each reads the data with readData or leaves it. False if the
    // archive cannot be read (m_errorString says why).
    bool forEachEntry(const std::function<bool(const QString &path, qint64 size)> &each);
    bool readData(qint64 size, QByteArray *data);
    QString tagOfFolder(const QString &id) const;

    QString m_path;
    QByteArray m_data;
    bool m_inMemory = false;
    struct archive *m_archive = nullptr;
    QString m_errorString;
    QHash<QString, Item> m_folders; // by id
    QHash<QString, QString> m_tags; // a tag's id: its name
    QHash<QString, QStringList> m_noteTags; // a note's id: its tags' ids
    QHash<QString, Item> m_resources; // by id (their fields only)
    QHash<QString, QString> m_noteTitles; // a note's id: its title
    QSet<QString> m_referenced; // ids that notes' texts name (:/id)
    QHash<QString, QString> m_hashes; // a resource's id: its attachment's hash
    QList<QPair<QString, QString>> m_passedOver; // entries not read, and why
    QSet<QString> m_passedOverPaths;
};
