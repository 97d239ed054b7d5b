#pragma once

#include "notebooklocation.h"

#include <QString>

class QWidget;

// A team notebook's password while it is being opened: the one the system
// keyring keeps for it, if any, is given first; when the server wants one
// (again) it is asked for, with the offer to keep it, and a kept one the
// server refused is forgotten; once the notebook is open, a typed one the
// user chose to keep goes into the keyring. A file has no password.
class KeptPassword final
{
public:
    KeptPassword(const NotebookLocation &location, QString *password);

    // PasswordQuestion: false if the user cancelled.
    bool ask(QWidget *parent, const QString &message);
    // After the notebook opened. False if the keyring would not keep it
    // (*error says why).
    bool keep(QString *error);

private:
    NotebookLocation m_location;
    QString *m_password;
    bool m_hasKeyring = false;
    bool m_fromKeyring = false;
    bool m_typed = false;
    bool m_remember = true;
};
