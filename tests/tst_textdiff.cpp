#include "textdiff.h"

#include <QTest>

using Segment = TextDiff::Segment;
Q_DECLARE_METATYPE(QList<TextDiff::Segment>)

namespace QTest {
template<>
char *toString(const TextDiff::Segment &segment)
{
    const char kind = segment.kind == Segment::Same ? '=' : segment.kind == Segment::Removed ? '-' : '+';
    return qstrdup((QLatin1Char(kind) + QStringLiteral("[") + segment.text + QStringLiteral("]")).toUtf8().constData());
}
} // namespace QTest

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void marksExactlyTheChangedWords_data();
    void marksExactlyTheChangedWords();
    void piecesMakeBothTexts();
    void hugeChangesAreShownWhole();
};

void TestTextDiff::marksExactlyTheChangedWords_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<Segment>>("expected");
    QTest::newRow("same") << QStringLiteral("Nothing changed.") << QStringLiteral("Nothing changed.")
                          << QList<Segment>{{Segment::Same, QStringLiteral("Nothing changed.")}};
    QTest::newRow("one word replaced")
        << QStringLiteral("The quick brown fox") << QStringLiteral("The quick red fox")
        << QList<Segment>{{Segment::Same, QStringLiteral("The quick ")},
                          {Segment::Removed, QStringLiteral("brown")},
                          {Segment::Added, QStringLiteral("red")},
                          {Segment::Same, QStringLiteral(" fox")}};
    QTest::newRow("word added")
        << QStringLiteral("Buy milk and bread") << QStringLiteral("Buy milk, eggs and bread")
        << QList<Segment>{{Segment::Same, QStringLiteral("Buy milk")},
                          {Segment::Added, QStringLiteral(", eggs")},
                          {Segment::Same, QStringLiteral(" and bread")}};
    QTest::newRow("word removed on another line")
        << QStringLiteral("first line\nsecond very long line") << QStringLiteral("first line\nsecond line")
        << QList<Segment>{{Segment::Same, QStringLiteral("first line\nsecond ")},
                          {Segment::Removed, QStringLiteral("very long ")},
                          {Segment::Same, QStringLiteral("line")}};
    QTest::newRow("from empty") << QString() << QStringLiteral("new text")
                                << QList<Segment>{{Segment::Added, QStringLiteral("new text")}};
    QTest::newRow("to empty") << QStringLiteral("old text") << QString()
                              << QList<Segment>{{Segment::Removed, QStringLiteral("old text")}};
    QTest::newRow("part of a word is the whole word")
        << QStringLiteral("colour scheme") << QStringLiteral("color scheme")
        << QList<Segment>{{Segment::Removed, QStringLiteral("colour")},
                          {Segment::Added, QStringLiteral("color")},
                          {Segment::Same, QStringLiteral(" scheme")}};
    QTest::newRow("chinese by character")
        << QStringLiteral("我喜欢苹果") << QStringLiteral("我喜欢香蕉")
        << QList<Segment>{{Segment::Same, QStringLiteral("我喜欢")},
                          {Segment::Removed, QStringLiteral("苹果")},
                          {Segment::Added, QStringLiteral("香蕉")}};
    QTest::newRow("accents stay in their word")
        << QStringLiteral("café au lait") << QStringLiteral("café noir")
        << QList<Segment>{{Segment::Same, QStringLiteral("café ")},
                          {Segment::Removed, QStringLiteral("au lait")},
                          {Segment::Added, QStringLiteral("noir")}};
}

void TestTextDiff::marksExactlyTheChangedWords()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<Segment>, expected);
    QCOMPARE(TextDiff::words(before, after), expected);
}

void TestTextDiff::piecesMakeBothTexts()
{
    const QString before = QStringLiteral("One two three four five six seven. Eight nine ten!");
    const QString after = QStringLiteral("One 2 three five six sixty seven! Eight nine ten, eleven.");
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (const Segment &segment : TextDiff::words(before, after)) {
        if (segment.kind != Segment::Added)
            rebuiltBefore += segment.text;
        if (segment.kind != Segment::Removed)
            rebuiltAfter += segment.text;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
}

void TestTextDiff::hugeChangesAreShownWhole()
{
    QString before;
    QString after;
    for (int i = 0; i < 3000; ++i) {
        before += QStringLiteral("a%1 ").arg(i);
        after += QStringLiteral("b%1 ").arg(i);
    }
    const QList<Segment> segments = TextDiff::words(QStringLiteral("Start ") + before, QStringLiteral("Start ") + after);
    // The common start and end, and between them all of one, all of the other.
    QCOMPARE(segments.size(), 4);
    QCOMPARE(segments.at(0), (Segment{Segment::Same, QStringLiteral("Start ")}));
    QCOMPARE(segments.at(1), (Segment{Segment::Removed, before.chopped(1)}));
    QCOMPARE(segments.at(2), (Segment{Segment::Added, after.chopped(1)}));
    QCOMPARE(segments.at(3), (Segment{Segment::Same, QStringLiteral(" ")}));
}

QTEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
