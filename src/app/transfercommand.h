#pragma once

#include "notebook.h"

#include <QCoreApplication>
#include <QStringList>

// commonplace --import SOURCE... --into NOTEBOOK and
// commonplace --export NOTEBOOK --to PATH [--format markdown|html|pdf]: notes in and out without a
// window, for scripts. Each prints what it did; the exit code says whether
// it worked (0), could not (1), or was asked wrongly (2). NOTEBOOK is a
// file or a team notebook's location; a server that wants a password is
// given libpq's own (PGPASSWORD, ~/.pgpass), or one typed on the
// terminal when there is one, and otherwise told no.
class TransferCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommand)

public:
    // Whether the arguments ask for an import or an export.
    static bool isRequested(int argc, char *argv[]);
    // Parses the arguments and runs; the exit code.
    static int run(const QStringList &arguments);

private:
    static int importInto(const QStringList &sources, const QString &notebook);
    static int exportFrom(const QString &notebook, const QString &target, const QString &formatName);
    // After a server refused to open for want of a (right) password: one
    // typed on the terminal, or false after saying why none can be.
    static bool askPassword(Notebook::Error error, const QString &message, QString *password);
};
