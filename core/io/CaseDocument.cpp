// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDocument.h"

#include "domain/Codes.h"
#include "domain/Personnummer.h"
#include "safety/EchoText.h"
#include "safety/InputLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace samordna::caseDocument {

namespace {

// Gives lupdate and the program the same translation context.
struct CaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)
};

QString quoted(const QStringList &codes)
{
    return u'"' + codes.join(QStringLiteral("\", \"")) + u'"';
}

QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QStringList stageCodes()
{
    QStringList codes;
    for (Stage s : allStages())
        codes << stageCode(s);
    return codes;
}

// Walks the document, checking each value; the first error stops the reading
// and is kept with its path.
class Reader
{
public:
    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2199;

    Reader(const QDate &reference, const RuleData &data)
        : m_reference(reference)
        , m_data(data)
    {
    }

    bool failed() const { return !m_errorPath.isNull(); }
    QString errorPath() const { return m_errorPath; }
    QString errorMessage() const { return m_errorMessage; }

    void fail(const QString &path, const QString &message)
    {
        if (!failed()) {
            m_errorPath = path;
            m_errorMessage = message;
        }
    }

    // A present value of the wrong type is an error; a missing or null one is
    // "not recorded".
    bool isRecorded(const QJsonValue &value) const { return !value.isUndefined() && !value.isNull(); }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (!isRecorded(value)) {
            if (required)
                fail(path, CaseDocument::tr("is missing"));
            return {};
        }
        if (!value.isObject())
            fail(path, CaseDocument::tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!isRecorded(value))
            return {};
        if (!value.isArray())
            fail(path, CaseDocument::tr("must be a list"));
        return value.toArray();
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue value = parent.value(key);
        if (!isRecorded(value)) {
            if (required)
                fail(path, CaseDocument::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path, CaseDocument::tr("must be text"));
            return {};
        }
        const QString text = value.toString();
        // "\ud800" alone is valid JSON but no character; it would not be
        // written back the same.
        if (!text.isValidUtf16()) {
            fail(path, CaseDocument::tr("is not valid text (a lone UTF-16 surrogate)"));
            return {};
        }
        // Line breaks and tabs belong in notes; NUL, ESC and the rest never
        // belong in a case.
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t') {
                fail(path, CaseDocument::tr("contains a control character (%1)").arg(echo::cut(QString(c))));
                return {};
            }
        }
        return text;
    }

    // A text shown on one line (a name, a phone number): no line breaks, tabs
    // or direction overrides either.
    QString line(const QJsonObject &parent, const QString &key, const QString &path, bool required = false)
    {
        const QString text = string(parent, key, path, required);
        if (!failed() && echo::hasControlCharacters(text))
            fail(path,
                 CaseDocument::tr("\"%1\" contains a line break or another control character").arg(echo::cut(text)));
        return text;
    }

    // A list, refused past `max` entries before any is read.
    QJsonArray list(const QJsonObject &parent, const QString &key, const QString &path,
                    qsizetype max = inputLimits::MaxListEntries)
    {
        QJsonArray entries = array(parent, key, path);
        if (!failed() && entries.size() > max) {
            fail(path, inputLimits::tooManyText(max));
            return {};
        }
        return entries;
    }

    Fact fact(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!isRecorded(value))
            return std::nullopt;
        if (!value.isBool()) {
            fail(path, CaseDocument::tr("must be true, false or null"));
            return std::nullopt;
        }
        return value.toBool();
    }

    QDate date(const QJsonObject &parent, const QString &key, const QString &path)
    {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = string(parent, key, path);
        // A missing or null date is "not recorded"; an empty text is a wrong value.
        if (failed() || !isRecorded(parent.value(key)))
            return {};
        const QDate result = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !result.isValid()) {
            fail(path, CaseDocument::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(echo::cut(text)));
            return {};
        }
        // Deadlines are counted from these dates; one in year 9999 would
        // give a due date past what ISO dates can be written as.
        if (result.year() < MinYear || result.year() > MaxYear) {
            fail(path, CaseDocument::tr("\"%1\" is outside the years %2 to %3").arg(text).arg(MinYear).arg(MaxYear));
            return {};
        }
        return result;
    }

    template<typename E>
    std::optional<E> code(const QJsonObject &parent, const QString &key, const QString &path, bool required = false)
    {
        const QString text = string(parent, key, path, required);
        if (failed() || parent.value(key).isNull() || parent.value(key).isUndefined())
            return std::nullopt;
        const auto value = fromCode<E>(text);
        if (!value)
            fail(path, CaseDocument::tr("\"%1\" is not one of %2").arg(echo::cut(text), quoted(allCodes<E>())));
        return value;
    }

    CaseRecord readCase(const QJsonObject &c);

