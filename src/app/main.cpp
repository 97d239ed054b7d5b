#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QApplication::setOrganizationDomain(QStringLiteral("commonplace.org"));
    QApplication::setApplicationName(QStringLiteral("Commonplace"));
    QApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commonplace.Commonplace"));

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Commonplace, a notes application that never loses a word."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("notebook"),
        QApplication::translate("main", "The notebook file (*.cpbook) to open or create."),
        QStringLiteral("[notebook]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList arguments = parser.positionalArguments();
    window.openStartupNotebook(arguments.isEmpty() ? QString() : arguments.first());
    return QApplication::exec();
}
