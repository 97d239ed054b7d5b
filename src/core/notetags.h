#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

// Tags: a note's own tags are the JSON array in note.tags (a field of the
// note like its title, so a change is pending until Save); the tag and
// note_tag tables are the index the save keeps from them, for the sidebar's
// counts and for listing a tag's notes. Tags nest by '/': a note tagged
// work/clients/acme is also under work and work/clients.
class NoteTags final
{
public:
    // Longest name the notebook keeps, in characters.
    static constexpr int MaxNameLength = 500;

    // A name as kept: each level trimmed, empty levels dropped ("a//b " is
    // "a/b"), line breaks and tabs made spaces; empty if nothing is left.
    static QString normalized(const QString &name);
    // What makes two names the same tag: the name case-folded, so "Work"
    // and "WORK" (or "ΣΟΦΊΑ" and "σοφία") are one.
    static QString folded(const QString &name);
    // The names in note.tags, and the text for a list of names: normalized,
    // each once whatever its case (the first spelling wins), sorted.
    static QStringList fromText(const QString &text);
    static QString toText(const QStringList &names);
    // The names with every level above them: a/b/c gives a, a/b, a/b/c.
    static QStringList withParents(const QStringList &names);
    // Whether name is tag or a tag under it (work/clients is within work),
    // level by level, whatever the case.
    static bool isWithin(const QString &name, const QString &tag);
    // The names with from, and each name under it, renamed to to (work/x
    // becomes job/x), or taken off if to is empty; as fromText() gives them.
    static QStringList renamed(const QStringList &names, const QString &from, const QString &to);
    // The names without tag and those under it; a note keeps the tag above
    // (deleting work/acme leaves work), so that it stays where it was.
    static QStringList removed(const QStringList &names, const QString &tag);

    explicit NoteTags(const QSqlDatabase &db);

    // Inside a save: links note id to the tags in text and those above
    // them, making the tags that do not exist yet; a note in the Trash is
    // linked to none. A tag takes the spelling saved last ("Work" after
    // "work"), so that renaming a tag's case shows.
    bool link(qint64 id, const QString &text, bool trashed);
    // The notes outside the Trash that have the tag name or one under it,
    // as saved; false if they could not be read.
    bool notesWith(const QString &name, QList<qint64> *ids) const;
    // Inside a save: removes the tags no note outside the Trash has.
    bool removeUnused();

    struct Count
    {
        qint64 id = -1;
        QString name;
        int notes = 0; // outside the Trash, with it or a tag under it
    };
    // Every tag with its count, in one statement, sorted by name.
    QList<Count> counts() const;

    QSqlError lastError() const { return m_lastError; }

private:
    static QStringList canonical(const QStringList &names);
    bool fail(const QSqlError &error) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};