private:
    void readPerson(const QJsonObject &c, CaseRecord &record);
    void readFacts(const QJsonObject &c, CaseRecord &record);
    void readMeetings(const QJsonObject &c, CaseRecord &record);
    void readPlan(const QJsonObject &c, CaseRecord &record);
    void readClosure(const QJsonObject &c, CaseRecord &record);
    void readJournal(const QJsonObject &c, CaseRecord &record);
    void readComplements(const QJsonObject &c, CaseRecord &record);
    void readStageHistory(const QJsonObject &c, CaseRecord &record);
    void readMedicalDocuments(const QJsonObject &c, CaseRecord &record);
    void readContacts(const QJsonObject &c, CaseRecord &record);
    void readForFk(const QJsonObject &c, CaseRecord &record);
    // Each object in the list at `key`, with its path; false stops the walk.
    template<typename F>
    void eachObject(const QJsonObject &c, const QString &key, F &&readOne);

public:
    std::optional<int> m_revision;

private:
    QDate m_reference;
    const RuleData &m_data;
    QString m_errorPath;
    QString m_errorMessage;
};

void Reader::readPerson(const QJsonObject &c, CaseRecord &record)
{
    const QJsonObject person = object(c, QStringLiteral("person"), QStringLiteral("case.person"), true);
    const QString pnrPath = QStringLiteral("case.person.personnummer");
    record.person.personnummer = string(person, QStringLiteral("personnummer"), pnrPath, true).trimmed();
    record.person.name = line(person, QStringLiteral("name"), QStringLiteral("case.person.name"));
    if (failed())
        return;
    const auto parsed = Personnummer::parse(record.person.personnummer, m_reference);
    if (!parsed)
        fail(pnrPath, Personnummer::errorText(parsed.error));
}

void Reader::readFacts(const QJsonObject &c, CaseRecord &record)
{
    const QJsonObject facts = object(c, QStringLiteral("facts"), QStringLiteral("case.facts"), false);
    const auto read = [&](const char *key, Fact &target) {
        const QString name = QString::fromLatin1(key);
        target = fact(facts, name, QStringLiteral("case.facts.") + name);
    };
    read("hasSgi", record.facts.hasSgi);
    read("insuredInSweden", record.facts.insuredInSweden);
    read("euAsIfInsured", record.facts.euAsIfInsured);
    read("workCapacityReducedByIllness", record.facts.workCapacityReducedByIllness);
    read("needsRehabilitation", record.facts.needsRehabilitation);
    read("medicalDocumentation", record.facts.medicalDocumentation);
    read("needsMapped", record.facts.needsMapped);
    read("needsCoordination", record.facts.needsCoordination);
}

template<typename F>
void Reader::eachObject(const QJsonObject &c, const QString &key, F &&readOne)
{
    const QString base = u"case." + key;
    const QJsonArray list = array(c, key, base);
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(base, i);
        if (!list.at(i).isObject()) {
            fail(path, CaseDocument::tr("must be an object"));
            return;
        }
        readOne(list.at(i).toObject(), path);
    }
}

