#include "transfercommand.h"

#include "importjob.h"
#include "importreport.h"
#include "noteexport.h"
#include "notebook.h"
#include "notebooklocation.h"
#include "noteimport.h"
#include "terminalpassword.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
}

void complain(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool TransferCommand::isRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--import") == 0 || std::strcmp(argv[i], "--export") == 0
            || std::strncmp(argv[i], "--import=", 9) == 0 || std::strncmp(argv[i], "--export=", 9) == 0)
            return true;
    }
    return false;
}

int TransferCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Commonplace: import notes into a notebook, or export them, without a window."));
    parser.addHelpOption();
    const QCommandLineOption import(QStringLiteral("import"),
                                    tr("Import the notes of these sources (a folder of Markdown files or an Obsidian vault)."),
                                    QStringLiteral("source"));
    const QCommandLineOption into(QStringLiteral("into"), tr("The notebook to import into; made if it does not exist."),
                                  QStringLiteral("notebook"));
    const QCommandLineOption exportOption(QStringLiteral("export"), tr("Export the notes of this notebook."),
                                          QStringLiteral("notebook"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The new or empty folder to export into."), QStringLiteral("path"));
    const QCommandLineOption format(QStringLiteral("format"), tr("What to export to: markdown (the default), html or pdf."),
                                    QStringLiteral("format"), QStringLiteral("markdown"));
    parser.addOptions({import, into, exportOption, to, format});
    parser.addPositionalArgument(QStringLiteral("source"), tr("More sources to import."), QStringLiteral("[source...]"));
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        say(parser.helpText());
        return 0;
    }
    if (parser.isSet(import) == parser.isSet(exportOption)) {
        complain(tr("Give either --import SOURCE... --into NOTEBOOK, or --export NOTEBOOK --to PATH."));
        return 2;
    }
    if (parser.isSet(import)) {
        if (!parser.isSet(into)) {
            complain(tr("--import needs --into NOTEBOOK: the notebook to import into."));
            return 2;
        }
        return importInto(parser.values(import) + parser.positionalArguments(), parser.value(into));
    }
    if (!parser.isSet(to) || !parser.positionalArguments().isEmpty()) {
        complain(tr("--export needs --to PATH, and nothing else: the folder to export into (a file for pdf)."));
        return 2;
    }
    return exportFrom(parser.value(exportOption), parser.value(to), parser.value(format).toLower());
}

bool TransferCommand::askPassword(Notebook::Error error, const QString &message, QString *password)
{
    if (error != Notebook::Error::PasswordNeeded && error != Notebook::Error::PasswordRefused)
        return false;
    if (!TerminalPassword::canAsk()) {
        complain(message);
        complain(tr("There is no terminal to ask the password on: give it in PGPASSWORD or in ~/.pgpass."));
        return false;
    }
    complain(message);
    return TerminalPassword::ask(tr("Password: "), password);
}

int TransferCommand::importInto(const QStringList &sources, const QString &notebook)
{
    const NotebookLocation location = NotebookLocation::fromUserInput(notebook);
    if (location.isNull()) {
        complain(tr("“%1” is not a notebook file.").arg(notebook));
        return 2;
    }
    const QString shownNotebook = location.isFile() ? shown(location.filePath()) : location.toString();
    QString password;
    int status = 0;
    for (const QString &source : sources) {
        const std::unique_ptr<ImportSource> found = ImportJob::sourceFor(source);
        if (!found) {
            complain(ImportJob::unknownSourceMessage(source));
            status = 1;
            continue;
        }
        bool imported = false;
        for (int tries = 0; tries < 3; ++tries) {
            NoteImport import(location.toString());
            import.setPassword(password);
            imported = import.run(*found);
            if (imported) {
                const ImportReport report = import.report();
                say(tr("Imported %n note(s) from “%1” into “%2”, tagged %3", nullptr, report.notes)
                        .arg(shown(source), shownNotebook, report.importTag)
                    + tr(", with %n new attachment(s).", nullptr, report.attachments));
                for (const ImportReport::Item &item : report.changed)
                    say(tr("  changed: %1: %2").arg(item.source, item.reason));
                for (const ImportReport::Item &item : report.skipped)
                    say(tr("  not imported: %1: %2").arg(item.source, item.reason));
                break;
            }
            if (import.lastError() != NoteImport::Error::CannotOpen) {
                complain(shown(source) + QStringLiteral(": ") + import.errorString());
                break;
            }
            // A notebook that does not open takes no other source either.
            if (!askPassword(import.openError(), import.errorString(), &password)) {
                if (import.openError() != Notebook::Error::PasswordNeeded
                    && import.openError() != Notebook::Error::PasswordRefused)
                    complain(shown(source) + QStringLiteral(": ") + import.errorString());
                return 1;
            }
        }
        if (!imported)
            status = 1;
    }
    return status;
}

int TransferCommand::exportFrom(const QString &notebook, const QString &target, const QString &formatName)
{
    NoteExport::Format format = NoteExport::Format::Markdown;
    if (!NoteExport::formatNamed(formatName, &format)) {
        complain(tr("“%1” is not a format Commonplace exports to: use markdown, html or pdf.").arg(formatName));
        return 2;
    }
    const std::unique_ptr<NoteExport> exporter = NoteExport::create(format);
    if (exporter->writesFile() && QFileInfo::exists(target)) {
        complain(tr("“%1” exists already: give the name of a new file, so that nothing is overwritten.")
                     .arg(shown(target)));
        return 1;
    }
    const std::unique_ptr<Notebook> source = Notebook::at(NotebookLocation::fromUserInput(notebook));
    if (!source) {
        complain(tr("“%1” is not a notebook file.").arg(notebook));
        return 2;
    }
    if (source->location().isFile() && !QFileInfo::exists(source->path())) {
        complain(tr("There is no notebook “%1”.").arg(shown(source->path())));
        return 1;
    }
    // Read-only: an export never changes the notebook, open in a window or not.
    QString password;
    for (int tries = 0; !source->open(Notebook::Access::ReadOnly); ++tries) {
        if (tries == 3 || !askPassword(source->lastError(), source->errorString(), &password)) {
            if (source->lastError() != Notebook::Error::PasswordNeeded
                && source->lastError() != Notebook::Error::PasswordRefused)
                complain(source->errorString());
            return 1;
        }
        source->setPassword(password);
    }
    if (!exporter->write(source->database(), target)) {
        complain(exporter->errorString());
        return 1;
    }
    say(tr("Exported %n note(s) from “%1” to “%2”", nullptr, exporter->notes()).arg(source->location().isFile() ? shown(source->path()) : source->displayName(), shown(target))
        + (exporter->writesFile() ? QStringLiteral(".") // a PDF holds pictures, not attachments
                                  : tr(", with %n attachment(s).", nullptr, exporter->attachments())));
    return 0;
}
