#pragma once

#include "notebooklocation.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConnectDialog;
}

// File ▸ Connect to Server…: where a team notebook is — the server, its
// port, the database, the user name — and how the connection is protected:
// TLS required, the server's certificate checked against a certificate
// authority, and its name checked too (the default). Gives a location
// without a password (postgresql://user@host:port/database?sslmode=…),
// shown as it will be listed in Open Recent.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Null until a server and a database are given.
    NotebookLocation location() const;
    // Fills the fields from a server location (to try again, say).
    void setLocation(const NotebookLocation &location);

private:
    void update();
    void chooseCertificateAuthority();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPushButton *m_connect;
};
