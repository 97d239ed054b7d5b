#pragma once

#include <QString>

// A password typed on the terminal the program was started from, without
// showing it, for a team notebook's server that asks for one. Never asked
// when there is no terminal (a script, a pipe): a script gives it through
// libpq's own sources (PGPASSWORD, ~/.pgpass).
class TerminalPassword final
{
public:
    static bool canAsk();
    // prompt on standard error, the answer read from standard input; false
    // when there is no terminal or nothing could be read.
    static bool ask(const QString &prompt, QString *password);
};
