#include "notebookcopy.h"

#include "logging.h"
#include "notebook.h"
#include "notebookstorage.h"
#include "schemamigrator.h"
#include "writetransaction.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

QStringList NotebookCopy::tables()
{
    return {QStringLiteral("note"),          QStringLiteral("tag"),        QStringLiteral("note_tag"),
            QStringLiteral("note_revision"), QStringLiteral("note_link"),  QStringLiteral("attachment"),
            QStringLiteral("note_attachment")};
}

bool NotebookCopy::fail(const QString &message, const QString &detail)
{
    m_errorString = message;
    m_errorDetail = detail;
    qCWarning(lcNotebook).noquote() << "Copy failed:" << message << detail;
    return false;
}

bool NotebookCopy::copy(const QSqlDatabase &source, const QSqlDatabase &target)
{
    m_done = m_total = m_notes = 0;
    m_errorString.clear();
    m_errorDetail.clear();
    const NotebookStorage &sourceStorage = NotebookStorage::of(source);
    const NotebookStorage &targetStorage = NotebookStorage::of(target);
    int sourceVersion = 0;
    int targetVersion = 0;
    QSqlError error;
    if (!sourceStorage.schemaVersion(source, &sourceVersion, &error) || !targetStorage.schemaVersion(target, &targetVersion, &error))
        return fail(tr("The notebooks could not be read."), error.text());
    if (sourceVersion != Notebook::latestSchemaVersion() || targetVersion != Notebook::latestSchemaVersion())
        return fail(tr("Only a notebook of this version of Commonplace can be copied: open it for writing once, "
                       "which brings it up to date."));

    // Read as of one moment, whatever others save meanwhile; counted first,
    // for the progress, in the same snapshot as the copy.
    {
        QSqlQuery begin(source);
        if (!begin.exec(sourceStorage.beginSnapshotStatement()))
            return fail(tr("The notebook to copy could not be read."), begin.lastError().text());
    }
    // COMMIT, not ROLLBACK: nothing was written, and SQLite would stop the
    // list's own unfinished read with a rollback.
    const auto endSnapshot = qScopeGuard([&source] { QSqlQuery(source).exec(QStringLiteral("COMMIT")); });
    for (const QString &table : tables()) {
        QSqlQuery count(source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !count.next())
            return fail(tr("The notebook to copy could not be read."), count.lastError().text());
        m_total += count.value(0).toLongLong();
    }

    WriteTransaction transaction(target);
    if (!transaction.isActive())
        return fail(tr("The copy cannot be written now."), transaction.lastError().text());
    {
        QSqlQuery any(target);
        if (!any.exec(QStringLiteral("SELECT count(*) FROM note")) || !any.next() || any.value(0).toLongLong() != 0)
            return fail(tr("The copy can go only into a notebook that holds no notes."), any.lastError().text());
    }
    targetStorage.trustTriggers(target, true);
    const auto distrust = qScopeGuard([&] { targetStorage.trustTriggers(target, false); });
    // The notes are indexed for search once they are all in.
    if (!targetStorage.deferSearchIndex(target, true, &error))
        return fail(tr("The copy could not be written."), error.text());
    for (const QString &table : tables()) {
        if (!copyTable(source, target, table))
            return false;
    }
    QSqlQuery range(target);
    if (!range.exec(QStringLiteral("SELECT min(id), max(id) FROM note")) || !range.next())
        return fail(tr("The copy could not be written."), range.lastError().text());
    if (!range.value(0).isNull()
        && !targetStorage.indexForSearch(target, range.value(0).toLongLong(), range.value(1).toLongLong(), &error))
        return fail(tr("The copy could not be indexed for search."), error.text());
    range.finish();
    if (!targetStorage.deferSearchIndex(target, false, &error) || !targetStorage.followCopiedIds(target, &error))
        return fail(tr("The copy could not be written."), error.text());
    if (!transaction.commit())
        return fail(tr("The copy could not be saved."), transaction.lastError().text());
    targetStorage.finishLargeWrite(target);
    qCInfo(lcNotebook) << "Copied" << m_notes << "notes," << m_done << "rows";
    return true;
}

// Every column as it is; a tag's count starts at nothing, as the links to
// it count it up again (migration 5's triggers). Rows go in 200 to a
// statement: one round trip to a server each, and one count per tag.
bool NotebookCopy::copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    constexpr int RowsPerStatement = 200;
    const QSqlRecord columns = source.record(table);
    if (columns.isEmpty())
        return fail(tr("The notebook to copy has no table “%1”.").arg(table));
    QStringList names;
    const QSqlDriver *driver = target.driver();
    for (int i = 0; i < columns.count(); ++i)
        names << driver->escapeIdentifier(columns.fieldName(i), QSqlDriver::FieldName);
    const QString row = QLatin1Char('(') + QStringList(columns.count(), QStringLiteral("?")).join(QStringLiteral(", "))
        + QLatin1Char(')');
    const auto insert = [&](int rows) -> QString {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(QStringLiteral(", ")))
            + QStringList(rows, row).join(QStringLiteral(", "));
    };
    const int countColumn = table == QLatin1String("tag") ? columns.indexOf(QStringLiteral("note_count")) : -1;
    QSqlQuery read(source);
    read.setForwardOnly(true);
    // The first column orders the rows: every table's key starts with it.
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(names.join(QStringLiteral(", ")), table)))
        return fail(tr("The notebook to copy could not be read."), read.lastError().text());
    QSqlQuery full(target);
    if (!full.prepare(insert(RowsPerStatement)))
        return fail(tr("The copy could not be written."), full.lastError().text());
    QVariantList values;
    const auto write = [&](QSqlQuery &query, int rows) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return fail(tr("The copy could not be written."), query.lastError().text());
        m_done += rows;
        if (table == QLatin1String("note"))
            m_notes += rows;
        if (m_progress)
            m_progress(m_done, m_total);
        values.clear();
        return true;
    };
    int buffered = 0;
    while (read.next()) {
        for (int i = 0; i < columns.count(); ++i)
            values << (i == countColumn ? QVariant(0) : read.value(i));
        if (++buffered == RowsPerStatement) {
            if (!write(full, buffered))
                return false;
            buffered = 0;
        }
    }
    if (read.lastError().isValid())
        return fail(tr("The notebook to copy could not be read."), read.lastError().text());
    if (buffered > 0) {
        QSqlQuery rest(target);
        if (!rest.prepare(insert(buffered)) || !write(rest, buffered))
            return m_errorString.isEmpty() ? fail(tr("The copy could not be written."), rest.lastError().text()) : false;
    }
    return true;
}
