#include "spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <hunspell.hxx>

namespace {

QStringList &overriddenFolders()
{
    static QStringList folders;
    return folders;
}

QStringList dictionaryFolders()
{
    if (!overriddenFolders().isEmpty())
        return overriddenFolders();
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("DICPATH");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
            << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

// The .dic file of language, with its .aff beside it; empty if none.
QString dictionaryPath(const QString &language)
{
    for (const QString &folder : dictionaryFolders()) {
        const QString dic = QDir(folder).filePath(language + QStringLiteral(".dic"));
        if (QFile::exists(dic) && QFile::exists(QDir(folder).filePath(language + QStringLiteral(".aff"))))
            return dic;
    }
    return {};
}

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

void SpellChecker::setDictionaryFolders(const QStringList &folders)
{
    overriddenFolders() = folders;
}

QStringList SpellChecker::installedLanguages()
{
    QStringList languages;
    for (const QString &folder : dictionaryFolders()) {
        for (const QString &file : QDir(folder).entryList({QStringLiteral("*.dic")}, QDir::Files)) {
            const QString language = file.chopped(4);
            // hyph_*.dic are hyphenation patterns, not dictionaries.
            if (!language.startsWith(QLatin1String("hyph_")) && !dictionaryPath(language).isEmpty())
                languages << language;
        }
    }
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

QString SpellChecker::bestLanguage(const QString &wanted)
{
    const QStringList installed = installedLanguages();
    if (installed.isEmpty())
        return {};
    const QString name = QString(wanted).replace(u'-', u'_');
    if (installed.contains(name))
        return name;
    const QString base = name.section(u'_', 0, 0);
    if (!base.isEmpty()) {
        // de finds de_DE before de_AT: the language's own country first.
        const QString own = base + u'_' + base.toUpper();
        if (installed.contains(own))
            return own;
        for (const QString &language : installed)
            if (language.section(u'_', 0, 0) == base)
                return language;
    }
    return installed.contains(QStringLiteral("en_US")) ? QStringLiteral("en_US") : installed.first();
}

bool SpellChecker::load(const QString &language)
{
    m_hunspell.reset();
    m_language.clear();
    const QString dic = dictionaryPath(language);
    if (dic.isEmpty())
        return false;
    const QString aff = dic.chopped(4) + QStringLiteral(".aff");
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    m_language = language;
    m_utf8 = QString::fromStdString(m_hunspell->get_dict_encoding()).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    // The personal list: one word a line.
    m_personal.clear();
    QFile list(personalListPath());
    if (list.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&list);
        while (!in.atEnd()) {
            const QString word = in.readLine().trimmed();
            if (!word.isEmpty())
                m_personal.insert(word);
        }
    }
    return true;
}

QByteArray SpellChecker::encoded(const QString &word) const
{
    // Dictionaries not in UTF-8 are in Latin-1 or a close relative here.
    return m_utf8 ? word.toUtf8() : word.toLatin1();
}

QString SpellChecker::decoded(const std::string &word) const
{
    return m_utf8 ? QString::fromStdString(word) : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty() || m_personal.contains(word))
        return true;
    return m_hunspell->spell(encoded(word).toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int limit) const
{
    QStringList found;
    if (!m_hunspell)
        return found;
    for (const std::string &suggestion : m_hunspell->suggest(encoded(word).toStdString())) {
        if (found.size() >= limit)
            break;
        found << decoded(suggestion);
    }
    return found;
}

void SpellChecker::addToPersonal(const QString &word)
{
    const QString kept = word.trimmed();
    if (kept.isEmpty() || m_personal.contains(kept))
        return;
    m_personal.insert(kept);
    QDir().mkpath(QFileInfo(personalListPath()).absolutePath());
    QFile list(personalListPath());
    if (list.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        list.write((kept + u'\n').toUtf8());
}

QString SpellChecker::personalListPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("words.txt"));
}
