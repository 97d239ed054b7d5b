#pragma once

#include <QString>
#include <QStringList>

// The application's translations. English is the language of the source,
// but its plural forms ("1 change", "2 changes") come from a translation
// too, as Qt intends; it is the fallback.
namespace Translations {

// The languages Commonplace speaks, as locale names ("de", "zh_CN").
QStringList available();
// A language's name in that language ("Deutsch"), for choosing it.
QString nativeName(const QString &language);

// The language chosen in Preferences, or "" to follow the system.
QString preferred();
void setPreferred(const QString &language);

// Installs the translations of language ("" for the system's), in place of
// those installed before, with Qt's own (qtbase), so that standard dialogs
// and buttons match. Open windows get a LanguageChange event.
void install(const QString &language);

} // namespace Translations
