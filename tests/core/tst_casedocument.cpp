// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CaseDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Case document v1: what is read, that writing and reading again gives the
// same case, and that every bad value is refused with its key path.
class TestCaseDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSpecExample();
    void roundTrip_data();
    void roundTrip();
    void writtenRecordReadsBack();
    void acceptedValues_data();
    void acceptedValues();
    void badValues_data();
    void badValues();
    void badText_data();
    void badText();
    void unknownKeysIgnored_data();
    void unknownKeysIgnored();
    void missingOptionalKeys();
};

namespace {

const QDate Reference(2026, 11, 22);

// The specification's example, with a second meeting so that errors in a
// later list item can be placed.
const QByteArray SpecExample = R"({
  "format": "samordna-case",
  "version": 1,
  "case": {
    "id": "optional on import",
    "person": { "personnummer": "19900315-2387", "name": "Anna Andersson" },
    "district": "Norr",
    "socialWorker": { "name": "Sara Svensson", "phone": "040-123456", "email": "sara@example.org" },
    "stage": "ruta1",
    "facts": {
      "hasSgi": false,
      "insuredInSweden": true,
      "euAsIfInsured": false,
      "workCapacityReducedByIllness": true,
      "needsRehabilitation": null,
      "medicalDocumentation": true,
      "needsMapped": true
    },
    "consent": { "given": true, "date": "2026-10-01", "revokedDate": null },
    "application": { "sentDate": "2026-10-10", "receivedByFkDate": "2026-10-12",
                     "decision": "granted", "decisionDate": "2026-10-20" },
    "fkContactDate": "2026-10-23",
    "meetings": [
      { "kind": "avstamningsmote", "date": "2026-11-20", "invitationSentDate": "2026-11-02",
        "outcome": null, "notes": "" },
      { "kind": "konsultationsteam", "date": "2026-09-15", "outcome": "criteria_met", "notes": "Råd från FK" }
    ],
    "plan": [
      { "measure": "Arbetsträning", "responsible": "AF", "start": "2026-12-01",
        "end": null, "status": "planned" }
    ],
    "closure": { "workCapacity": "none", "reductionDuration": "foreseeable_future",
                 "againstWholeLabourMarket": true, "closedDate": null, "continuedBy": "IoF" },
    "journal": [ { "date": "2026-10-01", "author": "Sara Svensson", "text": "Kartläggning." } ]
  }
})";

const QByteArray Minimal = R"({"format": "samordna-case", "version": 1,
  "case": {"person": {"personnummer": "19900315-2387"}, "stage": "ruta1"}})";

QJsonObject specObject()
{
    return QJsonDocument::fromJson(SpecExample).object();
}

// "case.meetings[1].kind" → case, meetings, 1, kind
QStringList keys(const QString &path)
{
    QString dotted = path;
    dotted.replace(u'[', u'.').remove(u']');
    return dotted.split(u'.');
}

// The document with the value at `path` replaced; an undefined value removes the key.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : changed(object.value(key), path, value);
    return object;
}