void Reader::readStageHistory(const QJsonObject &c, CaseRecord &record)
{
    eachObject(c, QStringLiteral("stageHistory"), [&](const QJsonObject &o, const QString &path) {
        const QString stageText = string(o, QStringLiteral("stage"), path + u".stage", true);
        const auto stage = stageFromCode(stageText);
        if (!failed() && !stage)
            fail(path + u".stage", CaseDocument::tr("\"%1\" is not one of %2").arg(stageText, quoted(stageCodes())));
        const QString fromPath = path + u".from";
        const QDate from = date(o, QStringLiteral("from"), fromPath);
        if (failed())
            return;
        if (from.isNull())
            fail(fromPath, CaseDocument::tr("is missing"));
        else if (from > m_reference)
            fail(fromPath,
                 CaseDocument::tr("%1 is after the date of assessment (%2)")
                     .arg(from.toString(Qt::ISODate), m_reference.toString(Qt::ISODate)));
        else if (!record.stageHistory.isEmpty() && from < record.stageHistory.constLast().from)
            fail(fromPath,
                 CaseDocument::tr("%1 is before the previous box's date (%2); the history is oldest first")
                     .arg(from.toString(Qt::ISODate), record.stageHistory.constLast().from.toString(Qt::ISODate)));
        if (!failed())
            record.stageHistory << StageEntry{*stage, from};
    });
    if (!failed() && !record.stageHistory.isEmpty() && record.stageHistory.constLast().stage != record.stage)
        fail(QStringLiteral("case.stageHistory"),
             CaseDocument::tr("its last box is %1, but the case is in %2")
                 .arg(stageCode(record.stageHistory.constLast().stage), stageCode(record.stage)));
}

void Reader::readMedicalDocuments(const QJsonObject &c, CaseRecord &record)
{
    eachObject(c, QStringLiteral("medicalDocuments"), [&](const QJsonObject &o, const QString &path) {
        MedicalDocument document;
        document.date = date(o, QStringLiteral("date"), path + u".date");
        document.issuer = string(o, QStringLiteral("issuer"), path + u".issuer");
        document.summary = string(o, QStringLiteral("summary"), path + u".summary");
        record.medicalDocuments << document;
    });
}

void Reader::readContacts(const QJsonObject &c, CaseRecord &record)
{
    eachObject(c, QStringLiteral("contacts"), [&](const QJsonObject &o, const QString &path) {
        Contact contact;
        contact.party = code<Party>(o, QStringLiteral("party"), path + u".party");
        contact.name = string(o, QStringLiteral("name"), path + u".name");
        contact.person = string(o, QStringLiteral("person"), path + u".person");
        contact.phone = string(o, QStringLiteral("phone"), path + u".phone");
        record.contacts << contact;
    });
}

void Reader::readForFk(const QJsonObject &c, CaseRecord &record)
{
    const QString path = QStringLiteral("case.forFk");
    const QJsonObject o = object(c, QStringLiteral("forFk"), path, false);
    record.forFk.illnessHistory = string(o, QStringLiteral("illnessHistory"), path + u".illnessHistory");
    record.forFk.triedMeasures = string(o, QStringLiteral("triedMeasures"), path + u".triedMeasures");
    record.forFk.otherInformation = string(o, QStringLiteral("otherInformation"), path + u".otherInformation");
}

void Reader::readMeetings(const QJsonObject &c, CaseRecord &record)
{
    const QString base = QStringLiteral("case.meetings");
    const QJsonArray meetings = list(c, QStringLiteral("meetings"), base);
    for (qsizetype i = 0; i < meetings.size() && !failed(); ++i) {
        const QString path = at(base, i);
        if (!meetings.at(i).isObject()) {
            fail(path, CaseDocument::tr("must be an object"));
            return;
        }
        const QJsonObject m = meetings.at(i).toObject();
        Meeting meeting;
        meeting.kind = code<MeetingKind>(m, QStringLiteral("kind"), path + u".kind", true)
                           .value_or(MeetingKind::Avstamningsmote);
        meeting.date = date(m, QStringLiteral("date"), path + u".date");
        meeting.invitationSentDate = date(m, QStringLiteral("invitationSentDate"), path + u".invitationSentDate");
        meeting.outcome = code<Advice>(m, QStringLiteral("outcome"), path + u".outcome");
        meeting.notes = string(m, QStringLiteral("notes"), path + u".notes");
        record.meetings << meeting;
    }
}

