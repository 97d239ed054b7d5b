#pragma once

#include "importsource.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class XmlStream;

// An Evernote export (.enex), read as a stream so that a file of many
// gigabytes is read in flat memory: each <note> a note with its title,
// tags and dates, its ENML text as Markdown, and its resources (base64,
// decoded piece by piece, checked against the MD5 their <en-media> names)
// as attachments where the text showed them.
class EvernoteExport final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(EvernoteExport)

public:
    explicit EvernoteExport(const QString &path);
    // The export read from device (open), named name in messages.
    EvernoteExport(QIODevice *device, const QString &name);

    // Whether path is a file that starts as an Evernote export.
    static bool looksLike(const QString &path);

    QString kind() const override { return QStringLiteral("Evernote"); }
    bool read(ImportTarget &target) override;
    QString errorString() const override { return m_errorString; }

    // A note's text (ENML) larger than this is not read.
    static constexpr qint64 MaxNoteSize = 20 * 1024 * 1024;
    // Resources a note's text does not name are kept aside until its end,
    // up to this much; beyond it they are taken as attachments it does not show.
    static constexpr qint64 MaxSuspectBytes = 200 * 1024 * 1024;

private:
    enum class Read { Done, Failed, Stopped };
    Read readNote(XmlStream &xml, ImportTarget &target, int number);
    bool fail(const XmlStream &xml);

    QString m_path;
    QIODevice *m_device = nullptr;
    QString m_errorString;
};