QByteArray withValue(const QString &path, const QJsonValue &value, const QJsonObject &base = specObject())
{
    return QJsonDocument(changed(base, keys(path), value).toObject()).toJson();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void TestCaseDocument::readsTheSpecExample()
{
    const auto result = caseDocument::read(SpecExample, Reference);
    QVERIFY2(result, qPrintable(result.errorText()));
    const CaseRecord &r = *result.record;
    QCOMPARE(r.id, u"optional on import"_s);
    QCOMPARE(r.person.personnummer, u"19900315-2387"_s);
    QCOMPARE(r.person.name, u"Anna Andersson"_s);
    QCOMPARE(r.district, u"Norr"_s);
    QVERIFY(r.socialWorker.has_value());
    QCOMPARE(r.socialWorker->name, u"Sara Svensson"_s);
    QCOMPARE(r.socialWorker->phone, u"040-123456"_s);
    QCOMPARE(r.socialWorker->email, u"sara@example.org"_s);
    QCOMPARE(r.stage, Stage::Ruta1);
    QCOMPARE(r.facts.hasSgi, Fact(false));
    QCOMPARE(r.facts.insuredInSweden, Fact(true));
    QCOMPARE(r.facts.euAsIfInsured, Fact(false));
    QCOMPARE(r.facts.workCapacityReducedByIllness, Fact(true));
    QCOMPARE(r.facts.needsRehabilitation, Fact());
    QCOMPARE(r.facts.medicalDocumentation, Fact(true));
    QCOMPARE(r.facts.needsMapped, Fact(true));
    QCOMPARE(r.consent.given, Fact(true));
    QCOMPARE(r.consent.date, QDate(2026, 10, 1));
    QVERIFY(r.consent.revokedDate.isNull());
    QCOMPARE(r.application.sentDate, QDate(2026, 10, 10));
    QCOMPARE(r.application.receivedByFkDate, QDate(2026, 10, 12));
    QVERIFY(r.application.decision == Decision::Granted);
    QCOMPARE(r.application.decisionDate, QDate(2026, 10, 20));
    QCOMPARE(r.fkContactDate, QDate(2026, 10, 23));
    QCOMPARE(r.meetings.size(), 2);
    QVERIFY(r.meetings.at(0).kind == MeetingKind::Avstamningsmote);
    QCOMPARE(r.meetings.at(0).date, QDate(2026, 11, 20));
    QCOMPARE(r.meetings.at(0).invitationSentDate, QDate(2026, 11, 2));
    QVERIFY(!r.meetings.at(0).outcome.has_value());
    QVERIFY(r.meetings.at(1).kind == MeetingKind::Konsultationsteam);
    QVERIFY(r.meetings.at(1).invitationSentDate.isNull());
    QVERIFY(r.meetings.at(1).outcome == Advice::CriteriaMet);
    QCOMPARE(r.meetings.at(1).notes, u"Råd från FK"_s);
    QCOMPARE(r.plan.size(), 1);
    QCOMPARE(r.plan.at(0).measure, u"Arbetsträning"_s);
    QVERIFY(r.plan.at(0).responsible == Party::AF);
    QCOMPARE(r.plan.at(0).start, QDate(2026, 12, 1));
    QVERIFY(r.plan.at(0).end.isNull());
    QVERIFY(r.plan.at(0).status == MeasureStatus::Planned);
    QVERIFY(r.closure.workCapacity == WorkCapacity::None);
    QVERIFY(r.closure.reductionDuration == ReductionDuration::ForeseeableFuture);
    QCOMPARE(r.closure.againstWholeLabourMarket, Fact(true));
    QVERIFY(r.closure.closedDate.isNull());
    QCOMPARE(r.closure.continuedBy, u"IoF"_s);
    QCOMPARE(r.journal.size(), 1);
    QCOMPARE(r.journal.at(0).date, QDate(2026, 10, 1));
    QCOMPARE(r.journal.at(0).text, u"Kartläggning."_s);
}

void TestCaseDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("spec example") << SpecExample;
    QTest::newRow("minimal") << Minimal;
    QTest::newRow("social worker unknown") << withValue(u"case.socialWorker"_s, QJsonValue::Null);
    QTest::newRow("ten-digit plus personnummer") << withValue(u"case.person.personnummer"_s, u"850610+3210"_s);
    QTest::newRow("samordningsnummer") << withValue(u"case.person.personnummer"_s, u"900375-2384"_s);
    QTest::newRow("consent revoked") << withValue(u"case.consent.revokedDate"_s, u"2026-11-01"_s);
    QTest::newRow("29 February 2024") << withValue(u"case.fkContactDate"_s, u"2024-02-29"_s);
    for (const QString &folder : {u"examples"_s, u"cases"_s}) {
        const QDir dir(QStringLiteral(SAMORDNA_TEST_DATA_DIR) + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            if (name.endsWith(u".expected.json"))
                continue;
            const QByteArray row = (folder + u'/' + name).toUtf8();
            QTest::newRow(row.constData()) << fileBytes(dir.filePath(name));
        }
    }
}

void TestCaseDocument::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto first = caseDocument::read(json, Reference);
    QVERIFY2(first, qPrintable(first.errorText()));
    const QByteArray written = caseDocument::write(*first.record);
    const auto second = caseDocument::read(written, Reference);
    QVERIFY2(second, qPrintable(second.errorText()));
    QCOMPARE(caseDocument::write(*second.record), written);
    QVERIFY(*second.record == *first.record);
}