void Reader::readPlan(const QJsonObject &c, CaseRecord &record)
{
    const QString base = QStringLiteral("case.plan");
    const QJsonArray plan = list(c, QStringLiteral("plan"), base);
    for (qsizetype i = 0; i < plan.size() && !failed(); ++i) {
        const QString path = at(base, i);
        if (!plan.at(i).isObject()) {
            fail(path, CaseDocument::tr("must be an object"));
            return;
        }
        const QJsonObject p = plan.at(i).toObject();
        PlanMeasure measure;
        measure.measure = line(p, QStringLiteral("measure"), path + u".measure");
        measure.responsible = code<Party>(p, QStringLiteral("responsible"), path + u".responsible");
        measure.start = date(p, QStringLiteral("start"), path + u".start");
        measure.end = date(p, QStringLiteral("end"), path + u".end");
        measure.status = code<MeasureStatus>(p, QStringLiteral("status"), path + u".status")
                             .value_or(MeasureStatus::Planned);
        record.plan << measure;
    }
}

void Reader::readClosure(const QJsonObject &c, CaseRecord &record)
{
    const QString path = QStringLiteral("case.closure");
    const QJsonObject closure = object(c, QStringLiteral("closure"), path, false);
    record.closure.workCapacity = code<WorkCapacity>(closure, QStringLiteral("workCapacity"), path + u".workCapacity");
    record.closure.reductionDuration = code<ReductionDuration>(closure, QStringLiteral("reductionDuration"),
                                                               path + u".reductionDuration");
    record.closure.againstWholeLabourMarket = fact(closure, QStringLiteral("againstWholeLabourMarket"),
                                                   path + u".againstWholeLabourMarket");
    record.closure.closedDate = date(closure, QStringLiteral("closedDate"), path + u".closedDate");
    record.closure.continuedBy = line(closure, QStringLiteral("continuedBy"), path + u".continuedBy");
}

void Reader::readJournal(const QJsonObject &c, CaseRecord &record)
{
    const QString base = QStringLiteral("case.journal");
    const QJsonArray journal = list(c, QStringLiteral("journal"), base, inputLimits::MaxJournalEntries);
    for (qsizetype i = 0; i < journal.size() && !failed(); ++i) {
        const QString path = at(base, i);
        if (!journal.at(i).isObject()) {
            fail(path, CaseDocument::tr("must be an object"));
            return;
        }
        const QJsonObject j = journal.at(i).toObject();
        JournalEntry entry;
        entry.date = date(j, QStringLiteral("date"), path + u".date");
        entry.author = line(j, QStringLiteral("author"), path + u".author");
        entry.text = string(j, QStringLiteral("text"), path + u".text");
        const QJsonObject wrong = object(j, QStringLiteral("markedWrong"), path + u".markedWrong", false);
        entry.markedWrongDate = date(wrong, QStringLiteral("date"), path + u".markedWrong.date");
        entry.markedWrongReason = string(wrong, QStringLiteral("reason"), path + u".markedWrong.reason");
        // A mark without its date would be lost on the next write.
        if (!failed() && isRecorded(j.value(u"markedWrong")) && entry.markedWrongDate.isNull())
            fail(path + u".markedWrong.date", CaseDocument::tr("is missing"));
        record.journal << entry;
    }
}

