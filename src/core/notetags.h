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

    explicit NoteTags(const QSqlDatabase &db);

    // Inside a save: links note id to the tags in text and those above
    // them, making the tags that do not exist yet; a note in the Trash is
    // linked to none.
    bool link(qint64 id, const QString &text, bool trashed);
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
