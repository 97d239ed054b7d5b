#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

void Translations::install()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString folder = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), QStringLiteral("commonplace"), QStringLiteral("_"), folder)
        || translator->load(QStringLiteral("commonplace_en"), folder))
        QCoreApplication::installTranslator(translator);
}
