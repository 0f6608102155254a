// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SearchText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace samordna;

// What a search compares: a name or an id typed in any case, with or
// without its diacritics, finds the same text.
class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folded_data();
    void folded();
};

void TestSearchText::folded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case id") << u"S-000123"_s << u"s-000123"_s;
    QTest::newRow("plain name") << u"Anders SVENSSON"_s << u"anders svensson"_s;
    QTest::newRow("swedish letters") << u"Åsa Östergård"_s << u"asa ostergard"_s;
    QTest::newRow("marks") << u"Kovačević"_s << u"kovacevic"_s;
    QTest::newRow("letters with a stroke") << u"Łukasz Đorđe Søren Æbelø"_s << u"lukasz dorde soren aebelo"_s;
    QTest::newRow("ascii punctuation and digits") << u"O'Brien-Smith 12 [x]"_s << u"o'brien-smith 12 [x]"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestSearchText::folded()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
