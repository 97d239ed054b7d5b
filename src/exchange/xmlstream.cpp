#include "xmlstream.h"

#include <QIODevice>
#include <QRegularExpression>

XmlStream::XmlStream(QIODevice *device, int chunk)
    : m_device(device)
    , m_chunk(chunk)
{
    m_reader.setNamespaceProcessing(true);
}

QXmlStreamReader::TokenType XmlStream::readNext()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::DTD && !m_reader.entityDeclarations().isEmpty()) {
            m_reader.raiseError(tr("The file declares XML entities, which no export Commonplace reads does: "
                                   "it is not read, so that it cannot expand to fill the memory."));
            return QXmlStreamReader::Invalid;
        }
        if (m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        if (m_ended)
            return QXmlStreamReader::Invalid;
        QByteArray bytes;
        if (!m_started) {
            m_started = true;
            if (!readStart(&bytes))
                return QXmlStreamReader::Invalid;
        } else {
            bytes = m_device->read(m_chunk);
        }
        if (bytes.isEmpty())
            m_ended = true;
        else
            m_reader.addData(split(bytes));
    }
}

bool XmlStream::readText(qsizetype limit, QString *text, bool *whole)
{
    text->clear();
    if (whole)
        *whole = true;
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (text->size() + m_reader.text().size() <= limit)
                text->append(m_reader.text());
            else if (whole)
                *whole = false;
            break;
        default:
            break;
        }
    }
    return true;
}

bool XmlStream::skipElement()
{
    QString ignored;
    return readText(0, &ignored);
}

QString XmlStream::errorString() const
{
    if (readsPastEnd())
        return tr("The file ends in the middle: it may not have been copied or saved whole.");
    if (m_reader.error() == QXmlStreamReader::CustomError)
        return m_reader.errorString();
    return tr("The file is not well-formed XML (line %1: %2).").arg(m_reader.lineNumber()).arg(m_reader.errorString());
}

bool XmlStream::readStart(QByteArray *bytes)
{
    // The declaration may come in many reads; it is short in every real file.
    constexpr qsizetype Longest = 64 * 1024;
    *bytes = m_device->read(m_chunk);
    while (bytes->size() < Longest) {
        const bool declares = bytes->contains("<?xml") || bytes->size() < 8;
        if (!declares || bytes->contains("?>"))
            break;
        const QByteArray more = m_device->read(m_chunk);
        if (more.isEmpty())
            break;
        *bytes += more;
    }
    const QByteArray head = bytes->left(4);
    const QByteArray zeros(2, '\0');
    QString encoding;
    if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE") || head.contains('\0')) {
        m_refusesEncoding = true;
        encoding = head.startsWith(zeros) || head.mid(2, 2) == zeros ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16");
    } else if (const qsizetype start = bytes->startsWith("\xEF\xBB\xBF") ? 3 : 0; bytes->mid(start).startsWith("<?xml")) {
        static const QRegularExpression declared(QStringLiteral("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']"));
        static const QRegularExpression readable(
            QStringLiteral("^(utf-?8|(us-)?ascii|iso[-_]?8859[-_]?\\d+|latin-?\\d+|windows-125\\d|cp125\\d)$"),
            QRegularExpression::CaseInsensitiveOption);
        const QString declaration = QString::fromLatin1(bytes->mid(start, bytes->indexOf("?>") + 2 - start));
        const QRegularExpressionMatch match = declared.match(declaration);
        encoding = match.captured(1);
        m_refusesEncoding = match.hasMatch() && !readable.match(encoding).hasMatch();
    }
    if (!m_refusesEncoding)
        return true;
    m_reader.raiseError(tr("The file is written in the %1 text encoding, which Commonplace cannot read in a file of this "
                           "kind: save it in UTF-8 and import it again.")
                            .arg(encoding));
    return false;
}

QByteArray XmlStream::split(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 64);
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        // Runs of text or CDATA are copied whole, up to what ends them or
        // the next split; the rest is read a byte at a time.
        if ((m_state == State::Text || m_state == State::CData) && m_run < m_chunk) {
            const qsizetype limit = qMin(size, i + qsizetype(m_chunk - m_run));
            qsizetype end = i;
            if (m_state == State::Text)
                while (end < limit && data[end] != '<' && data[end] != '&')
                    ++end;
            else
                while (end < limit && data[end] != ']' && data[end] != '>')
                    ++end;
            if (end > i) {
                out.append(data + i, end - i);
                m_run += end - i;
                m_beforeLast = end - i >= 2 ? data[end - 2] : m_last;
                m_last = data[end - 1];
                i = end;
                continue;
            }
        }
        const char c = data[i++];
        // Split only before an ASCII byte: never inside a UTF-8 sequence, a
        // reference (&amp;) or a CDATA section's end (]]>).
        if (m_run >= m_chunk && uchar(c) < 0x80 && c != ']' && m_last != ']') {
            if (m_state == State::Text)
                out += "<!---->";
            else if (m_state == State::CData)
                out += "]]><![CDATA[";
            m_run = 0;
        }
        out += c;
        const char before = m_last;
        m_last = c;
        switch (m_state) {
        case State::Text:
            ++m_run;
            if (c == '<') {
                m_state = State::Markup;
                m_markup = "<";
                m_run = 0;
            } else if (c == '&') {
                m_state = State::Reference;
            }
            break;
        case State::Reference:
            if (c == ';')
                m_state = State::Text;
            break;
        case State::Markup: // after "<": which markup it is
            m_markup += c;
            if (m_markup == "<!--")
                m_state = State::Comment;
            else if (m_markup == "<![CDATA[")
                m_state = State::CData;
            else if (m_markup == "<?")
                m_state = State::Instruction;
            else if (!m_markup.startsWith("<!"))
                m_state = c == '>' ? State::Text : State::Tag;
            else if (!QByteArray("<!--").startsWith(m_markup) && !QByteArray("<![CDATA[").startsWith(m_markup))
                m_state = State::Declaration;
            break;
        case State::Tag:
            if (c == '>')
                m_state = State::Text;
            else if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::Quoted;
            }
            break;
        case State::Quoted:
            if (c == m_quote)
                m_state = State::Tag;
            break;
        case State::DeclarationQuoted:
            if (c == m_quote)
                m_state = State::Declaration;
            break;
        case State::Comment:
            if (c == '>' && before == '-' && m_beforeLast == '-')
                m_state = State::Text;
            break;
        case State::CData:
            ++m_run;
            if (c == '>' && before == ']' && m_beforeLast == ']') {
                m_state = State::Text;
                m_run = 0;
            }
            break;
        case State::Instruction:
            if (c == '>' && before == '?')
                m_state = State::Text;
            break;
        case State::Declaration: // <!DOCTYPE ... [ ... ]>, quoted literals aside
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::DeclarationQuoted;
            } else if (c == '[')
                ++m_brackets;
            else if (c == ']')
                --m_brackets;
            else if (c == '>' && m_brackets <= 0) {
                m_brackets = 0;
                m_state = State::Text;
            }
            break;
        }
        m_beforeLast = before;
    }
    return out;
}