void TestCaseDocument::writtenRecordReadsBack()
{
    // A case with every part the document can hold, built in code, so that a
    // field the writer forgets shows up even if the reader forgets it too.
    CaseRecord record;
    record.id = u"K-7"_s;
    record.person = {u"19900375-2384"_s, u"Åsa Öberg"_s};
    record.district = u"Söder"_s;
    record.socialWorker = SocialWorker{u"Sara"_s, QString(), u"sara@example.org"_s};
    record.stage = Stage::Ruta5;
    record.facts = {false, std::nullopt, true, true, true, false, std::nullopt, true};
    record.consent = {true, QDate(2026, 1, 2), QDate(2026, 12, 31)};
    record.application = {QDate(2026, 1, 3), QDate(2026, 1, 4), Decision::Rejected, QDate(2026, 1, 5)};
    record.fkContactDate = QDate(2026, 1, 6);
    record.meetings << Meeting{MeetingKind::Sip, QDate(2026, 2, 1), QDate(2026, 1, 7), Advice::NotRelevant, u"n"_s}
                    << Meeting{MeetingKind::ForstaDigitalaMotet, {}, {}, std::nullopt, {}};
    record.plan << PlanMeasure{u"Behandling"_s, Party::Region, QDate(2026, 3, 1), QDate(2026, 4, 1),
                               MeasureStatus::Cancelled}
                << PlanMeasure{u"Praktik"_s, std::nullopt, {}, {}, MeasureStatus::Ongoing};
    record.closure = {WorkCapacity::Partial, ReductionDuration::AtLeastOneYear, false, QDate(2026, 5, 1), u"AF"_s};
    record.complements << Complement{ComplementKind::LakarFragor, QDate(2026, 1, 8), u"frågor"_s};
    record.journal << JournalEntry{QDate(2026, 1, 9), u"Sara"_s, u"Anteckning"_s, QDate(2026, 1, 10), u"fel ärende"_s}
                   << JournalEntry{QDate(2026, 1, 11), u"Sara"_s, u"Rätt"_s, {}, {}};
    record.stageHistory << StageEntry{Stage::Ruta1, QDate(2026, 1, 1)} << StageEntry{Stage::Ruta3, QDate(2026, 1, 4)}
                        << StageEntry{Stage::Ruta4, QDate(2026, 1, 4)} << StageEntry{Stage::Ruta5, QDate(2026, 3, 1)};
    record.medicalDocuments << MedicalDocument{QDate(2026, 1, 2), u"Vårdcentralen"_s, u"Läkarintyg"_s}
                            << MedicalDocument{{}, QString(), QString()};
    record.contacts << Contact{Party::Region, u"Vårdcentralen"_s, u"Rehab-koordinator"_s, u"040-1"_s}
                    << Contact{std::nullopt, u"Okänd"_s, QString(), QString()};
    record.forFk = {u"Sjukdomshistorik"_s, u"Prövade insatser"_s, u"Övrigt"_s};

    const auto result = caseDocument::read(caseDocument::write(record), Reference);
    QVERIFY2(result, qPrintable(result.errorText()));
    QCOMPARE(caseDocument::write(*result.record), caseDocument::write(record));
    QVERIFY(*result.record == record);
    QCOMPARE(result.revision, std::nullopt);
    // The store's revision is written on export and read back beside the case.
    const auto withRevision = caseDocument::read(caseDocument::write(record, 7), Reference);
    QCOMPARE(withRevision.revision, std::optional<int>(7));
    QVERIFY(*withRevision.record == record);
}