void Reader::readComplements(const QJsonObject &c, CaseRecord &record)
{
    const QString base = QStringLiteral("case.complements");
    const QJsonArray complements = list(c, QStringLiteral("complements"), base);
    for (qsizetype i = 0; i < complements.size() && !failed(); ++i) {
        const QString path = at(base, i);
        if (!complements.at(i).isObject()) {
            fail(path, CaseDocument::tr("must be an object"));
            return;
        }
        const QJsonObject o = complements.at(i).toObject();
        Complement complement;
        complement.kind = code<ComplementKind>(o, QStringLiteral("kind"), path + u".kind", true)
                              .value_or(ComplementKind::Vardenhet);
        complement.date = date(o, QStringLiteral("date"), path + u".date");
        complement.notes = string(o, QStringLiteral("notes"), path + u".notes");
        record.complements << complement;
    }
}

CaseRecord Reader::readCase(const QJsonObject &c)
{
    CaseRecord record;
    record.id = string(c, QStringLiteral("id"), QStringLiteral("case.id")).trimmed();
    const QJsonValue revision = c.value(u"revision");
    if (isRecorded(revision)) {
        if (!revision.isDouble() || revision.toDouble() != double(revision.toInteger()) || revision.toInteger() < 1)
            fail(QStringLiteral("case.revision"), CaseDocument::tr("must be a whole number from 1"));
        else
            m_revision = int(revision.toInteger());
    }
    readPerson(c, record);

    record.district = string(c, QStringLiteral("district"), QStringLiteral("case.district"));
    // Only a missing or null district is "not recorded"; "" names no district.
    if (!failed() && isRecorded(c.value(u"district")) && !m_data.district(record.district))
        fail(QStringLiteral("case.district"),
             CaseDocument::tr("\"%1\" is not one of %2")
                 .arg(echo::cut(record.district), quoted(m_data.districtNames())));

    const QJsonValue worker = c.value(u"socialWorker");
    if (isRecorded(worker)) {
        const QJsonObject w = object(c, QStringLiteral("socialWorker"), QStringLiteral("case.socialWorker"), false);
        record.socialWorker = SocialWorker{line(w, QStringLiteral("name"), QStringLiteral("case.socialWorker.name")),
                                           line(w, QStringLiteral("phone"), QStringLiteral("case.socialWorker.phone")),
                                           line(w, QStringLiteral("email"), QStringLiteral("case.socialWorker.email"))};
    }

    const QString stageText = string(c, QStringLiteral("stage"), QStringLiteral("case.stage"), true);
    if (!failed()) {
        if (const auto stage = stageFromCode(stageText))
            record.stage = *stage;
        else
            fail(QStringLiteral("case.stage"),
                 CaseDocument::tr("\"%1\" is not one of %2").arg(echo::cut(stageText), quoted(stageCodes())));
    }

    readFacts(c, record);

    const QString consentPath = QStringLiteral("case.consent");
    const QJsonObject consent = object(c, QStringLiteral("consent"), consentPath, false);
    record.consent.given = fact(consent, QStringLiteral("given"), consentPath + u".given");
    record.consent.date = date(consent, QStringLiteral("date"), consentPath + u".date");
    record.consent.revokedDate = date(consent, QStringLiteral("revokedDate"), consentPath + u".revokedDate");

    const QString appPath = QStringLiteral("case.application");
    const QJsonObject application = object(c, QStringLiteral("application"), appPath, false);
    record.application.sentDate = date(application, QStringLiteral("sentDate"), appPath + u".sentDate");
    record.application.receivedByFkDate = date(application, QStringLiteral("receivedByFkDate"),
                                               appPath + u".receivedByFkDate");
    record.application.decision = code<Decision>(application, QStringLiteral("decision"), appPath + u".decision");
    record.application.decisionDate = date(application, QStringLiteral("decisionDate"), appPath + u".decisionDate");

    record.fkContactDate = date(c, QStringLiteral("fkContactDate"), QStringLiteral("case.fkContactDate"));
    readMeetings(c, record);
    readPlan(c, record);
    readClosure(c, record);
    readComplements(c, record);
    readJournal(c, record);
    readStageHistory(c, record);
    readMedicalDocuments(c, record);
    readContacts(c, record);
    readForFk(c, record);
    return record;
}

