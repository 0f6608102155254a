// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"
#include "domain/Personnummer.h"
#include "io/CaseDocument.h"
#include "rules/Assessor.h"
#include "rules/DateOrder.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace samordna;
using namespace Qt::StringLiterals;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCaseIsAValidDocument();
    void everyBoxIsRepresented();
    void boxDataIsConsistent();
    void peopleAreAdultsOfWorkingAge();
    void sameSeedSameCases();
    void someDeadlinesAreOverdue();
    void everyCaseTellsOneConsistentStory();
    void historiesTellTheWayThroughTheBoxes();

private:
    const QDate m_today{2026, 11, 22};
};

void TestDemoGenerator::everyCaseIsAValidDocument()
{
    const QList<CaseRecord> cases = DemoGenerator::generate(2000, m_today, 7);
    QCOMPARE(cases.size(), 2000);
    for (const CaseRecord &record : cases) {
        const auto result = caseDocument::readObject(caseDocument::toJsonObject(record), m_today);
        if (!result)
            QFAIL(qPrintable(result.errorText()));
        QVERIFY(*result.record == record);
    }
}

void TestDemoGenerator::everyBoxIsRepresented()
{
    for (int count : {8, 60}) {
        QSet<Stage> seen;
        for (const CaseRecord &record : DemoGenerator::generate(count, m_today, 1))
            seen.insert(record.stage);
        QCOMPARE(seen.size(), allStages().size());
    }
}

void TestDemoGenerator::boxDataIsConsistent()
{
    int ruta3WithoutWorker = 0;
    int meetings = 0;
    int notes = 0;
    int measures = 0;
    const QList<CaseRecord> cases = DemoGenerator::generate(2000, m_today, 3);
    for (const CaseRecord &record : cases) {
        meetings += int(record.meetings.size());
        notes += int(record.journal.size());
        measures += int(record.plan.size());
        const Assessment assessment = assess(record, m_today);
        const bool held = std::any_of(record.meetings.cbegin(), record.meetings.cend(), [&](const Meeting &m) {
            return m.kind == MeetingKind::Avstamningsmote && m.date.isValid() && m.date <= m_today;
        });
        const bool responsible = std::any_of(record.plan.cbegin(), record.plan.cend(),
                                             [](const PlanMeasure &m) { return m.responsible.has_value(); });
        switch (record.stage) {
        case Stage::Ruta1:
        case Stage::Ruta2a:
            QVERIFY(!record.application.isGranted());
            break;
        case Stage::Ruta2b: {
            // Left the process for one reason: FK rejected the application,
            // or advised in the konsultationsteam that the criteria are not met.
            const bool advisedNotRelevant = std::any_of(
                record.meetings.cbegin(), record.meetings.cend(),
                [](const Meeting &m) { return m.outcome == Advice::NotRelevant; });
            QVERIFY(record.application.isRejected() != advisedNotRelevant);
            if (advisedNotRelevant)
                QCOMPARE(assessment.eligibility, Eligibility::NotEligible);
            break;
        }
        case Stage::Ruta3:
            QVERIFY(record.application.isGranted());
            QVERIFY(!held);
            if (!record.socialWorker) {
                ++ruta3WithoutWorker;
                QVERIFY(assessment.invitationAddress.has_value());
            }
            break;
        case Stage::Ruta4:
            QVERIFY(record.application.isGranted());
            QVERIFY(held);
            break;
        case Stage::Ruta5:
            QVERIFY(held);
            QVERIFY(responsible);
            QVERIFY(!record.closure.workCapacity.has_value());
            break;
        case Stage::Ruta6a:
            QVERIFY(record.closure.workCapacity == WorkCapacity::Full
                    || record.closure.workCapacity == WorkCapacity::Partial);
            QVERIFY(record.closure.closedDate.isValid());
            break;
        case Stage::Ruta6b:
            QCOMPARE(record.closure.workCapacity, WorkCapacity::None);
            QVERIFY(assessment.benefitPath.has_value());
            break;
        }
        // Nothing has happened after today except planned meetings and measures.
        for (const JournalEntry &entry : record.journal)
            QVERIFY(entry.date <= m_today);
        if (record.application.decisionDate.isValid())
            QVERIFY(record.application.decisionDate <= m_today);
    }
    QVERIFY(ruta3WithoutWorker > 0);
    const double perCase = double(cases.size());
    QVERIFY2(notes / perCase > 10 && notes / perCase < 18, qPrintable(QString::number(notes / perCase)));
    QVERIFY2(meetings / perCase > 1.5 && meetings / perCase < 3, qPrintable(QString::number(meetings / perCase)));
    QVERIFY2(measures / perCase > 1.5 && measures / perCase < 3, qPrintable(QString::number(measures / perCase)));
}

