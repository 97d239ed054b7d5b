#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

struct Language
{
    const char *code;
    const char16_t *name; // in its own language: never translated
};

constexpr Language languages[] = {
    {"de", u"Deutsch"}, {"en", u"English"}, {"es", u"Español"},
    {"fr", u"Français"}, {"ja", u"日本語"}, {"zh_CN", u"简体中文"},
};

QTranslator *ours = nullptr;
QTranslator *qts = nullptr;

void drop(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QStringList Translations::available()
{
    QStringList codes;
    for (const Language &language : languages)
        codes << QLatin1String(language.code);
    return codes;
}

QString Translations::nativeName(const QString &language)
{
    for (const Language &entry : languages) {
        if (language == QLatin1String(entry.code))
            return QString::fromUtf16(entry.name);
    }
    return language;
}

QString Translations::preferred()
{
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(language) ? language : QString();
}

void Translations::setPreferred(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

void Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and numbers too
    drop(ours);
    drop(qts);

    ours = new QTranslator(QCoreApplication::instance());
    const QString folder = QStringLiteral(":/i18n");
    if (ours->load(locale, QStringLiteral("commonplace"), QStringLiteral("_"), folder)
        || ours->load(QStringLiteral("commonplace_en"), folder))
        QCoreApplication::installTranslator(ours);

    qts = new QTranslator(QCoreApplication::instance());
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
}
