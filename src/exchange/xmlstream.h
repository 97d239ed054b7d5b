#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

class QIODevice;

// An XML file read as a stream in flat memory, however large: QXmlStreamReader
// keeps a whole text or CDATA run in one token, so runs longer than a chunk
// are split where the document's meaning stays the same (an empty comment in
// text, a CDATA section closed and opened again) and are reported in pieces.
// A document that declares entities is refused: no export we read does, and
// expanding them is how a small file fills the memory. So is one in an
// encoding where a byte below 0x80 may be part of another character (UTF-16,
// Shift_JIS): the splitting reads bytes, so it would change what they say.
class XmlStream
{
    Q_DECLARE_TR_FUNCTIONS(XmlStream)

public:
    // Runs longer than chunk bytes are split (smaller ones in tests).
    explicit XmlStream(QIODevice *device, int chunk = Chunk);

    // The next token, reading on from the device as needed; Invalid at the
    // end of a document that is not whole, or on an error (reader() says).
    QXmlStreamReader::TokenType readNext();
    QXmlStreamReader &reader() { return m_reader; }
    // The text of the element just started, its children's included, at
    // most limit characters (the rest is read and dropped: *whole false).
    bool readText(qsizetype limit, QString *text, bool *whole = nullptr);
    bool skipElement();
    // Why the document could not be read, in words for the user.
    QString errorString() const;
    bool readsPastEnd() const { return m_ended && m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError; }
    bool refusesEncoding() const { return m_refusesEncoding; }

    // Longest run handed to the reader in one piece.
    static constexpr int Chunk = 64 * 1024;

private:
    QByteArray split(const QByteArray &bytes);
    // The first bytes, up to the end of the XML declaration; false (and the
    // reader's error raised) for an encoding the splitting cannot read.
    bool readStart(QByteArray *bytes);

    enum class State { Text, Reference, Tag, Quoted, Markup, Comment, CData, Instruction, Declaration, DeclarationQuoted };
    QIODevice *m_device;
    int m_chunk;
    QXmlStreamReader m_reader;
    State m_state = State::Text;
    char m_quote = 0;
    QByteArray m_markup; // the start of markup, to recognise which it is
    char m_last = 0; // the last two bytes, to recognise where markup ends
    char m_beforeLast = 0;
    qint64 m_run = 0; // bytes of text or CDATA since the last split
    int m_brackets = 0; // depth in a DOCTYPE's internal subset
    bool m_ended = false;
    bool m_started = false;
    bool m_refusesEncoding = false;
};
