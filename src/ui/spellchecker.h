#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

// Spelling, by Hunspell with the system's dictionaries (Debian's
// hunspell-* packages, in /usr/share/hunspell), and a personal word list in
// the app data folder that Add to Dictionary grows. Without a dictionary it
// checks nothing: every word is taken as written.
class SpellChecker final
{
public:
    SpellChecker();
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    // The languages of the dictionaries installed, as "en_US", sorted.
    static QStringList installedLanguages();
    // The dictionary for a language: itself, else one of the same language
    // ("de" or "de_AT" finds "de_DE"), else any (en_US first); empty if none
    // is installed.
    static QString bestLanguage(const QString &wanted);
    // Where dictionaries are looked for: $DICPATH, then the system's folders.
    // Tests set their own.
    static void setDictionaryFolders(const QStringList &folders);

    // Loads the dictionary of language; false (and checks nothing) if there
    // is none.
    bool load(const QString &language);
    bool isLoaded() const { return m_hunspell != nullptr; }
    QString language() const { return m_language; }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int limit = 6) const;
    // Takes the word as correct from now on, and keeps it in the personal list.
    void addToPersonal(const QString &word);
    static QString personalListPath();

private:
    QByteArray encoded(const QString &word) const;
    QString decoded(const std::string &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    bool m_utf8 = true;
    QSet<QString> m_personal;
};
