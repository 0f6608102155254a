// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/Assessor.h"
#include "rules/Deadlines.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Box 3's time limits: FK's contact with the social worker within 7 days of
// the decision, and at least 14 days between invitation and avstämningsmöte.
class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

namespace {

// "code due status", one string per deadline, as the report lists them.
QStringList describe(const QList<Deadline> &deadlines)
{
    QStringList result;
    for (const auto &d : deadlines)
        result << code(d.kind) + u' ' + d.due.toString(Qt::ISODate) + u' ' + code(d.status);
    return result;
}

} // namespace

void TestDeadlines::check_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("deadlines");

    // Granted on 2026-11-10: FK's contact is due on 2026-11-17.
    const QDate decided(2026, 11, 10);
    const auto granted = [decided] { return CaseBuilder(Stage::Ruta3).decision(Decision::Granted, decided); };
    const QString due = u"fk_contact_within_week 2026-11-17 "_s;
    const QDate late(2026, 11, 30);

    QTest::newRow("contact on the decision day")
        << granted().fkContact(decided).build() << late << QStringList{due + u"met"_s};
    QTest::newRow("contact the day before due")
        << granted().fkContact(QDate(2026, 11, 16)).build() << late << QStringList{due + u"met"_s};
    QTest::newRow("contact on the due day")
        << granted().fkContact(QDate(2026, 11, 17)).build() << late << QStringList{due + u"met"_s};
    QTest::newRow("contact the day after due")
        << granted().fkContact(QDate(2026, 11, 18)).build() << late << QStringList{due + u"overdue"_s};
    // A contact dated after the date has not been made yet.
    QTest::newRow("contact dated after the date, before due")
        << granted().fkContact(QDate(2026, 11, 18)).build() << QDate(2026, 11, 12) << QStringList{due + u"pending"_s};
    QTest::newRow("contact dated after the date, past due")
        << granted().fkContact(QDate(2026, 11, 20)).build() << QDate(2026, 11, 19) << QStringList{due + u"overdue"_s};
    QTest::newRow("contact dated on the date, on the due day")
        << granted().fkContact(QDate(2026, 11, 17)).build() << QDate(2026, 11, 17) << QStringList{due + u"met"_s};
    QTest::newRow("no contact, the day before due")
        << granted().build() << QDate(2026, 11, 16) << QStringList{due + u"pending"_s};
    QTest::newRow("no contact, on the due day")
        << granted().build() << QDate(2026, 11, 17) << QStringList{due + u"pending"_s};
    QTest::newRow("no contact, the day after due")
        << granted().build() << QDate(2026, 11, 18) << QStringList{due + u"overdue"_s};
    QTest::newRow("no contact, on the decision day") << granted().build() << decided << QStringList{due + u"pending"_s};
    QTest::newRow("across a month end")
        << CaseBuilder(Stage::Ruta3).decision(Decision::Granted, QDate(2026, 12, 28)).build() << QDate(2027, 1, 4)
        << QStringList{u"fk_contact_within_week 2027-01-04 pending"_s};

    // Only a granted application starts the clock.
    const QStringList none;
    QTest::newRow("no application") << CaseBuilder(Stage::Ruta1).fkContact(decided).build() << late << none;
    QTest::newRow("decision pending") << CaseBuilder(Stage::Ruta1).decision(Decision::Pending, decided).build() << late
                                      << none;
    QTest::newRow("granted, decision dated after the date")
        << CaseBuilder(Stage::Ruta3).decision(Decision::Granted, decided).build() << QDate(2026, 11, 9) << none;
    QTest::newRow("granted, decision on the date")
        << CaseBuilder(Stage::Ruta3).decision(Decision::Granted, decided).build() << decided
        << QStringList{due + u"pending"_s};
    QTest::newRow("granted without a decision date")
        << CaseBuilder(Stage::Ruta3).decision(Decision::Granted).build() << late << none;
    QTest::newRow("rejected") << CaseBuilder(Stage::Ruta2b).decision(Decision::Rejected, decided).build() << late
                              << none;

    // Invitation sent 2026-11-02: the meeting should be on 2026-11-16 or later.
    const QDate invited(2026, 11, 2);
    const auto meetingOn = [invited](const QDate &date) {
        return CaseBuilder(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, date, invited).build();
    };
    const QString lead = u"invitation_lead_time 2026-11-16 "_s;
    QTest::newRow("13 days after the invitation")
        << meetingOn(QDate(2026, 11, 15)) << late << QStringList{lead + u"not_met"_s};
    QTest::newRow("14 days after the invitation")
        << meetingOn(QDate(2026, 11, 16)) << late << QStringList{lead + u"met"_s};
    QTest::newRow("15 days after the invitation")
        << meetingOn(QDate(2026, 11, 17)) << late << QStringList{lead + u"met"_s};
    QTest::newRow("meeting before the invitation")
        << meetingOn(QDate(2026, 11, 1)) << late << QStringList{lead + u"not_met"_s};
    QTest::newRow("meeting date not recorded") << meetingOn(QDate()) << late << QStringList{lead + u"not_met"_s};
    QTest::newRow("lead time does not depend on the date")
        << meetingOn(QDate(2026, 11, 16)) << QDate(2026, 11, 3) << QStringList{lead + u"met"_s};
    QTest::newRow("invitation dated after the date: not sent yet")
        << meetingOn(QDate(2026, 11, 16)) << QDate(2026, 11, 1) << none;
    QTest::newRow("invitation sent on the date")
        << meetingOn(QDate(2026, 11, 15)) << invited << QStringList{lead + u"not_met"_s};
    QTest::newRow("avstämningsmöte without invitation")
        << CaseBuilder(Stage::Ruta3).meeting(MeetingKind::Avstamningsmote, QDate(2026, 11, 5)).build() << late << none;
    QTest::newRow("other meeting kinds with invitations")
        << CaseBuilder(Stage::Ruta3)
               .meeting(MeetingKind::Konsultationsteam, QDate(2026, 11, 5), invited)
               .meeting(MeetingKind::GemensamKartlaggning, QDate(2026, 11, 5), invited)
               .meeting(MeetingKind::ForstaDigitalaMotet, QDate(2026, 11, 5), invited)
               .meeting(MeetingKind::Sip, QDate(2026, 11, 5), invited)
               .build()
        << late << none;

    // FK's contact first, then the avstämningsmöten in document order.
    QTest::newRow("order") << CaseBuilder(Stage::Ruta4)
                                  .meeting(MeetingKind::Avstamningsmote, QDate(2026, 11, 20), QDate(2026, 11, 10))
                                  .meeting(MeetingKind::Konsultationsteam, QDate(2026, 10, 1), QDate(2026, 9, 1))
                                  .meeting(MeetingKind::Avstamningsmote, QDate(2026, 11, 16), invited)
                                  .meeting(MeetingKind::Avstamningsmote, QDate(2026, 12, 1))
                                  .decision(Decision::Granted, decided)
                                  .fkContact(QDate(2026, 11, 18))
                                  .build()
                           << QDate(2026, 11, 22)
                           << QStringList{u"fk_contact_within_week 2026-11-17 overdue"_s,
                                          u"invitation_lead_time 2026-11-24 not_met"_s, lead + u"met"_s};
}

void TestDeadlines::check()
{
    QFETCH(CaseRecord, record);
    QFETCH(QDate, date);
    QFETCH(QStringList, deadlines);
    QCOMPARE(describe(deadlines::check(record, date, RuleData::standard())), deadlines);
    QCOMPARE(describe(assess(record, date).deadlines), deadlines);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
