#include "mainwindow.h"
#include "notebooklocation.h"
#include "noteaddress.h"
#include "openrequests.h"
#include "singleinstance.h"
#include "transfercommand.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// Checks an installation: the window opens the notebook, and the program
// ends, 0 if it did. A message (an error) would wait for a user: it is
// printed on standard error and closed, and the check fails.
int smokeTest(MainWindow &window, const QString &path)
{
    bool asked = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            if (const auto *box = qobject_cast<QMessageBox *>(modal))
                std::fprintf(stderr, "%s\n", qUtf8Printable(box->text()));
            modal->close();
        }
    });
    closer.start(50);
    bool opened = false;
    if (NoteAddress::isLink(path)) {
        window.openRequested(path); // a missing note says so in a message
        opened = window.notebook() != nullptr;
    } else {
        opened = window.openNotebook(path);
    }
    QCoreApplication::processEvents();
    return opened && !asked ? 0 : 1;
}

} // namespace

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("commonplace.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Commonplace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Importing and exporting need no window, nor a display: a PDF's pages
    // are drawn off screen.
    if (TransferCommand::isRequested(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QGuiApplication app(argc, argv);
        nameApplication();
        Translations::install(Translations::preferred());
        return TransferCommand::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.commonplace.Commonplace"));

    Translations::install(Translations::preferred());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Commonplace, a notes application that never loses a word."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smoke(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Open the notebook in a window of its own, then exit: 0 if "
                                        "it opened. Checks an installation."));
    parser.addOption(smoke);
    const QCommandLineOption note(
        QStringLiteral("note"),
        QApplication::translate("main", "Open the note with this number (as in a link from Note ▸ Copy Link)."),
        QStringLiteral("number"));
    parser.addOption(note);
    parser.addPositionalArgument(
        QStringLiteral("notebook"),
        QApplication::translate("main", "The notebook file (*.cpbook) to open or create, a team "
                                        "notebook's address (postgresql://user@host/database), or a "
                                        "link to a note (commonplace:…)."),
        QStringLiteral("[notebook]"));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    // A file (made absolute: a running Commonplace may have another current
    // folder) or a server URL.
    const QString given = arguments.isEmpty() ? QString() : arguments.first();
    QString path = NoteAddress::isLink(given) ? given.trimmed()
                                              : NotebookLocation::fromUserInput(given).toString();
    // NOTEBOOK --note ID is the link to that note, which the window (this
    // one or one running already) opens.
    if (parser.isSet(note)) {
        const qint64 number = NoteAddress::noteNumber(parser.value(note));
        if (number < 0 || path.isEmpty() || NoteAddress::isLink(path)) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(number < 0 ? QApplication::translate("main", "“%1” is not a note number: "
                                                                                     "note numbers are whole numbers above zero.")
                                                         .arg(parser.value(note))
                                                   : QApplication::translate("main", "--note needs the notebook "
                                                                                     "that holds the note.")));
            return 2;
        }
        path = NoteAddress(NotebookLocation::fromUserInput(path), number).toLink();
    }

    if (parser.isSet(smoke)) {
        MainWindow window;
        window.show();
        return smokeTest(window, path);
    }

    // A Commonplace already running opens the notebook instead.
    SingleInstance instance;
    if (instance.handOverOrListen(path))
        return 0;

    MainWindow window;
    OpenRequests requests;
    QObject::connect(&instance, &SingleInstance::openRequested, &requests, &OpenRequests::add);
    QObject::connect(&requests, &OpenRequests::openRequested, &window, &MainWindow::openRequested);
    window.show();
    window.openStartupNotebook(path);
    requests.setReady();
    return QApplication::exec();
}
