#pragma once

#include "notebooklocation.h"

#include <QString>

// Team notebooks' passwords in the system keyring (QtKeychain: the Secret
// Service, KWallet, the macOS Keychain, the Windows Credential Manager),
// each under the location it opens, which holds no password. Never in the
// settings file: without a keyring nothing is kept, and the password is
// asked each time.
class PasswordKeyring final
{
public:
    enum class Result { Found, NotFound, NoKeyring };
    static Result read(const NotebookLocation &location, QString *password);
    // False if the keyring did not keep it; *error says why.
    static bool write(const NotebookLocation &location, const QString &password, QString *error);
    static void forget(const NotebookLocation &location);

private:
    static QString key(const NotebookLocation &location);
};
