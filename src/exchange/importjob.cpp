#include "importjob.h"

#include "cherrytreedocument.h"
#include "evernoteexport.h"
#include "importsurvey.h"
#include "joplinexport.h"
#include "markdownfolder.h"
#include "noteimport.h"
#include "tomboynotes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace {

// Calls report at most every 100 ms (and for the first note), from the
// worker thread, on receiver's thread.
std::function<void(int, const QString &)> throttled(QObject *receiver, std::function<void(int, const QString &)> report)
{
    auto timer = std::make_shared<QElapsedTimer>();
    return [receiver, report, timer](int notes, const QString &item) {
        if (timer->isValid() && timer->elapsed() < 100)
            return;
        timer->start();
        QMetaObject::invokeMethod(receiver, [report, notes, item] { report(notes, item); }, Qt::QueuedConnection);
    };
}

} // namespace

ImportJob::ImportJob(const QString &source, const QString &notebook, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_notebook(notebook)
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

std::unique_ptr<ImportSource> ImportJob::sourceFor(const QString &path)
{
    // By what the files hold. Gnote's folder before Markdown: it may hold a stray .md.
    if (EvernoteExport::looksLike(path))
        return std::make_unique<EvernoteExport>(path);
    if (CherryTreeDocument::looksLike(path))
        return std::make_unique<CherryTreeDocument>(path);
    if (JoplinExport::looksLike(path))
        return std::make_unique<JoplinExport>(path);
    if (TomboyNotes::looksLike(path))
        return std::make_unique<TomboyNotes>(path);
    if (MarkdownFolder::looksLike(path))
        return std::make_unique<MarkdownFolder>(path);
    return nullptr;
}

QString ImportJob::unknownSourceMessage(const QString &path)
{
    return QCoreApplication::translate("ImportJob", "“%1” is not something Commonplace can import: choose a folder "
                                                    "of Markdown files (an Obsidian vault, say), an Evernote "
                                                    "export (.enex), a Joplin export (.jex), a CherryTree document "
                                                    "(.ctb, .ctd), or Gnote or Tomboy notes (.note).")
        .arg(QDir::toNativeSeparators(path));
}

void ImportJob::survey()
{
    run(Step::Survey);
}

void ImportJob::import()
{
    run(Step::Import);
}

void ImportJob::cancel()
{
    m_cancelled = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::run(Step step)
{
    if (isRunning())
        return;
    m_cancelled = false;
    m_errorString.clear();
    auto outcome = std::make_shared<Outcome>(Outcome::Done);
    const auto progress = throttled(this, [this](int notes, const QString &item) { emit progressed(notes, item); });
    // The worker owns its source and its connection; the results are
    // handed over when it has finished.
    m_thread = QThread::create([this, step, outcome, progress] {
        std::unique_ptr<ImportSource> source = sourceFor(m_source);
        if (!source) {
            m_errorString = unknownSourceMessage(m_source);
            *outcome = Outcome::Failed;
            return;
        }
        if (step == Step::Survey) {
            ImportSurvey survey;
            survey.setProgressHandler([this, &survey, progress](int notes, const QString &item) {
                if (m_cancelled)
                    survey.cancel();
                progress(notes, item);
            });
            const bool read = source->read(survey);
            m_report = survey.report();
            m_tags = survey.tags();
            m_tags.sort(Qt::CaseInsensitive);
            if (m_cancelled)
                *outcome = Outcome::Cancelled;
            else if (!read) {
                m_errorString = source->errorString();
                *outcome = Outcome::Failed;
            }
            return;
        }
        NoteImport import(m_notebook);
        import.setPassword(m_password);
        import.setProgressHandler([this, &import, progress](int notes, const QString &item) {
            if (m_cancelled)
                import.cancel();
            progress(notes, item);
        });
        // Never throttled: the dialog must know the last stage has begun.
        import.setSavingHandler([this] { QMetaObject::invokeMethod(this, [this] { emit saving(); }, Qt::QueuedConnection); });
        const bool done = !m_cancelled && import.run(*source);
        m_report = import.report();
        if (done)
            return;
        *outcome = m_cancelled || import.lastError() == NoteImport::Error::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        m_errorString = import.errorString();
    });
    connect(m_thread, &QThread::finished, this, [this, step, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(step, *outcome);
    });
    m_thread->start();
}
