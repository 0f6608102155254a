#include "domain/Personnummer.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

class TestPersonnummer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestPersonnummer::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("error");
    QTest::addColumn<QDate>("birth");

    const QDate ref(2026, 11, 22);
    QTest::newRow("12 digits, hyphen") << u"19850610-3210"_s << ref << int(Personnummer::Error::None) << QDate(1985, 6, 10);
}

void TestPersonnummer::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(int, error);
    QFETCH(QDate, birth);
    const auto result = Personnummer::parse(text, reference);
    QCOMPARE(int(result.error), error);
    if (result)
        QCOMPARE(result.value->birthDate(), birth);
}

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
