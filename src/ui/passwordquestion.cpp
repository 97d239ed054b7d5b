#include "passwordquestion.h"

#include <QInputDialog>
#include <QLineEdit>

bool PasswordQuestion::ask(QWidget *parent, const QString &message, QString *password)
{
    QInputDialog ask(parent);
    ask.setWindowTitle(tr("Password"));
    ask.setLabelText(message + QStringLiteral("\n\n") + tr("Password:"));
    ask.setTextEchoMode(QLineEdit::Password);
    ask.setOkButtonText(tr("C&onnect"));
    ask.setCancelButtonText(tr("&Cancel"));
    if (auto *edit = ask.findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Password"));
    if (ask.exec() != QDialog::Accepted)
        return false;
    *password = ask.textValue();
    return true;
}
