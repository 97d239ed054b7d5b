#pragma once

#include "notemodel.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

// Asks what to keep of a note that someone else changed or deleted while it
// was changed here. Return picks the answer that loses no one's text.
class ConflictQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictQuestion)

public:
    // The user's choice, or nothing if they cancelled (everything stays pending).
    static std::optional<NoteModel::Resolution> ask(QWidget *parent, const NoteModel::Conflict &conflict);
};
