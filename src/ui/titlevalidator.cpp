#include "titlevalidator.h"

#include "notemodel.h"

QValidator::State TitleValidator::validate(QString &input, int &position) const
{
    const qsizetype before = input.size();
    input = NoteModel::singleLine(input);
    // "\r\n" became one space: the cursor moves back with what it follows.
    position -= int(before - input.size());
    position = qBound(0, position, int(input.size()));
    return Acceptable;
}
