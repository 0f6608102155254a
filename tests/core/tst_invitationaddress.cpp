// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/Assessor.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Box 3: when the social worker is unknown, FK's invitation goes to the
// district's IoF/ekonomiskt bistånd address (the method document's appendix).
class TestInvitationAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void address_data();
    void address();
};

namespace {

const QDate Today(2026, 11, 22);

} // namespace

void TestInvitationAddress::address_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<bool>("hasAddress");
    QTest::addColumn<QStringList>("lines");

    const auto unknownWorker = [](const QString &district) {
        return CaseBuilder(Stage::Ruta3).district(district).noSocialWorker().build();
    };
    QTest::newRow("Norr") << unknownWorker(u"Norr"_s) << true
                          << QStringList{u"Malmö Stad"_s, u"Stadsområdesförvaltning Norr"_s,
                                         u"Individ- och familjeomsorg"_s, u"Ekonomiskt bistånd"_s,
                                         u"Box 4254, 203 13 Malmö"_s};
    QTest::newRow("Öster") << unknownWorker(u"Öster"_s) << true
                           << QStringList{u"Malmö Stad"_s, u"Stadsområdesförvaltning Öster"_s,
                                          u"Individ- och familj - ekonomiskt bistånd"_s, u"205 80 Malmö"_s};
    QTest::newRow("Söder") << unknownWorker(u"Söder"_s) << true
                           << QStringList{u"Malmö Stad"_s, u"Stadsområdesförvaltning Söder"_s,
                                          u"Individ och familj – ekonomiskt bistånd"_s, u"Box 310 65"_s,
                                          u"200 49 Malmö"_s};
    QTest::newRow("Väster") << unknownWorker(u"Väster"_s) << true
                            << QStringList{u"Malmö Stad"_s, u"Stadsområdesförvaltning Väster"_s,
                                           u"Individ- och familjeomsorgen – ekonomiskt bistånd"_s, u"Hålsjögatan 8"_s,
                                           u"205 80 Malmö"_s};
    QTest::newRow("Innerstaden") << unknownWorker(u"Innerstaden"_s) << true
                                 << QStringList{u"Malmö stad"_s, u"Stadsområdesförvaltning Innerstaden"_s,
                                                u"Individ och familj – ekonomiskt bistånd"_s, u"205 80 Malmö"_s};

    const QStringList none;
    QTest::newRow("3: social worker known") << CaseBuilder(Stage::Ruta3).build() << false << none;
    QTest::newRow("3: social worker known without contact details")
        << CaseBuilder(Stage::Ruta3).socialWorker(QString(), QString()).build() << false << none;
    QTest::newRow("3: district not recorded") << unknownWorker(QString()) << false << none;
    for (Stage stage : allStages()) {
        if (stage == Stage::Ruta3)
            continue;
        const QByteArray name = stageCode(stage).toLatin1() + ": only box 3";
        QTest::newRow(name.constData()) << CaseBuilder(stage).noSocialWorker().build() << false << none;
    }
}

void TestInvitationAddress::address()
{
    QFETCH(CaseRecord, record);
    QFETCH(bool, hasAddress);
    QFETCH(QStringList, lines);
    const Assessment assessment = assess(record, Today);
    QCOMPARE(assessment.invitationAddress.has_value(), hasAddress);
    if (hasAddress)
        QCOMPARE(*assessment.invitationAddress, lines);
}

QTEST_GUILESS_MAIN(TestInvitationAddress)
#include "tst_invitationaddress.moc"