void TestDemoGenerator::peopleAreAdultsOfWorkingAge()
{
    int samordningsnummer = 0;
    const QStringList districts = RuleData::standard().districtNames();
    for (const CaseRecord &record : DemoGenerator::generate(3000, m_today, 11)) {
        QCOMPARE(record.person.personnummer.size(), 13);
        const auto parsed = Personnummer::parse(record.person.personnummer, m_today);
        QVERIFY(parsed);
        const int age = parsed.value->ageAt(m_today);
        QVERIFY2(age >= 19 && age <= 64, qPrintable(QString::number(age)));
        if (parsed.value->isSamordningsnummer())
            ++samordningsnummer;
        QVERIFY(!record.person.name.isEmpty());
        QVERIFY(districts.contains(record.district));
        QVERIFY(record.id.isEmpty());
    }
    QVERIFY(samordningsnummer > 0);
}

void TestDemoGenerator::sameSeedSameCases()
{
    QVERIFY(DemoGenerator::generate(300, m_today, 42) == DemoGenerator::generate(300, m_today, 42));
    QVERIFY(DemoGenerator::generate(300, m_today, 42) != DemoGenerator::generate(300, m_today, 43));
    QVERIFY(DemoGenerator::generate(0, m_today, 42).isEmpty());
}

void TestDemoGenerator::someDeadlinesAreOverdue()
{
    int overdue = 0;
    int pending = 0;
    for (const CaseRecord &record : DemoGenerator::generate(500, m_today, 5)) {
        for (const Deadline &deadline : assess(record, m_today).deadlines) {
            overdue += deadline.status == DeadlineStatus::Overdue;
            pending += deadline.status == DeadlineStatus::Pending;
        }
    }
    QVERIFY(overdue > 0);
    QVERIFY(pending > 0);
}

