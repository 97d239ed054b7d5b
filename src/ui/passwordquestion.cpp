#include "passwordquestion.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

bool PasswordQuestion::ask(QWidget *parent, const QString &message, QString *password, bool *remember)
{
    QDialog ask(parent);
    ask.setObjectName(QStringLiteral("passwordQuestion"));
    ask.setWindowTitle(tr("Password"));
    auto *layout = new QVBoxLayout(&ask);
    auto *label = new QLabel(message + QStringLiteral("\n\n") + tr("Password:"), &ask);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QLineEdit(&ask);
    edit->setObjectName(QStringLiteral("passwordEdit"));
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(tr("Password"));
    label->setBuddy(edit);
    layout->addWidget(edit);
    QCheckBox *keep = nullptr;
    if (remember) {
        keep = new QCheckBox(tr("&Remember it in the system keyring"), &ask);
        keep->setObjectName(QStringLiteral("rememberCheck"));
        keep->setAccessibleName(tr("Remember the password in the system keyring"));
        keep->setChecked(*remember);
        layout->addWidget(keep);
    }
    auto *buttons = new QDialogButtonBox(&ask);
    buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    layout->addWidget(buttons);
    ask.setMinimumWidth(420);
    if (ask.exec() != QDialog::Accepted)
        return false;
    *password = edit->text();
    if (keep)
        *remember = keep->isChecked();
    return true;
}
