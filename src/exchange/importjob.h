#pragma once

#include "importreport.h"
#include "importsource.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class ImportSource;
class QThread;

// File ▸ Import… as work in a thread of its own, so that the window keeps
// painting: first a survey of the source (what would come in, what would
// not), then, if asked, the import itself (NoteImport: its own connection,
// a backup, one transaction). Progress is reported a few times a second.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Survey, Import };
    enum class Outcome { Done, Failed, Cancelled };

    // notebook: a location (NotebookLocation::toString()), a file or a
    // team notebook's server.
    ImportJob(const QString &source, const QString &notebook, QObject *parent = nullptr);
    // Cancels what runs, and waits for it to stop.
    ~ImportJob() override;

    // An import source for path, known by its content; null if none reads it.
    static std::unique_ptr<ImportSource> sourceFor(const QString &path);
    static QString unknownSourceMessage(const QString &path);

    // For a server that asks for one; set before import().
    void setPassword(const QString &password) { m_password = password; }

    void survey();
    void import();
    // The running step stops at its next note; an import writes nothing.
    void cancel();
    bool isRunning() const;

    ImportReport report() const { return m_report; }
    QStringList surveyedTags() const { return m_tags; }
    QString errorString() const { return m_errorString; }
    QString source() const { return m_source; }

signals:
    void progressed(int notes, const QString &item);
    // Every note is read; what is left (indexing, the commit) has no count.
    void saving();
    void finished(ImportJob::Step step, ImportJob::Outcome outcome);

private:
    void run(Step step);

    QString m_source;
    QString m_notebook;
    QString m_password;
    QPointer<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    ImportReport m_report;
    QStringList m_tags;
    QString m_errorString;
};
