#include "terminalpassword.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

bool TerminalPassword::canAsk()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
#else
    return false; // asked in the window there; scripts use libpq's sources
#endif
}

bool TerminalPassword::ask(const QString &prompt, QString *password)
{
#ifdef Q_OS_UNIX
    if (!canAsk())
        return false;
    std::fprintf(stderr, "%s", qUtf8Printable(prompt));
    std::fflush(stderr);
    termios shown {};
    const bool hidden = tcgetattr(STDIN_FILENO, &shown) == 0;
    if (hidden) {
        termios quiet = shown;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (hidden)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
    std::fprintf(stderr, "\n");
    if (c == EOF && line.empty())
        return false;
    *password = QString::fromStdString(line);
    return true;
#else
    Q_UNUSED(prompt)
    Q_UNUSED(password)
    return false;
#endif
}
