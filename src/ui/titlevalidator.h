#pragma once

#include <QValidator>

// Keeps a note's title on one line as it is typed or pasted: line breaks
// and tabs become spaces (NoteModel::singleLine), so the editor shows what
// the list and the notebook will hold.
class TitleValidator final : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString &input, int &position) const override;
};