QJsonValue dateValue(const QDate &date)
{
    return date.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.toString(Qt::ISODate));
}

QJsonValue factValue(const Fact &fact)
{
    return fact ? QJsonValue(*fact) : QJsonValue(QJsonValue::Null);
}

template<typename E>
QJsonValue codeValue(const std::optional<E> &value)
{
    return value ? QJsonValue(code(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ReadResult::errorText() const
{
    return errorPath.isEmpty() ? errorMessage : errorPath + QStringLiteral(": ") + errorMessage;
}

ReadResult readObject(const QJsonObject &document, const QDate &reference, const RuleData &data)
{
    Reader reader(reference, data);
    const QJsonValue format = document.value(u"format");
    const QJsonValue version = document.value(u"version");
    if (format.toString() != u"samordna-case")
        reader.fail(QStringLiteral("format"), CaseDocument::tr("must be \"samordna-case\""));
    else if (!version.isDouble() || version.toDouble() != Version)
        reader.fail(QStringLiteral("version"),
                    CaseDocument::tr("must be %1; this program reads case documents of version %1").arg(Version));
    QJsonObject caseObject;
    if (!reader.failed())
        caseObject = reader.object(document, QStringLiteral("case"), QStringLiteral("case"), true);
    CaseRecord record;
    if (!reader.failed())
        record = reader.readCase(caseObject);
    if (reader.failed())
        return {std::nullopt, reader.errorPath(), reader.errorMessage(), std::nullopt};
    return {record, {}, {}, reader.m_revision};
}

ReadResult read(const QByteArray &json, const QDate &reference, const RuleData &data)
{
    if (json.size() > inputLimits::MaxDocumentBytes)
        return {std::nullopt, {}, inputLimits::tooLargeText(), std::nullopt};
    if (json.trimmed().isEmpty())
        return {std::nullopt, {}, CaseDocument::tr("the input is empty"), std::nullopt};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt,
                {},
                CaseDocument::tr("not valid JSON (at character %1: %2)").arg(error.offset).arg(error.errorString()),
                std::nullopt};
    if (!document.isObject())
        return {std::nullopt, {}, CaseDocument::tr("a case document must be a JSON object"), std::nullopt};
    return readObject(document.object(), reference, data);
}

QJsonObject toJsonObject(const CaseRecord &record, std::optional<int> revision)
{
    QJsonObject c;
    if (!record.id.isEmpty())
        c[u"id"] = record.id;
    c[u"person"] = QJsonObject{{u"personnummer"_s, record.person.personnummer}, {u"name"_s, record.person.name}};
    c[u"district"] = record.district.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.district);
    if (record.socialWorker)
        c[u"socialWorker"] = QJsonObject{{u"name"_s, record.socialWorker->name},
                                         {u"phone"_s, record.socialWorker->phone},
                                         {u"email"_s, record.socialWorker->email}};
    else
        c[u"socialWorker"] = QJsonValue(QJsonValue::Null);
    c[u"stage"] = stageCode(record.stage);
    const Facts &f = record.facts;
    c[u"facts"] = QJsonObject{{u"hasSgi"_s, factValue(f.hasSgi)},
                              {u"insuredInSweden"_s, factValue(f.insuredInSweden)},
                              {u"euAsIfInsured"_s, factValue(f.euAsIfInsured)},
                              {u"workCapacityReducedByIllness"_s, factValue(f.workCapacityReducedByIllness)},
                              {u"needsRehabilitation"_s, factValue(f.needsRehabilitation)},
                              {u"medicalDocumentation"_s, factValue(f.medicalDocumentation)},
                              {u"needsMapped"_s, factValue(f.needsMapped)},
                              {u"needsCoordination"_s, factValue(f.needsCoordination)}};
    c[u"consent"] = QJsonObject{{u"given"_s, factValue(record.consent.given)},
                                {u"date"_s, dateValue(record.consent.date)},
                                {u"revokedDate"_s, dateValue(record.consent.revokedDate)}};
    const Application &a = record.application;
    c[u"application"] = QJsonObject{{u"sentDate"_s, dateValue(a.sentDate)},
                                    {u"receivedByFkDate"_s, dateValue(a.receivedByFkDate)},
                                    {u"decision"_s, codeValue(a.decision)},
                                    {u"decisionDate"_s, dateValue(a.decisionDate)}};
    c[u"fkContactDate"] = dateValue(record.fkContactDate);

    QJsonArray meetings;
    for (const auto &m : record.meetings)
        meetings << QJsonObject{{u"kind"_s, code(m.kind)},
                                {u"date"_s, dateValue(m.date)},
                                {u"invitationSentDate"_s, dateValue(m.invitationSentDate)},
                                {u"outcome"_s, codeValue(m.outcome)},
                                {u"notes"_s, m.notes}};
    c[u"meetings"] = meetings;

    QJsonArray plan;
    for (const auto &p : record.plan)
        plan << QJsonObject{{u"measure"_s, p.measure},
                            {u"responsible"_s, codeValue(p.responsible)},
                            {u"start"_s, dateValue(p.start)},
                            {u"end"_s, dateValue(p.end)},
                            {u"status"_s, code(p.status)}};
    c[u"plan"] = plan;

    const Closure &cl = record.closure;
    c[u"closure"] = QJsonObject{
        {u"workCapacity"_s, codeValue(cl.workCapacity)},
        {u"reductionDuration"_s, codeValue(cl.reductionDuration)},
        {u"againstWholeLabourMarket"_s, factValue(cl.againstWholeLabourMarket)},
        {u"closedDate"_s, dateValue(cl.closedDate)},
        {u"continuedBy"_s, cl.continuedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cl.continuedBy)}};

    QJsonArray complements;
    for (const auto &co : record.complements)
        complements << QJsonObject{{u"kind"_s, code(co.kind)}, {u"date"_s, dateValue(co.date)}, {u"notes"_s, co.notes}};
    c[u"complements"] = complements;

    QJsonArray journal;
    for (const auto &j : record.journal) {
        QJsonObject entry{{u"date"_s, dateValue(j.date)}, {u"author"_s, j.author}, {u"text"_s, j.text}};
        if (j.isMarkedWrong())
            entry[u"markedWrong"] = QJsonObject{{u"date"_s, dateValue(j.markedWrongDate)},
                                                {u"reason"_s, j.markedWrongReason}};
        journal << entry;
    }
    c[u"journal"] = journal;

    QJsonArray history;
    for (const auto &h : record.stageHistory)
        history << QJsonObject{{u"stage"_s, stageCode(h.stage)}, {u"from"_s, dateValue(h.from)}};
    c[u"stageHistory"] = history;

    QJsonArray documents;
    for (const auto &d : record.medicalDocuments)
        documents << QJsonObject{{u"date"_s, dateValue(d.date)}, {u"issuer"_s, d.issuer}, {u"summary"_s, d.summary}};
    c[u"medicalDocuments"] = documents;

    QJsonArray contacts;
    for (const auto &k : record.contacts)
        contacts << QJsonObject{
            {u"party"_s, codeValue(k.party)}, {u"name"_s, k.name}, {u"person"_s, k.person}, {u"phone"_s, k.phone}};
    c[u"contacts"] = contacts;

    c[u"forFk"] = QJsonObject{{u"illnessHistory"_s, record.forFk.illnessHistory},
                              {u"triedMeasures"_s, record.forFk.triedMeasures},
                              {u"otherInformation"_s, record.forFk.otherInformation}};
    if (revision)
        c[u"revision"] = *revision;

    return QJsonObject{{u"format"_s, QStringLiteral("samordna-case")}, {u"version"_s, Version}, {u"case"_s, c}};
}

QByteArray write(const CaseRecord &record, std::optional<int> revision)
{
    return QJsonDocument(toJsonObject(record, revision)).toJson(QJsonDocument::Indented);
}

} // namespace samordna::caseDocument
