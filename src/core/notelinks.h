#pragma once

#include "markdownsource.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

// Links between notes: the note_link table a save writes from each note's
// [[links]], and what is read from it — the notes that link to a title
// (backlinks, rename), and the note a link leads to.
class NoteLinks final
{
public:
    explicit NoteLinks(const QSqlDatabase &db);

    // Inside a save: the links of note id become those in text.
    bool write(qint64 id, const QString &text);
    // Inside an upgrade: writes the links of every note, from its text.
    bool writeAll();

    struct Backlink
    {
        qint64 id = -1; // the note that links
        QString title;
        QString sentence; // around the link, without markup
    };
    // The notes outside the Trash whose saved text links to title (in any
    // case), each note once with the sentence of its first link, by title;
    // not note except.
    bool backlinks(const QString &title, qint64 except, QList<Backlink> *links) const;
    // The notes whose saved text links to title, in the Trash or not.
    bool notesLinkingTo(const QString &title, QList<qint64> *ids) const;

    struct Target
    {
        qint64 id = -1; // -1: no note has the title
        QString title; // as the note spells it
        bool trashed = false;
    };
    // The note a link to title leads to: the one with that title in any
    // case, outside the Trash if there is one, else the newest.
    bool find(const QString &title, Target *target) const;
    // Titles of notes outside the Trash that begin with prefix (in any
    // case), the most recently changed first, at most limit.
    bool titlesStartingWith(const QString &prefix, int limit, QStringList *titles) const;

    // The sentence of text that holds link, as a reader sees it.
    static QString sentenceAround(const QString &text, const MarkdownSource::WikiLink &link);

    QSqlError lastError() const { return m_lastError; }

private:
    bool fail(const QSqlError &error) const;

    QString caseless(const QString &expression) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};
