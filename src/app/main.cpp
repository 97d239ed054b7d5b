#include "notebook.h"
#include "notemodel.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Commonplace"));
    QApplication::setOrganizationDomain(QStringLiteral("commonplace.org"));
    QApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    Notebook notebook;
    if (!notebook.open(QDir(folder).filePath(QStringLiteral("Notes.cpbook")))) {
        QMessageBox box(QMessageBox::Critical, QApplication::applicationName(),
                        notebook.errorString());
        box.setDetailedText(notebook.errorDetail());
        box.exec();
        return 1;
    }

    int status = 0;
    {
        NoteModel model(notebook.database());
        model.select();
        QListView list;
        list.setModel(&model);
        list.setModelColumn(model.titleColumn());
        list.setWindowTitle(QApplication::translate("main", "%1 — Commonplace")
                                .arg(notebook.displayName()));
        list.resize(480, 640);
        list.show();
        status = QApplication::exec();
    }
    return status;
}
