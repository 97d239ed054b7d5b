#include "keptpassword.h"

#include "passwordkeyring.h"
#include "passwordquestion.h"

KeptPassword::KeptPassword(const NotebookLocation &location, QString *password)
    : m_location(location)
    , m_password(password)
{
    if (!location.isServer())
        return;
    const PasswordKeyring::Result kept = PasswordKeyring::read(location, password);
    m_hasKeyring = kept != PasswordKeyring::Result::NoKeyring;
    m_fromKeyring = kept == PasswordKeyring::Result::Found;
}

bool KeptPassword::ask(QWidget *parent, const QString &message)
{
    if (m_fromKeyring) {
        PasswordKeyring::forget(m_location); // changed on the server since
        m_fromKeyring = false;
    }
    m_password->clear();
    if (!PasswordQuestion::ask(parent, message, m_password, m_hasKeyring ? &m_remember : nullptr))
        return false;
    m_typed = true;
    return true;
}

bool KeptPassword::keep(QString *error)
{
    if (!m_typed || !m_hasKeyring || !m_remember)
        return true;
    return PasswordKeyring::write(m_location, *m_password, error);
}