void TestCaseDocument::acceptedValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    for (const QString &stage :
         {u"ruta1"_s, u"ruta2a"_s, u"ruta2b"_s, u"ruta3"_s, u"ruta4"_s, u"ruta5"_s, u"ruta6a"_s, u"ruta6b"_s})
        QTest::newRow(qPrintable(u"stage "_s + stage)) << u"case.stage"_s << QJsonValue(stage);
    for (const QString &district : {u"Norr"_s, u"Öster"_s, u"Söder"_s, u"Väster"_s, u"Innerstaden"_s})
        QTest::newRow(qPrintable(u"district "_s + district)) << u"case.district"_s << QJsonValue(district);
    QTest::newRow("district null") << u"case.district"_s << QJsonValue(QJsonValue::Null);
    for (const QString &pnr : {u"199003152387"_s, u"900315-2387"_s, u"9003152387"_s, u"850610+3210"_s,
                               u"19850610+3210"_s, u"900375-2384"_s, u"19900375-2384"_s})
        QTest::newRow(qPrintable(u"personnummer "_s + pnr)) << u"case.person.personnummer"_s << QJsonValue(pnr);
    for (const QString &kind : {u"konsultationsteam"_s, u"avstamningsmote"_s, u"gemensam_kartlaggning"_s,
                                u"forsta_digitala_motet"_s, u"sip"_s})
        QTest::newRow(qPrintable(u"meeting kind "_s + kind)) << u"case.meetings[1].kind"_s << QJsonValue(kind);
    for (const QString &party : {u"FK"_s, u"AF"_s, u"IoF"_s, u"Region"_s, u"Arbetsgivare"_s, u"Individ"_s, u"Annan"_s})
        QTest::newRow(qPrintable(u"party "_s + party)) << u"case.plan[0].responsible"_s << QJsonValue(party);
    for (const QString &status : {u"planned"_s, u"ongoing"_s, u"done"_s, u"cancelled"_s})
        QTest::newRow(qPrintable(u"status "_s + status)) << u"case.plan[0].status"_s << QJsonValue(status);
    for (const QString &decision : {u"pending"_s, u"granted"_s, u"rejected"_s})
        QTest::newRow(qPrintable(u"decision "_s + decision)) << u"case.application.decision"_s << QJsonValue(decision);
    for (const QString &outcome : {u"criteria_met"_s, u"complement_needed"_s, u"not_relevant"_s})
        QTest::newRow(qPrintable(u"outcome "_s + outcome)) << u"case.meetings[1].outcome"_s << QJsonValue(outcome);
    for (const QString &capacity : {u"full"_s, u"partial"_s, u"none"_s})
        QTest::newRow(qPrintable(u"work capacity "_s + capacity))
            << u"case.closure.workCapacity"_s << QJsonValue(capacity);
    for (const QString &duration : {u"temporary"_s, u"at_least_one_year"_s, u"foreseeable_future"_s})
        QTest::newRow(qPrintable(u"duration "_s + duration))
            << u"case.closure.reductionDuration"_s << QJsonValue(duration);
    QTest::newRow("fact null") << u"case.facts.hasSgi"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("fact true") << u"case.facts.hasSgi"_s << QJsonValue(true);
    QTest::newRow("social worker null") << u"case.socialWorker"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("leap day") << u"case.consent.date"_s << QJsonValue(u"2024-02-29"_s);
    QTest::newRow("no id") << u"case.id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("version 1.0") << u"version"_s << QJsonValue(1.0);
}

void TestCaseDocument::acceptedValues()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const auto result = caseDocument::read(withValue(path, value), Reference);
    QVERIFY2(result, qPrintable(result.errorText()));
}

