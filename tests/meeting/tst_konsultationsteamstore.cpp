// SPDX-License-Identifier: GPL-3.0-or-later
#include "../store/StoreTestSupport.h"
#include "MeetingTestCases.h"

#include "domain/Codes.h"
#include "rules/ProcessRules.h"
#include "service/CaseService.h"
#include "store/KonsultationsteamMeetings.h"
#include "store/StoreSchema.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace storeTest;
using namespace Qt::StringLiterals;

// The konsultationsteam's advice rule, the schema-2 migration of a store
// users already have, and the meetings API with its one-transaction advice.
class TestKonsultationsteamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adviceLeadsToABox_data();
    void adviceLeadsToABox();
    void versionOneFixtureMigratesToTwo();
    void meetingsAndAgenda();
    void agendaRefusals();
    void recordingAdviceWritesTheCase();
    void recordingAgainCorrectsTheSameMeeting();
    void theQuestionGoesIntoTheJournal();
    void revealIsAudited();
    void readOnlyStoreRecordsNothing();

private:
    std::unique_ptr<CaseService> openStore(const QString &name);
    QList<AuditEntry> rows(CaseService &store, const QString &caseId, const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKonsultationsteamStore::initTestCase()
{
    Clock::setToday(referenceDate());
}

void TestKonsultationsteamStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKonsultationsteamStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CaseService> TestKonsultationsteamStore::openStore(const QString &name)
{
    auto opened = CaseService::open(m_dir->filePath(name));
    if (!opened.store)
        qWarning("open: %s", qPrintable(opened.error));
    return std::move(opened.store);
}

QList<AuditEntry> TestKonsultationsteamStore::rows(CaseService &store, const QString &caseId, const QString &action)
{
    QList<AuditEntry> result;
    for (const AuditEntry &entry : store.auditLog(caseId).valueOr({})) {
        if (entry.action == action)
            result << entry;
    }
    return result;
}

void TestKonsultationsteamStore::adviceLeadsToABox_data()
{
    QTest::addColumn<Advice>("advice");
    QTest::addColumn<Stage>("next");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("criteria met: stay in 1, apply on 7434") << Advice::CriteriaMet << Stage::Ruta1 << u"7434"_s;
    QTest::newRow("complement needed: 2a") << Advice::ComplementNeeded << Stage::Ruta2a << u"rehab-koordinator"_s;
    QTest::newRow("not relevant: 2b") << Advice::NotRelevant << Stage::Ruta2b << u"without FK"_s;
}

void TestKonsultationsteamStore::adviceLeadsToABox()
{
    QFETCH(Advice, advice);
    QFETCH(Stage, next);
    QFETCH(QString, mentions);
    const process::AdviceStep step = process::afterAdvice(advice);
    QCOMPARE(step.next, next);
    QVERIFY2(step.explanation.contains(mentions), qPrintable(step.explanation));
}

void TestKonsultationsteamStore::versionOneFixtureMigratesToTwo()
{
    const QString original = dataPath(u"store-v1.sqlite"_s);
    const QByteArray originalHash = sha256(original);
    const QString path = m_dir->filePath(u"store-v1.sqlite"_s);
    QVERIFY(QFile::copy(original, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    {
        auto opened = CaseService::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        CaseService &store = *opened.store;
        QCOMPARE(store.schemaVersion().valueOr(-1), StoreSchema::currentVersion());
        QVERIFY(store.check().isEmpty());
        QCOMPARE(store.caseCount().valueOr(-1), 3);
        for (const QString &file : caseFiles()) {
            const CaseRecord expected = readCase(file);
            const auto stored = store.loadCase(expected.id);
            QVERIFY2(stored, qPrintable(expected.id));
            // The fields of later schema versions are checked in tst_casestore.
            QCOMPARE(stored->record.meetings, expected.meetings);
            QCOMPARE(stored->record.journal, expected.journal);
            QCOMPARE(stored->record.person, expected.person);
            QCOMPARE(stored->revision, 1);
        }
        QCOMPARE(store.auditLog().valueOr({}).size(), 3);

        // The new tables work on the migrated file.
        KonsultationsteamMeetings meetings(store);
        const auto meetingId = meetings.createMeeting(referenceDate(), u"FK, IoF Söder"_s);
        QVERIFY2(meetingId, qPrintable(meetings.lastError()));
        QVERIFY(meetings.addToAgenda(*meetingId, u"FX-2"_s));
        QVERIFY(store.check().isEmpty());
    }
    // Opened again, nothing is migrated twice.
    auto again = CaseService::open(path);
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(again.store->schemaVersion().valueOr(-1), StoreSchema::currentVersion());
    QCOMPARE(KonsultationsteamMeetings(*again.store).meetings().size(), 1);
    QCOMPARE(sha256(original), originalHash);
}

void TestKonsultationsteamStore::meetingsAndAgenda()
{
    auto store = openStore(u"meetings.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 3);
    QCOMPARE(ids.size(), 3);
    KonsultationsteamMeetings meetings(*store);
    QVERIFY(meetings.meetings().isEmpty());

    const auto older = meetings.createMeeting(referenceDate().addDays(-14), u"FK"_s);
    const auto meetingId = meetings.createMeeting(referenceDate(), u" FK, Anna and Per "_s);
    QVERIFY(older && meetingId);
    const QList<KonsultationsteamMeeting> list = meetings.meetings();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, *meetingId); // newest first
    QCOMPARE(list.at(0).participants, u"FK, Anna and Per"_s);
    QCOMPARE(list.at(0).date, referenceDate());
    QVERIFY(meetings.updateMeeting(*older, referenceDate().addDays(-7), u"FK, IoF"_s));
    QCOMPARE(meetings.meeting(*older)->date, referenceDate().addDays(-7));

    QList<qint64> items;
    for (const QString &id : ids) {
        const auto item = meetings.addToAgenda(*meetingId, id);
        QVERIFY2(item, qPrintable(meetings.lastError()));
        items << *item;
    }
    const auto caseOrder = [&] {
        // Numbered 1, 2, 3 … in order; a gap shows as a missing number.
        QStringList order;
        for (const AgendaItem &item : meetings.agenda(*meetingId))
            order << (item.position == order.size() + 1 ? item.caseId : u"position %1"_s.arg(item.position));
        return order;
    };
    QCOMPARE(caseOrder(), ids);
    QCOMPARE(meetings.meeting(*meetingId)->agendaCount, 3);

    QVERIFY(meetings.moveAgendaItem(items.at(2), 0));
    QCOMPARE(caseOrder(), (QStringList{ids.at(2), ids.at(0), ids.at(1)}));
    QVERIFY(meetings.moveAgendaItem(items.at(2), 2));
    QCOMPARE(caseOrder(), ids);
    QVERIFY(!meetings.moveAgendaItem(items.at(0), 3));

    QVERIFY(meetings.removeFromAgenda(items.at(1)));
    QCOMPARE(caseOrder(), (QStringList{ids.at(0), ids.at(2)}));
    QVERIFY(meetings.agenda(*older).isEmpty());

    const QList<AuditEntry> agendaRows = rows(*store, ids.at(1), u"agenda"_s);
    QCOMPARE(agendaRows.size(), 2);
    QCOMPARE(agendaRows.at(0).details, u"meeting=%1,add"_s.arg(*meetingId));
    QCOMPARE(agendaRows.at(1).details, u"meeting=%1,remove"_s.arg(*meetingId));
    // The meeting's own rows name no case and no person.
    const QList<AuditEntry> meetingRows = rows(*store, {}, u"konsultationsteam"_s);
    QCOMPARE(meetingRows.size(), 3);
    for (const AuditEntry &row : meetingRows) {
        QVERIFY(row.caseId.isEmpty());
        QVERIFY(!row.details.contains(u"Anna"_s));
    }
    QVERIFY(store->check().isEmpty());
}

void TestKonsultationsteamStore::agendaRefusals()
{
    auto store = openStore(u"refusals.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 1);
    KonsultationsteamMeetings meetings(*store);
    QVERIFY(!meetings.createMeeting({}, u"FK"_s));
    QVERIFY(!meetings.lastError().isEmpty());
    const auto meetingId = meetings.createMeeting(referenceDate(), {});
    QVERIFY(meetingId);
    QVERIFY(meetings.addToAgenda(*meetingId, ids.at(0)));
    QVERIFY(!meetings.addToAgenda(*meetingId, ids.at(0)));       // once per meeting
    QVERIFY(!meetings.addToAgenda(*meetingId, u"S-999999"_s));   // no such case
    QVERIFY(!meetings.addToAgenda(*meetingId + 100, ids.at(0))); // no such meeting
    QCOMPARE(meetings.agenda(*meetingId).size(), 1);
    QVERIFY(!meetings.updateMeeting(*meetingId + 100, referenceDate(), {}));
    QVERIFY(!meetings.recordAdvice(4242, Advice::CriteriaMet, {}).ok());
    QVERIFY(store->check().isEmpty());
}

void TestKonsultationsteamStore::recordingAdviceWritesTheCase()
{
    auto store = openStore(u"advice.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 2);
    KonsultationsteamMeetings meetings(*store);
    const QDate meetingDate = referenceDate().addDays(-1);
    const auto meetingId = meetings.createMeeting(meetingDate, u"FK"_s);
    QVERIFY(meetingId);
    const auto itemId = meetings.addToAgenda(*meetingId, ids.at(0));
    QVERIFY(itemId);
    const auto before = store->loadCase(ids.at(0));
    QVERIFY(before);

    const WriteResult result = meetings.recordAdvice(*itemId, Advice::ComplementNeeded, u"  Ask the doctor.  "_s);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.revision, before->revision + 1);

    const AgendaItem item = *meetings.agendaItem(*itemId);
    QCOMPARE(item.advice, Advice::ComplementNeeded);
    QCOMPARE(item.note, u"Ask the doctor."_s);
    QVERIFY(item.recordedAt.isValid());

    const auto after = store->loadCase(ids.at(0));
    QCOMPARE(after->revision, before->revision + 1);
    QCOMPARE(after->record.meetings.size(), before->record.meetings.size() + 1);
    const Meeting &meeting = after->record.meetings.constLast();
    QCOMPARE(meeting.kind, MeetingKind::Konsultationsteam);
    QCOMPARE(meeting.date, meetingDate);
    QCOMPARE(meeting.outcome, Advice::ComplementNeeded);
    QCOMPARE(meeting.notes, u"Ask the doctor."_s);
    QCOMPARE(KonsultationsteamMeetings::caseMeetingIndex(after->record, item, meetingDate),
             int(after->record.meetings.size() - 1));
    // The meeting and a journal note of the advice; the stage is the social
    // worker's to move.
    QCOMPARE(after->record.journal.size(), before->record.journal.size() + 1);
    const JournalEntry &noted = after->record.journal.constLast();
    QVERIFY2(noted.text.contains(meetingDate.toString(Qt::ISODate)) && noted.text.contains(u"Ask the doctor."_s),
             qPrintable(noted.text));
    CaseRecord expected = before->record;
    expected.meetings << meeting;
    expected.journal << noted;
    QCOMPARE(after->record, expected);

    const QList<AuditEntry> changes = rows(*store, ids.at(0), u"change"_s);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.at(0).details.split(u',').contains(u"meetings"_s), qPrintable(changes.at(0).details));
    const QList<AuditEntry> advice = rows(*store, ids.at(0), u"advice"_s);
    QCOMPARE(advice.size(), 1);
    QCOMPARE(advice.at(0).details, u"meeting=%1,advice=complement_needed"_s.arg(*meetingId));
    QVERIFY(rows(*store, ids.at(1), u"change"_s).isEmpty());

    // Advice on record keeps the case on the agenda.
    QVERIFY(!meetings.removeFromAgenda(*itemId));
    QVERIFY(meetings.lastError().contains(ids.at(0)));

    // A save from a window opened before the advice is a conflict, not a silent overwrite.
    QCOMPARE(store->saveCase(before->record, before->revision).status, WriteResult::Conflict);
}

void TestKonsultationsteamStore::recordingAgainCorrectsTheSameMeeting()
{
    auto store = openStore(u"again.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 1);
    KonsultationsteamMeetings meetings(*store);
    const auto meetingId = meetings.createMeeting(referenceDate(), u"FK"_s);
    const auto itemId = meetings.addToAgenda(*meetingId, ids.at(0));
    QVERIFY(itemId);
    const qsizetype count = store->loadCase(ids.at(0))->record.meetings.size();
    QVERIFY(meetings.recordAdvice(*itemId, Advice::NotRelevant, u"first"_s).ok());
    QVERIFY(meetings.recordAdvice(*itemId, Advice::CriteriaMet, u"corrected"_s).ok());
    const auto stored = store->loadCase(ids.at(0));
    QCOMPARE(stored->record.meetings.size(), count + 1);
    QCOMPARE(stored->record.meetings.constLast().outcome, Advice::CriteriaMet);
    QCOMPARE(stored->record.meetings.constLast().notes, u"corrected"_s);
    QCOMPARE(stored->revision, 3);
    QCOMPARE(rows(*store, ids.at(0), u"advice"_s).size(), 2);
}

void TestKonsultationsteamStore::theQuestionGoesIntoTheJournal()
{
    auto store = openStore(u"question.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 1);
    KonsultationsteamMeetings meetings(*store);
    const auto meetingId = meetings.createMeeting(referenceDate(), u"FK"_s);
    QVERIFY(meetingId);
    const auto itemId = meetings.addToAgenda(*meetingId, ids.at(0));
    QVERIFY(itemId);
    QCOMPARE(meetings.agendaItem(*itemId)->question, QString());

    QVERIFY(meetings.setQuestion(*itemId, u"  Räcker läkarintyget för en ansökan?  "_s));
    QCOMPARE(meetings.agendaItem(*itemId)->question, u"Räcker läkarintyget för en ansökan?"_s);
    // Audited, without the text.
    const QList<AuditEntry> agendaRows = rows(*store, ids.at(0), u"agenda"_s);
    QCOMPARE(agendaRows.constLast().details, u"meeting=%1,question"_s.arg(*meetingId));
    QVERIFY(!agendaRows.constLast().details.contains(u"läkarintyget"_s));

    // The advice's note says what was asked, signed by the social worker's own name.
    QVERIFY(meetings.recordAdvice(*itemId, Advice::CriteriaMet, u"Ansök."_s, u"Sara Svensson"_s).ok());
    const JournalEntry noted = store->loadCase(ids.at(0))->record.journal.constLast();
    QCOMPARE(noted.author, u"Sara Svensson"_s);
    QVERIFY2(noted.text.contains(u"Räcker läkarintyget för en ansökan?"_s), qPrintable(noted.text));
    QVERIFY2(noted.text.contains(u"Ansök."_s), qPrintable(noted.text));
    QVERIFY(noted.registeredAt.isValid());
}

void TestKonsultationsteamStore::revealIsAudited()
{
    auto store = openStore(u"reveal.sqlite"_s);
    QVERIFY(store);
    const QStringList ids = MeetingTestCases::create(*store, referenceDate(), 1);
    KonsultationsteamMeetings meetings(*store);
    const auto meetingId = meetings.createMeeting(referenceDate(), u"FK"_s);
    const auto itemId = meetings.addToAgenda(*meetingId, ids.at(0));
    QVERIFY(rows(*store, ids.at(0), u"reveal"_s).isEmpty());
    const auto person = meetings.revealPerson(*itemId);
    QVERIFY(person);
    QCOMPARE(*person, store->loadCase(ids.at(0))->record.person);
    const QList<AuditEntry> reveals = rows(*store, ids.at(0), u"reveal"_s);
    QCOMPARE(reveals.size(), 1);
    QVERIFY(!reveals.at(0).details.contains(person->name));
    QVERIFY(!meetings.revealPerson(*itemId + 100));
}

void TestKonsultationsteamStore::readOnlyStoreRecordsNothing()
{
    const QString path = m_dir->filePath(u"readonly.sqlite"_s);
    qint64 itemId = 0;
    QString caseId;
    {
        auto store = openStore(u"readonly.sqlite"_s);
        QVERIFY(store);
        caseId = MeetingTestCases::create(*store, referenceDate(), 1).value(0);
        KonsultationsteamMeetings meetings(*store);
        itemId = *meetings.addToAgenda(*meetings.createMeeting(referenceDate(), {}), caseId);
    }
    auto opened = CaseService::open(path, CaseService::Mode::ReadOnly);
    QVERIFY(opened.store);
    KonsultationsteamMeetings meetings(*opened.store);
    QCOMPARE(meetings.agenda(meetings.meetings().value(0).id).size(), 1);
    QVERIFY(!meetings.recordAdvice(itemId, Advice::CriteriaMet, {}).ok());
    QVERIFY(!meetings.revealPerson(itemId)); // not shown unless the reveal is on record
    QVERIFY(!meetings.agendaItem(itemId)->advice);
}

QTEST_GUILESS_MAIN(TestKonsultationsteamStore)
#include "tst_konsultationsteamstore.moc"
