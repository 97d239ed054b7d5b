#include "setupquestion.h"

#include <QMessageBox>
#include <QPushButton>

bool SetUpQuestion::ask(QWidget *parent, const NotebookLocation &location, const QString &message)
{
    const QUrl url = location.serverUrl();
    QMessageBox box(QMessageBox::Question, tr("Set Up a Team Notebook"),
                    message + u' ' + tr("Set up a new notebook there?"), QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setInformativeText(tr("Commonplace will make its tables in the schema “%1” of the database “%2”. Everyone "
                              "the server lets use that database can then open the notebook.")
                               .arg(location.serverSchema(), url.path().mid(1)));
    box.button(QMessageBox::Yes)->setText(tr("&Set Up"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}
