#pragma once

#include <QString>
#include <QUrl>

// Where a notebook is: a file on this computer, or a database on a
// PostgreSQL server ("postgresql://user@host:port/database"). Its text form
// (toString()) is what the recent list, the settings, the command line and
// the hand-over to a running Commonplace carry; it never holds a password.
class NotebookLocation final
{
public:
    NotebookLocation() = default;
    // What a user typed or a program passed: a postgresql:// (or
    // postgres://) URL, a file: URL, else a file path, relative to the
    // current folder.
    static NotebookLocation fromUserInput(const QString &text);
    // A file, whatever its name looks like.
    static NotebookLocation fromPath(const QString &path);

    bool isNull() const { return m_kind == Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::Server; }

    // A file's absolute path, as given (symlinks kept).
    QString filePath() const { return m_path; }
    // A server's URL, without a password.
    QUrl serverUrl() const { return m_url; }
    // The schema of the server's database that holds the notebook: the
    // URL's schema=NAME, or "commonplace", so one database can hold other
    // things beside it.
    QString serverSchema() const;
    static QString defaultServerSchema() { return QStringLiteral("commonplace"); }

    QString toString() const;
    // "Notes" for Notes.cpbook; "notes on db.example.org" for a server.
    QString displayName() const;
    // Names a notebook's journals and backups: "<name>-<8 hex digits>",
    // the same for every path or URL that leads to the same notebook.
    QString key() const;

    // The same notebook: the same file (through symlinks and ".."), or the
    // same database of the same server as the same user.
    bool operator==(const NotebookLocation &other) const { return identity() == other.identity(); }
    bool operator!=(const NotebookLocation &other) const { return !(*this == other); }

private:
    enum class Kind { None, File, Server };
    QString identity() const;

    Kind m_kind = Kind::None;
    QString m_path;
    QUrl m_url;
};
