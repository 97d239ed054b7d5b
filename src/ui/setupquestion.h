#pragma once

#include "notebooklocation.h"

#include <QCoreApplication>

class QWidget;

// What opening a server's database that holds no notebook yet asks first:
// setting one up makes tables there, which everyone using the database
// sees.
class SetUpQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(SetUpQuestion)

public:
    // Whether to set up a new notebook at location; message says why the
    // question comes (the database holds none).
    static bool ask(QWidget *parent, const NotebookLocation &location, const QString &message);
};
