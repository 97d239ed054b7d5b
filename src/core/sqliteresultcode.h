#pragma once

class QSqlError;

// SQLite's result codes, read from the errors Qt's SQLite driver reports.
namespace SqliteResultCode {

// The primary result code (SQLITE_BUSY, SQLITE_CORRUPT, ...) of err, or 0
// when err carries none. Qt's driver reports extended codes; the low byte is
// the primary one.
int primary(const QSqlError &err);

} // namespace SqliteResultCode