void TestCaseDocument::badValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPath");

    const auto row = [](const char *name, const QString &path, const QJsonValue &value, QString errorPath = {}) {
        QTest::newRow(name) << path << value << (errorPath.isEmpty() ? path : errorPath);
    };
    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString pnr = u"case.person.personnummer"_s;

    row("format wrong", u"format"_s, u"samordna"_s);
    row("format missing", u"format"_s, missing);
    row("format not text", u"format"_s, 1);
    row("version 2", u"version"_s, 2);
    row("version 0", u"version"_s, 0);
    row("version as text", u"version"_s, u"1"_s);
    row("version missing", u"version"_s, missing);
    row("case missing", u"case"_s, missing);
    row("case a list", u"case"_s, QJsonArray());
    row("id a number", u"case.id"_s, 5);

    row("personnummer check digit", pnr, u"19900315-2388"_s);
    row("personnummer month 13", pnr, u"901301-1235"_s);
    row("personnummer 30 February", pnr, u"20260230-1232"_s);
    row("personnummer 29 February 2001", pnr, u"20010229-1234"_s);
    row("personnummer birth number 000", pnr, u"19900315-0001"_s);
    row("personnummer letters", pnr, u"ÅÅMMDD-NNNC"_s);
    row("personnummer empty", pnr, u""_s);
    row("personnummer a number", pnr, 199003152387.0);
    row("personnummer null", pnr, null);
    row("personnummer missing", pnr, missing);
    row("person missing", u"case.person"_s, missing);
    row("person a string", u"case.person"_s, u"19900315-2387"_s);

    row("stage unknown", u"case.stage"_s, u"ruta7"_s);
    row("stage capitalised", u"case.stage"_s, u"Ruta1"_s);
    row("stage as a number", u"case.stage"_s, 1);
    row("stage null", u"case.stage"_s, null);
    row("stage missing", u"case.stage"_s, missing);

    row("district unknown", u"case.district"_s, u"Malmö"_s);
    row("district lower case", u"case.district"_s, u"norr"_s);
    row("district without diacritics", u"case.district"_s, u"Oster"_s);
    row("district empty", u"case.district"_s, u""_s);
    row("district a number", u"case.district"_s, 1);

    row("social worker a string", u"case.socialWorker"_s, u"Sara"_s);
    row("social worker phone a number", u"case.socialWorker.phone"_s, 40123456);

    row("facts a string", u"case.facts"_s, u"yes"_s);
    row("hasSgi as text", u"case.facts.hasSgi"_s, u"false"_s);
    row("hasSgi as a number", u"case.facts.hasSgi"_s, 0);
    row("needsMapped as text", u"case.facts.needsMapped"_s, u"true"_s);

    row("consent given as text", u"case.consent.given"_s, u"yes"_s);
    row("consent date 30 February", u"case.consent.date"_s, u"2026-02-30"_s);
    row("consent date one-digit month", u"case.consent.date"_s, u"2026-2-3"_s);
    row("consent date with time", u"case.consent.date"_s, u"2026-10-01T00:00"_s);
    row("consent date Swedish style", u"case.consent.date"_s, u"1/10 2026"_s);
    row("consent date a number", u"case.consent.date"_s, 20261001);
    row("revoked month 13", u"case.consent.revokedDate"_s, u"2026-13-01"_s);

    row("decision unknown", u"case.application.decision"_s, u"approved"_s);
    row("decision capitalised", u"case.application.decision"_s, u"Granted"_s);
    row("decision date short", u"case.application.decisionDate"_s, u"2026-2-3"_s);
    row("sent date empty", u"case.application.sentDate"_s, u""_s);
    row("fk contact 29 February 2026", u"case.fkContactDate"_s, u"2026-02-29"_s);

    row("meetings an object", u"case.meetings"_s, QJsonObject());
    row("meeting a string", u"case.meetings[1]"_s, u"x"_s);
    row("second meeting kind unknown", u"case.meetings[1].kind"_s, u"avstämningsmöte"_s);
    row("second meeting kind missing", u"case.meetings[1].kind"_s, missing);
    row("meeting date 30 February", u"case.meetings[0].date"_s, u"2026-02-30"_s);
    row("invitation one-digit day", u"case.meetings[0].invitationSentDate"_s, u"2026-11-2"_s);
    row("meeting outcome unknown", u"case.meetings[1].outcome"_s, u"yes"_s);

    row("plan responsible unknown", u"case.plan[0].responsible"_s, u"Kommun"_s);
    row("plan status unknown", u"case.plan[0].status"_s, u"started"_s);
    row("plan start day 32", u"case.plan[0].start"_s, u"2026-12-32"_s);

    row("work capacity unknown", u"case.closure.workCapacity"_s, u"some"_s);
    row("duration unknown", u"case.closure.reductionDuration"_s, u"permanent"_s);
    row("whole labour market as text", u"case.closure.againstWholeLabourMarket"_s, u"yes"_s);
    row("journal date short", u"case.journal[0].date"_s, u"2026-10-1"_s);
}

