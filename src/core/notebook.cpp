#include "notebook.h"

#include "logging.h"
#include "notebookfile.h"
#include "notebookserver.h"
#include "schemamigrator.h"

std::unique_ptr<Notebook> Notebook::at(const NotebookLocation &location)
{
    if (location.isServer())
        return std::make_unique<NotebookServer>(location);
    if (!location.isFile())
        return nullptr;
    return std::make_unique<NotebookFile>(location);
}

Notebook::Notebook(const NotebookLocation &location)
    : m_location(location)
{
}

Notebook::~Notebook() = default;

int Notebook::latestSchemaVersion()
{
    static const int version = SchemaMigrator().latestVersion();
    return version;
}

QSqlDatabase Notebook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Notebook::reset(const NotebookLocation &location)
{
    m_location = location;
    m_error = Error::None;
    m_errorString.clear();
    m_errorDetail.clear();
    m_backupPath.clear();
    m_schemaVersion = 0;
}

QString Notebook::readOnlyMessage() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("This notebook is open for reading only.");
    case ReadOnlyReason::NewerVersion:
        return tr("This notebook was saved by a newer version of Commonplace. You can read it "
                  "here, but to change it, update Commonplace.");
    case ReadOnlyReason::ModifiedSchema:
        return tr("This notebook was changed by another program: it holds triggers, views or "
                  "tables that Commonplace did not make. To keep your notes safe, it is open for "
                  "reading only.");
    case ReadOnlyReason::ReadOnlyFile:
        return tr("This notebook file is read-only, so changes cannot be saved. To edit it, "
                  "allow writing to the file or save a copy elsewhere.");
    case ReadOnlyReason::ReadOnlyFolder:
        return tr("The folder holding this notebook is read-only, so changes cannot be saved. "
                  "To edit it, move the notebook to a folder you can write to.");
    case ReadOnlyReason::ReadOnlyRole:
        return tr("The server lets your user name read this notebook but not change it. To edit it, ask the "
                  "server's administrator for the right to write to it.");
    case ReadOnlyReason::UpgradeByOwner:
        return tr("This notebook was made by an older version of Commonplace, and the server lets only its owner "
                  "bring it up to date. You can read it here; to change it, ask its owner to open it once with "
                  "this version of Commonplace.");
    }
    return {};
}

void Notebook::removeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Notebook::fail(Error error, const QString &message, const QString &detail)
{
    m_error = error;
    m_errorString = message;
    m_errorDetail = detail;
    qCWarning(lcNotebook).noquote() << message << detail;
    return false;
}
