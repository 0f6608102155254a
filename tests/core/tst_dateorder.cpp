// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/DateOrder.h"

#include <QTest>

using namespace samordna;

// Dates in an order that cannot be true are found, each naming both dates;
// dates in order, equal dates and missing dates are not.
class TestDateOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflicts_data();
    void conflicts();
    void onlyNewConflictsCountForAnEdit();
};

namespace {
const QDate Oct1{2026, 10, 1};
const QDate Oct5{2026, 10, 5};
const QDate Oct10{2026, 10, 10};
} // namespace

void TestDateOrder::conflicts_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QString>("code"); // empty: no conflict
    QTest::addColumn<QString>("field");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("otherDate");

    const auto base = [] { return CaseBuilder().build(); };
    CaseRecord r = base();
    r.application.sentDate = Oct5;
    r.application.receivedByFkDate = Oct1;
    QTest::newRow("received before sent")
        << r << u"received_before_sent"_s << u"application.receivedByFkDate"_s << Oct1 << Oct5;
    r = base();
    r.application.sentDate = Oct5;
    r.application.receivedByFkDate = Oct5;
    QTest::newRow("received the day it was sent") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.application.receivedByFkDate = Oct1;
    QTest::newRow("received, sending not recorded") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.application.sentDate = Oct1;
    r.application.receivedByFkDate = Oct10;
    r.application.decisionDate = Oct5;
    QTest::newRow("decision before receipt")
        << r << u"decision_before_receipt"_s << u"application.decisionDate"_s << Oct5 << Oct10;
    r = base();
    r.application.sentDate = Oct10;
    r.application.decisionDate = Oct5;
    QTest::newRow("decision before sending, no receipt")
        << r << u"decision_before_sent"_s << u"application.decisionDate"_s << Oct5 << Oct10;
    r = base();
    r.application.sentDate = Oct1;
    r.application.receivedByFkDate = Oct5;
    r.application.decisionDate = Oct10;
    QTest::newRow("sent, received, decided in order") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.plan.append({u"Arbetsträning"_s, Party::AF, Oct10, Oct5, MeasureStatus::Planned});
    QTest::newRow("measure ends before it starts")
        << r << u"measure_ends_before_start"_s << u"plan[0].end"_s << Oct5 << Oct10;
    r = base();
    r.plan.append({u"Arbetsträning"_s, Party::AF, Oct10, {}, MeasureStatus::Planned});
    QTest::newRow("measure with no end") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.meetings.append({MeetingKind::Avstamningsmote, Oct5, Oct10, std::nullopt, {}});
    QTest::newRow("invitation after the meeting")
        << r << u"invitation_after_meeting"_s << u"meetings[0].invitationSentDate"_s << Oct10 << Oct5;
    r = base();
    r.meetings.append({MeetingKind::Avstamningsmote, Oct10, Oct10, std::nullopt, {}});
    QTest::newRow("invited the day of the meeting") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.consent = {true, Oct5, Oct1};
    QTest::newRow("consent revoked before given")
        << r << u"consent_revoked_before_given"_s << u"consent.revokedDate"_s << Oct1 << Oct5;
    // Medical documentation counts from the day it came: not after today (Oct 10).
    r = base();
    r.medicalDocuments.append({Oct10, u"Vårdcentralen"_s, u"Läkarintyg"_s});
    QTest::newRow("medical document today") << r << QString() << QString() << QDate() << QDate();
    r = base();
    r.medicalDocuments.append({Oct1, u"Vårdcentralen"_s, u"Läkarintyg"_s});
    r.medicalDocuments.append({Oct10.addDays(1), u"Vårdcentralen"_s, u"Läkarintyg"_s});
    QTest::newRow("medical document tomorrow")
        << r << u"medical_document_after_today"_s << u"medicalDocuments[1].date"_s << Oct10.addDays(1) << Oct10;
    r = base();
    r.medicalDocuments.append({QDate(), u"Vårdcentralen"_s, u"Läkarintyg"_s});
    QTest::newRow("medical document undated") << r << QString() << QString() << QDate() << QDate();
}

void TestDateOrder::conflicts()
{
    QFETCH(CaseRecord, record);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QDate, date);
    QFETCH(QDate, otherDate);
    const QList<DateConflict> found = dateConflicts(record, Oct10);
    if (code.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).code, code);
    QCOMPARE(found.at(0).field, field);
    QCOMPARE(found.at(0).date, date);
    QCOMPARE(found.at(0).otherDate, otherDate);
    // The message names both dates, so the user sees which two disagree.
    const QString message = found.at(0).message();
    QVERIFY2(message.contains(date.toString(Qt::ISODate)), qPrintable(message));
    QVERIFY2(message.contains(otherDate.toString(Qt::ISODate)), qPrintable(message));
}

void TestDateOrder::onlyNewConflictsCountForAnEdit()
{
    CaseRecord before = CaseBuilder().build();
    before.application.sentDate = Oct5;
    before.application.receivedByFkDate = Oct1; // already wrong, e.g. imported
    CaseRecord after = before;
    after.application.receivedByFkDate = Oct1.addDays(1); // still wrong, but not new
    QVERIFY(newDateConflicts(before, after).isEmpty());
    after.plan.append({u"Studier"_s, Party::IoF, Oct10, Oct1, MeasureStatus::Planned});
    const QList<DateConflict> fresh = newDateConflicts(before, after);
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).code, u"measure_ends_before_start"_s);
}

QTEST_GUILESS_MAIN(TestDateOrder)
#include "tst_dateorder.moc"
