#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

// A note's tags, typed as a comma-separated list ("work/clients, to read"),
// completing each from the notebook's tags as it is typed; a name that is
// not a tag yet becomes one when the note is saved. Its user property is
// the note's tags field (NoteTags' text), for the window's mapper.
class TagEdit final : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QString tags READ tags WRITE setTags USER true)

public:
    explicit TagEdit(QWidget *parent = nullptr);

    QString tags() const;
    void setTags(const QString &tags);
    // The tags to complete from.
    void setKnownTags(const QStringList &names);
    QCompleter *completer() const { return m_completer; }

signals:
    // The user changed the tags: typed, or picked a completion.
    void tagsEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The tag being typed: where it starts and what it is so far.
    qsizetype currentStart() const;
    void complete();
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    QStringListModel *m_known;
};