void TestDemoGenerator::everyCaseTellsOneConsistentStory()
{
    // The demo is what people evaluate and train on: each case's dates are in
    // an order that can be true, and its journal tells what its data says,
    // on the days the data says, in date order, each step once.
    const auto notesContaining = [](const CaseRecord &record, const QString &text) {
        QList<QDate> dates;
        for (const JournalEntry &entry : record.journal) {
            if (entry.text.contains(text))
                dates << entry.date;
        }
        return dates;
    };
    const auto happened = [this](const QDate &date) { return date.isValid() && date <= m_today; };
    for (const CaseRecord &record : DemoGenerator::generate(2000, m_today, 5)) {
        const QString where = stageCode(record.stage);
        const QList<DateConflict> conflicts = dateConflicts(record);
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(where + u": "_s + (conflicts.isEmpty() ? QString() : conflicts.at(0).message())));

        QSet<QString> seen;
        for (qsizetype i = 0; i < record.journal.size(); ++i) {
            const JournalEntry &entry = record.journal.at(i);
            QVERIFY(entry.date <= m_today);
            if (i > 0)
                QVERIFY2(record.journal.at(i - 1).date <= entry.date, qPrintable(where + u": journal out of order"_s));
            QVERIFY2(!seen.contains(entry.text), qPrintable(where + u": twice: "_s + entry.text));
            seen.insert(entry.text);
            // Registered on the day it tells of, in office hours, and never
            // later than now: not when the demo was made.
            const QDateTime registered = entry.registeredAt.toLocalTime();
            QVERIFY(registered.isValid() && registered <= QDateTime::currentDateTime());
            if (entry.date < QDate::currentDate()) {
                QVERIFY2(registered.date() == entry.date,
                         qPrintable(where + u": a note registered on another day than its own"_s));
                QVERIFY(registered.time().hour() >= 8 && registered.time().hour() < 16);
            }
        }

        // Consent: noted exactly when the case records it as given.
        const QList<QDate> consent = notesContaining(record, u"samtycke inhämtat"_s);
        if (record.consent.given == true && happened(record.consent.date))
            QCOMPARE(consent, QList<QDate>{record.consent.date});
        else
            QVERIFY2(consent.isEmpty(), qPrintable(where + u": consent noted but not recorded"_s));

        // The application: sent, received, decided, FK's contact, in that order.
        const Application &application = record.application;
        const QList<QDate> sent = notesContaining(record, u"blankett 7434 skickad"_s);
        QCOMPARE(sent, happened(application.sentDate) ? QList<QDate>{application.sentDate} : QList<QDate>{});
        if (record.consent.date.isValid() && application.sentDate.isValid())
            QVERIFY2(record.consent.date <= application.sentDate, qPrintable(where + u": sent before consent"_s));
        if (record.fkContactDate.isValid()) {
            QVERIFY(application.isGranted());
            QVERIFY2(application.decisionDate <= record.fkContactDate,
                     qPrintable(where + u": contact before decision"_s));
        }
        QCOMPARE(notesContaining(record, u"Avslagsbeslut"_s).size(),
                 qsizetype(application.isRejected() && happened(application.decisionDate)));

        // FK's advice in the konsultationsteam, noted on the meeting's day.
        for (const Meeting &meeting : record.meetings) {
            if (meeting.kind == MeetingKind::Konsultationsteam && meeting.outcome && happened(meeting.date)) {
                bool noted = false;
                for (const JournalEntry &entry : record.journal)
                    noted |= entry.date == meeting.date && entry.text.contains(u"konsultationsteamet"_s);
                QVERIFY2(noted, qPrintable(where + u": advice not in the journal"_s));
            }
        }

        // FK ends the coordination once, when the case says it did.
        const QList<QDate> ended = notesContaining(record, u"FK avslutar samordningen"_s);
        QCOMPARE(ended, record.closure.closedDate.isValid() ? QList<QDate>{record.closure.closedDate} : QList<QDate>{});
    }
}

void TestDemoGenerator::historiesTellTheWayThroughTheBoxes()
{
    // Every case has a history that ends in its box, never goes back in
    // time nor past today, and takes the method's ways; together they have
    // the stays the follow-up charts are drawn from.
    int entries = 0;
    int detours = 0;
    int loops = 0;
    const QList<CaseRecord> cases = DemoGenerator::generate(2000, m_today, 3);
    for (const CaseRecord &record : cases) {
        const QList<StageEntry> &history = record.stageHistory;
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().stage, Stage::Ruta1);
        QCOMPARE(history.constLast().stage, record.stage);
        for (qsizetype i = 0; i < history.size(); ++i) {
            QVERIFY(history.at(i).from.isValid() && history.at(i).from <= m_today);
            if (i == 0)
                continue;
            QVERIFY(history.at(i - 1).from <= history.at(i).from);
            QVERIFY(history.at(i - 1).stage != history.at(i).stage);
            detours += history.at(i).stage == Stage::Ruta2a && record.stage != Stage::Ruta2a;
            loops += history.at(i - 1).stage == Stage::Ruta5 && history.at(i).stage == Stage::Ruta4;
        }
        // FK coordinates from the day it received the application.
        if (record.stage >= Stage::Ruta3) {
            const auto ruta3 = std::find_if(history.cbegin(), history.cend(),
                                            [](const StageEntry &entry) { return entry.stage == Stage::Ruta3; });
            QVERIFY(ruta3 != history.cend());
            QCOMPARE(ruta3->from, record.application.receivedByFkDate);
        }
        entries += int(history.size());
    }
    QVERIFY2(double(entries) / double(cases.size()) > 2.5, qPrintable(QString::number(entries)));
    QVERIFY(detours > 0);
    QVERIFY(loops > 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
