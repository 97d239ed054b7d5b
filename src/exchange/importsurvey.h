#pragma once

#include "importreport.h"
#include "importtarget.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

// A source read through without writing anything: what an import would
// bring in (notes, tags, attachments) and what it would not, with reasons,
// for the user to see before choosing to import.
class ImportSurvey final : public ImportTarget
{
public:
    ImportReport report() const { return m_report; }
    QStringList tags() const { return m_tags.values(); }

    void cancel() { m_cancelled = true; }
    void setProgressHandler(std::function<void(int notes, const QString &source)> handler)
    {
        m_progress = std::move(handler);
    }

    QString attach(const QByteArray &data, const QString &name, const QString &source) override;
    bool add(ImportedNote note) override;
    void skip(const QString &source, const QString &reason) override;
    void change(const QString &source, const QString &reason) override;

private:
    ImportReport m_report;
    QSet<QString> m_tags;
    QSet<QString> m_attachments;
    std::atomic<bool> m_cancelled{false};
    std::function<void(int, const QString &)> m_progress;
};
