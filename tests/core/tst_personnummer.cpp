// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Personnummer.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// The personnummer rules of DOMAIN.md: the written forms, the check digit,
// samordningsnummer, the century of the ten-digit form and the age at a date.
// Every valid number below had its check digit worked out by hand.
class TestPersonnummer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void normalizedAndMasked_data();
    void normalizedAndMasked();
    void ageAt_data();
    void ageAt();
    void luhn_data();
    void luhn();
};

namespace {

const QDate Reference(2026, 11, 22);

} // namespace

void TestPersonnummer::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("error");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("samordning");

    const auto ok = [](const char *name, const QString &text, const QDate &birth, bool samordning = false,
                       const QDate &reference = Reference) {
        QTest::newRow(name) << text << reference << int(Personnummer::Error::None) << birth << samordning;
    };
    const auto bad = [](const char *name, const QString &text, Personnummer::Error error,
                        const QDate &reference = Reference) {
        QTest::newRow(name) << text << reference << int(error) << QDate() << false;
    };

    // The five written forms.
    ok("12 digits, hyphen", u"19850610-3210"_s, QDate(1985, 6, 10));
    ok("12 digits, no separator", u"198506103210"_s, QDate(1985, 6, 10));
    ok("10 digits, hyphen", u"850610-3210"_s, QDate(1985, 6, 10));
    ok("10 digits, no separator", u"8506103210"_s, QDate(1985, 6, 10));
    ok("10 digits, plus: 100 or older", u"850610+3210"_s, QDate(1885, 6, 10));
    ok("12 digits, plus changes nothing", u"19850610+3210"_s, QDate(1985, 6, 10));
    ok("surrounding spaces are not part of the number", u"  850610-3210 "_s, QDate(1985, 6, 10));

    // Samordningsnummer: the day plus 60.
    ok("samordningsnummer, 10 digits", u"900375-2384"_s, QDate(1990, 3, 15), true);
    ok("samordningsnummer, 12 digits", u"19900375-2384"_s, QDate(1990, 3, 15), true);
    ok("samordningsnummer, day 61 is the 1st", u"20000161-1235"_s, QDate(2000, 1, 1), true);

    // Check digit.
    bad("check digit one too high, 12 digits", u"19850610-3211"_s, Personnummer::Error::BadCheckDigit);
    bad("check digit wrong, 10 digits", u"850610-3219"_s, Personnummer::Error::BadCheckDigit);
    bad("check digit wrong, no separator", u"9003152388"_s, Personnummer::Error::BadCheckDigit);
    bad("samordningsnummer with the plain number's check digit", u"900375-2387"_s, Personnummer::Error::BadCheckDigit);

    // Impossible dates, each with a correct check digit.
    bad("month 13", u"901301-1235"_s, Personnummer::Error::ImpossibleDate);
    bad("30 February, 12 digits", u"20260230-1232"_s, Personnummer::Error::ImpossibleDate);
    bad("30 February, 10 digits", u"260230-1232"_s, Personnummer::Error::ImpossibleDate);
    bad("29 February 2001, 12 digits", u"20010229-1234"_s, Personnummer::Error::ImpossibleDate);
    bad("29 February in 2001 and 1901", u"010229-1234"_s, Personnummer::Error::ImpossibleDate);
    ok("29 February 2000", u"20000229-1235"_s, QDate(2000, 2, 29));
    ok("29 February, 10 digits, leap year 2008", u"080229-1237"_s, QDate(2008, 2, 29));
    bad("day 60 is neither a date nor a samordningsnummer", u"900360-1235"_s, Personnummer::Error::ImpossibleDate);

    // Birth number 000 is never used, even with a correct check digit.
    bad("birth number 000", u"850610-0000"_s, Personnummer::Error::ZeroBirthNumber);
    bad("birth number 000, 12 digits", u"20261122-0001"_s, Personnummer::Error::ZeroBirthNumber);

    // The century of the ten-digit form, around the date of assessment.
    ok("born on the date of assessment", u"261122-1231"_s, QDate(2026, 11, 22));
    ok("the day after the date of assessment is 99 years back", u"261123-1230"_s, QDate(1926, 11, 23));
    ok("plus on the date of assessment: exactly 100", u"261122+1231"_s, QDate(1926, 11, 22));
    ok("plus the day after: 99 is too young, so two centuries back", u"261123+1230"_s, QDate(1826, 11, 23));
    ok("the same number a day later", u"261123-1230"_s, QDate(2026, 11, 23), false, QDate(2026, 11, 23));
    bad("12 digits born after the date of assessment", u"20261123-1230"_s, Personnummer::Error::BornAfterReference);

    // Not a personnummer at all.
    bad("empty", QString(), Personnummer::Error::Empty);
    bad("only spaces", u"   "_s, Personnummer::Error::Empty);
    bad("nine digits", u"85061-3210"_s, Personnummer::Error::BadFormat);
    bad("eleven digits", u"8506103-3210"_s, Personnummer::Error::BadFormat);
    bad("two separators", u"19850610--3210"_s, Personnummer::Error::BadFormat);
    bad("space as separator", u"850610 3210"_s, Personnummer::Error::BadFormat);
    bad("letter O for zero", u"85O610-3210"_s, Personnummer::Error::BadFormat);
    bad("date with hyphens", u"1985-06-10-3210"_s, Personnummer::Error::BadFormat);
    bad("separator in the wrong place", u"8506-103210"_s, Personnummer::Error::BadFormat);
}