void TestCaseDocument::badValues()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPath);
    const auto result = caseDocument::read(withValue(path, value), Reference);
    QVERIFY(!result);
    QCOMPARE(result.errorPath, errorPath);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(result.errorText().startsWith(errorPath));
    QVERIFY(!result.errorText().contains(u'\n'));
}

void TestCaseDocument::badText_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only white space") << QByteArray(" \n\t ");
    QTest::newRow("cut off") << SpecExample.left(SpecExample.size() / 2);
    QTest::newRow("trailing comma") << QByteArray(R"({"format": "samordna-case", "version": 1,})");
    QTest::newRow("not JSON") << QByteArray("format=samordna-case");
    QTest::newRow("top-level array") << QByteArray("[]");
    QTest::newRow("case inside an array") << (QByteArray("[") + Minimal + QByteArray("]"));
}

void TestCaseDocument::badText()
{
    QFETCH(QByteArray, json);
    const auto result = caseDocument::read(json, Reference);
    QVERIFY(!result);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(!result.errorText().contains(u'\n'));
}

void TestCaseDocument::unknownKeysIgnored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("top level") << u"generator"_s << QJsonValue(u"samordna 9"_s);
    QTest::newRow("case") << u"case.priority"_s << QJsonValue(3);
    QTest::newRow("person") << u"case.person.middleName"_s << QJsonValue(u"Maria"_s);
    QTest::newRow("facts") << u"case.facts.hasCar"_s << QJsonValue(true);
    QTest::newRow("meeting") << u"case.meetings[0].room"_s << QJsonValue(u"Sal 3"_s);
    QTest::newRow("plan") << u"case.plan[0].cost"_s << QJsonValue(100);
    QTest::newRow("closure") << u"case.closure.extra"_s << QJsonValue(QJsonObject{{u"a"_s, 1}});
    QTest::newRow("an unknown key may hold anything") << u"case.later"_s << QJsonValue(QJsonArray{1, u"x"_s});
}

void TestCaseDocument::unknownKeysIgnored()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const auto plain = caseDocument::read(SpecExample, Reference);
    const auto extended = caseDocument::read(withValue(path, value), Reference);
    QVERIFY2(extended, qPrintable(extended.errorText()));
    QVERIFY(*extended.record == *plain.record);
}

void TestCaseDocument::missingOptionalKeys()
{
    const auto result = caseDocument::read(Minimal, Reference);
    QVERIFY2(result, qPrintable(result.errorText()));
    const CaseRecord &r = *result.record;
    QVERIFY(r.id.isEmpty());
    QVERIFY(r.district.isEmpty());
    QVERIFY(!r.socialWorker.has_value());
    QCOMPARE(r.stage, Stage::Ruta1);
    QVERIFY(r.facts == Facts{});
    QVERIFY(!r.facts.hasSgi.has_value());
    QVERIFY(!r.consent.given.has_value());
    QVERIFY(r.consent.date.isNull());
    QVERIFY(!r.application.decision.has_value());
    QVERIFY(r.fkContactDate.isNull());
    QVERIFY(r.meetings.isEmpty());
    QVERIFY(r.plan.isEmpty());
    QVERIFY(!r.closure.workCapacity.has_value());
    QVERIFY(!r.closure.againstWholeLabourMarket.has_value());
    QVERIFY(r.journal.isEmpty());

    // Explicit nulls mean the same as missing keys.
    const QByteArray nulls = R"({"format": "samordna-case", "version": 1, "case": {
        "person": {"personnummer": "19900315-2387", "name": null}, "stage": "ruta1",
        "district": null, "socialWorker": null, "facts": {"hasSgi": null, "needsMapped": null},
        "consent": null, "application": {"decision": null, "decisionDate": null},
        "fkContactDate": null, "meetings": null, "plan": [], "closure": {"workCapacity": null},
        "journal": null}})";
    const auto withNulls = caseDocument::read(nulls, Reference);
    QVERIFY2(withNulls, qPrintable(withNulls.errorText()));
    QVERIFY(*withNulls.record == r);
}

QTEST_GUILESS_MAIN(TestCaseDocument)
#include "tst_casedocument.moc"
