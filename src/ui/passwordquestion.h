#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The password a team notebook's server asks for, typed unseen; asked
// again after the server refused one, with what it said.
class PasswordQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordQuestion)

public:
    // message: why it is asked. remember: whether to keep the password in
    // the system keyring, offered (checked) only when it is given: there is
    // a keyring. False if the user cancelled.
    static bool ask(QWidget *parent, const QString &message, QString *password, bool *remember = nullptr);
};