void TestPersonnummer::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(int, error);
    QFETCH(QDate, birth);
    QFETCH(bool, samordning);

    const auto result = Personnummer::parse(text, reference);
    QCOMPARE(int(result.error), error);
    QCOMPARE(bool(result), error == int(Personnummer::Error::None));
    if (!result) {
        QVERIFY(!Personnummer::errorText(result.error).isEmpty());
        return;
    }
    QCOMPARE(result.value->birthDate(), birth);
    QCOMPARE(result.value->isSamordningsnummer(), samordning);
    QCOMPARE(result.value->text(), text.trimmed());
}

void TestPersonnummer::normalizedAndMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("masked");

    QTest::newRow("12 digits") << u"19850610-3210"_s << u"19850610-3210"_s << u"19850610-XXXX"_s;
    QTest::newRow("12 digits, no separator") << u"198506103210"_s << u"19850610-3210"_s << u"19850610-XXXX"_s;
    QTest::newRow("12 digits, plus") << u"19850610+3210"_s << u"19850610-3210"_s << u"19850610-XXXX"_s;
    QTest::newRow("10 digits") << u"8506103210"_s << u"19850610-3210"_s << u"19850610-XXXX"_s;
    QTest::newRow("10 digits, plus") << u"850610+3210"_s << u"18850610-3210"_s << u"18850610-XXXX"_s;
    QTest::newRow("10 digits, this century") << u"080229-1237"_s << u"20080229-1237"_s << u"20080229-XXXX"_s;
    // A samordningsnummer stays the number it is: the day keeps its 60.
    QTest::newRow("samordningsnummer") << u"900375-2384"_s << u"19900375-2384"_s << u"19900375-XXXX"_s;
}

void TestPersonnummer::normalizedAndMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QFETCH(QString, masked);
    const auto result = Personnummer::parse(text, Reference);
    QVERIFY(result);
    QCOMPARE(result.value->normalized(), normalized);
    QCOMPARE(result.value->masked(), masked);
    QVERIFY(!result.value->masked().contains(text.right(4)));
}

void TestPersonnummer::ageAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("age");

    // Born 2007-11-22: 19 on 2026-11-22.
    QTest::newRow("18 the day before turning 19") << u"20071122-1234"_s << QDate(2026, 11, 21) << 18;
    QTest::newRow("19 on the birthday") << u"20071122-1234"_s << QDate(2026, 11, 22) << 19;
    // Born 2008-11-22: 18 on 2026-11-22.
    QTest::newRow("17 the day before turning 18") << u"20081122-1233"_s << QDate(2026, 11, 21) << 17;
    QTest::newRow("18 on the birthday") << u"20081122-1233"_s << QDate(2026, 11, 22) << 18;
    // Born 1996-11-22: 30 on 2026-11-22.
    QTest::newRow("29 the day before turning 30") << u"961122-1236"_s << QDate(2026, 11, 21) << 29;
    QTest::newRow("30 on the birthday") << u"961122-1236"_s << QDate(2026, 11, 22) << 30;
    QTest::newRow("30 the day after") << u"961122-1236"_s << QDate(2026, 11, 23) << 30;
    // Born 1996-11-21 and 1997-03-01.
    QTest::newRow("29 at the end of the year before 30") << u"19961121-1237"_s << QDate(2026, 11, 20) << 29;
    QTest::newRow("29, birthday in March") << u"970301-1230"_s << QDate(2027, 2, 28) << 29;
    QTest::newRow("30 on 1 March") << u"970301-1230"_s << QDate(2027, 3, 1) << 30;
    // Born 29 February 2008: in other years the year is complete only when
    // the date has passed 28 February.
    QTest::newRow("29 Feb birthday, 28 Feb in a common year") << u"20080229-1237"_s << QDate(2027, 2, 28) << 18;
    QTest::newRow("29 Feb birthday, 1 March in a common year") << u"20080229-1237"_s << QDate(2027, 3, 1) << 19;
    QTest::newRow("29 Feb birthday, 28 Feb in a leap year") << u"20080229-1237"_s << QDate(2028, 2, 28) << 19;
    QTest::newRow("29 Feb birthday, on 29 Feb") << u"20080229-1237"_s << QDate(2028, 2, 29) << 20;
    QTest::newRow("born on the date") << u"20261122-1231"_s << QDate(2026, 11, 22) << 0;
    QTest::newRow("100 with plus") << u"261122+1231"_s << QDate(2026, 11, 22) << 100;
    QTest::newRow("samordningsnummer") << u"19900375-2384"_s << QDate(2026, 3, 14) << 35;
}

void TestPersonnummer::ageAt()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(int, age);
    const auto result = Personnummer::parse(text, date);
    QVERIFY2(result, qPrintable(Personnummer::errorText(result.error)));
    QCOMPARE(result.value->ageAt(date), age);
}

void TestPersonnummer::luhn_data()
{
    QTest::addColumn<QString>("nineDigits");
    QTest::addColumn<int>("check");

    QTest::newRow("850610321") << u"850610321"_s << 0;
    QTest::newRow("900315238") << u"900315238"_s << 7;
    QTest::newRow("980704654") << u"980704654"_s << 6;
    QTest::newRow("sum ends in zero") << u"850610000"_s << 0;
    QTest::newRow("doubled digits above nine") << u"999999999"_s << 9;
}

void TestPersonnummer::luhn()
{
    QFETCH(QString, nineDigits);
    QFETCH(int, check);
    QCOMPARE(luhnCheckDigit(nineDigits), check);
}

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
