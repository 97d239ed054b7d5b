#pragma once

#include "unsavedjournal.h"

#include <QCoreApplication>

class QWidget;

// Offers back the unsaved changes a window that is gone left behind.
// Return recovers them.
class RecoveryQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryQuestion)

public:
    enum class Answer { Recover, Discard, Later };
    static Answer ask(QWidget *parent, const UnsavedJournal::Recovered &journal);
};
