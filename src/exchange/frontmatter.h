#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The YAML block some Markdown files begin with, between two "---" lines
// (Obsidian, Jekyll, Hugo, our own export): what a note takes from it — its
// title, tags and dates — and the rest, kept at the top of the text. Read
// with libyaml, which never expands anything: a block that is not YAML is
// kept as text whole.
class FrontMatter final
{
public:
    // Splits text into its front matter, if it has one, and the rest.
    static FrontMatter of(const QString &text);

    bool found = false; // the text begins with a block
    bool valid = false; // and it is a YAML mapping
    QString title;
    QStringList tags;
    QDateTime created;
    QDateTime updated;
    // The text after the block, with what the block held that the note does
    // not take (aliases, authors…) kept as a block of its own at its top.
    QString text;

    // A YAML string that any reader reads back as this text: double-quoted.
    static QString quoted(const QString &value);
    // Where a block ends; a larger one is not looked for.
    static constexpr int MaxSize = 64 * 1024;
};
