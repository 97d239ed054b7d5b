#pragma once

// Loads the application's translations for the system language. English is
// the language of the source, but its plural forms ("1 change", "2 changes")
// come from a translation too, as Qt intends; it is the fallback.
namespace Translations {

void install();

} // namespace Translations
