#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Says why a notebook cannot be opened. For a damaged one with a backup, it
// offers to open a copy of the newest backup instead (Return does).
class OpenErrorMessage final
{
    Q_DECLARE_TR_FUNCTIONS(OpenErrorMessage)

public:
    // The backup to open a copy of, or an empty string.
    static QString show(QWidget *parent, const QString &path, const QString &message,
                        const QString &detail, bool damaged);
};
