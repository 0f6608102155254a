// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "domain/Personnummer.h"
#include "rules/RuleData.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

// Common Swedish names; any combination is fictitious.
const std::array<QString, 24> &womensNames()
{
    static const std::array<QString, 24> names{
        u"Anna"_s,  u"Maria"_s,   u"Eva"_s,     u"Karin"_s, u"Sara"_s,  u"Emma"_s,   u"Lena"_s,  u"Kerstin"_s,
        u"Elin"_s,  u"Johanna"_s, u"Linnea"_s,  u"Ida"_s,   u"Amira"_s, u"Fatima"_s, u"Leila"_s, u"Hanna"_s,
        u"Malin"_s, u"Sofia"_s,   u"Jessica"_s, u"Nadia"_s, u"Petra"_s, u"Ulrika"_s, u"Agnes"_s, u"Selma"_s};
    return names;
}

const std::array<QString, 24> &mensNames()
{
    static const std::array<QString, 24> names{
        u"Erik"_s,    u"Lars"_s,     u"Karl"_s,   u"Anders"_s, u"Johan"_s, u"Per"_s,     u"Mikael"_s, u"Ahmed"_s,
        u"Omar"_s,    u"Mohammed"_s, u"Jonas"_s,  u"Daniel"_s, u"Oskar"_s, u"Emil"_s,    u"Ali"_s,    u"Stefan"_s,
        u"Mattias"_s, u"Hassan"_s,   u"Niklas"_s, u"Viktor"_s, u"Goran"_s, u"Fredrik"_s, u"Adam"_s,   u"Nils"_s};
    return names;
}

const std::array<QString, 32> &surnames()
{
    static const std::array<QString, 32> names{
        u"Andersson"_s, u"Johansson"_s, u"Karlsson"_s,  u"Nilsson"_s,    u"Eriksson"_s,   u"Larsson"_s,
        u"Olsson"_s,    u"Persson"_s,   u"Svensson"_s,  u"Gustafsson"_s, u"Pettersson"_s, u"Jonsson"_s,
        u"Jansson"_s,   u"Hansson"_s,   u"Bengtsson"_s, u"Lindberg"_s,   u"Jakobsson"_s,  u"Magnusson"_s,
        u"Lindström"_s, u"Lindqvist"_s, u"Lindgren"_s,  u"Berg"_s,       u"Axelsson"_s,   u"Mattsson"_s,
        u"Holm"_s,      u"Hussein"_s,   u"Ali"_s,       u"Mohammadi"_s,  u"Kovačević"_s,  u"Nowak"_s,
        u"Öberg"_s,     u"Åkesson"_s};
    return names;
}

const std::array<SocialWorker, 10> &socialWorkers()
{
    static const std::array<SocialWorker, 10> workers{
        SocialWorker{u"Sara Svensson"_s, u"040-34 10 01"_s, u"sara.svensson@example.org"_s},
        SocialWorker{u"Jonas Berg"_s, u"040-34 10 02"_s, u"jonas.berg@example.org"_s},
        SocialWorker{u"Leila Haddad"_s, u"040-34 10 03"_s, u"leila.haddad@example.org"_s},
        SocialWorker{u"Maria Lind"_s, u"040-34 10 04"_s, u"maria.lind@example.org"_s},
        SocialWorker{u"Oskar Ek"_s, u"040-34 10 05"_s, u"oskar.ek@example.org"_s},
        SocialWorker{u"Emma Holm"_s, u"040-34 10 06"_s, u"emma.holm@example.org"_s},
        SocialWorker{u"Ali Demir"_s, u"040-34 10 07"_s, u"ali.demir@example.org"_s},
        SocialWorker{u"Karin Sjöberg"_s, u"040-34 10 08"_s, u"karin.sjoberg@example.org"_s},
        SocialWorker{u"Per Nyström"_s, u"040-34 10 09"_s, u"per.nystrom@example.org"_s},
        SocialWorker{u"Hanna Wik"_s, u"040-34 10 10"_s, u"hanna.wik@example.org"_s}};
    return workers;
}

// Everyday notes a social worker writes between the steps of the process:
// no names, no numbers, no facts that the case's data would have to agree with.
const std::array<QString, 5> &everydayNotes()
{
    static const std::array<QString, 5> notes{
        u"Telefonsamtal med den enskilde. Mår sämre sedan förra veckan, ny tid bokad."_s,
        u"Den enskilde önskar mer tid. Ny uppföljning om en månad."_s,
        u"Social rehabilitering: daglig struktur och stöd i boendet diskuterat."_s,
        u"Månadsuppföljning, ekonomiskt bistånd beviljat enligt plan."_s,
        u"Information om särskilt bidrag för resor lämnad."_s};
    return notes;
}

QString adviceNote(Advice advice)
{
    const auto assessment = [advice]() -> QString {
        switch (advice) {
        case Advice::CriteriaMet:
            return u"kriterierna är uppfyllda"_s;
        case Advice::ComplementNeeded:
            return u"det medicinska underlaget behöver kompletteras"_s;
        case Advice::NotRelevant:
            return u"samordning inte är aktuell"_s;
        }
        return {};
    };
    return u"Ärendet lyft i konsultationsteamet. FK bedömer att %1."_s.arg(assessment());
}

QString complementNote(ComplementKind kind)
{
    switch (kind) {
    case ComplementKind::Vardenhet:
        return u"Kontakt med vårdenheten om kompletterande underlag."_s;
    case ComplementKind::RehabKoordinator:
        return u"Kontakt med rehab-koordinator på vårdcentralen om kompletterande underlag."_s;
    case ComplementKind::Sip:
        return u"SIP planerad tillsammans med vården."_s;
    case ComplementKind::LakarFragor:
        return u"Frågor till läkaren om arbetsförmågan skickade."_s;
    case ComplementKind::NyttUnderlag:
        return u"Nytt medicinskt underlag inkommet."_s;
    }
    return {};
}

struct MeasureTemplate
{
    QString measure;
    Party responsible;
};

const std::array<MeasureTemplate, 10> &measures()
{
    static const std::array<MeasureTemplate, 10> list{MeasureTemplate{u"Arbetsträning"_s, Party::AF},
                                                      MeasureTemplate{u"Arbetsprövning"_s, Party::AF},
                                                      MeasureTemplate{u"Fysioterapi"_s, Party::Region},
                                                      MeasureTemplate{u"Samtalsbehandling"_s, Party::Region},
                                                      MeasureTemplate{u"Social rehabilitering"_s, Party::IoF},
                                                      MeasureTemplate{u"Stöd i vardagen"_s, Party::IoF},
                                                      MeasureTemplate{u"Aktivitetsförmågeutredning"_s, Party::FK},
                                                      MeasureTemplate{u"Studier på deltid"_s, Party::Individ},
                                                      MeasureTemplate{u"Anpassad praktik"_s, Party::Arbetsgivare},
                                                      MeasureTemplate{u"Kartläggning av arbetsförmåga"_s, Party::AF}};
    return list;
}

const std::array<QString, 4> &meetingNotes()
{
    static const std::array<QString, 4> notes{u"Den enskilde deltog tillsammans med socialsekreterare."_s,
                                              u"FK, AF och IoF närvarande."_s, u"Vårdcentralen deltog via telefon."_s,
                                              QString()};
    return notes;
}

// Share of the cases in each box, in stage order, in percent.
constexpr std::array<int, 8> StageWeights{18, 8, 6, 14, 14, 20, 10, 10};

class CaseBuilder
{
public:
    CaseBuilder(QRandomGenerator &random, const QDate &today, const QStringList &districts)
        : m_random(random)
        , m_today(today)
        , m_districts(districts)
    {
    }

    CaseRecord build(Stage stage)
    {
        CaseRecord record;
        m_record = &record;
        record.stage = stage;
        record.district = pick(m_districts);
        makePerson();
        record.socialWorker = pick(socialWorkers());
        record.facts.hasSgi = false;

        switch (stage) {
        case Stage::Ruta1:
            buildRuta1();
            break;
        case Stage::Ruta2a:
            buildRuta2a();
            break;
        case Stage::Ruta2b:
            buildRuta2b();
            break;
        case Stage::Ruta3:
            buildApproved(m_today.addDays(-range(0, 35)), false);
            break;
        case Stage::Ruta4:
            buildApproved(m_today.addDays(-range(90, 130)), true);
            break;
        case Stage::Ruta5:
            buildApproved(m_today.addDays(-range(120, 420)), true);
            break;
        case Stage::Ruta6a:
        case Stage::Ruta6b:
            buildApproved(m_today.addDays(-range(200, 900)), true);
            break;
        }
        addHistory(); // before the journal, which tells the meetings it adds
        addJournal();
        m_record = nullptr;
        return record;
    }

private:
    int range(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    // Any one of `list`'s items, each as likely.
    template<typename List>
    const typename List::value_type &pick(const List &list)
    {
        return *std::next(std::begin(list), range(0, int(std::size(list)) - 1));
    }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }
    QDate notAfterToday(const QDate &date) const { return qMin(date, m_today); }

    // A note is registered on the day it tells of, in office hours, not
    // when the demo was made. The hour comes from the note itself rather
    // than the random sequence, so the demo's cases stay as they were.
    QDateTime registrationTime(const JournalEntry &entry) const
    {
        const size_t spread = qHash(entry.text) ^ size_t(entry.date.toJulianDay());
        const QTime time(8 + int(spread % 8), int((spread / 8) % 60));
        const QDateTime registered = QDateTime(entry.date, time, m_zone).toUTC();
        return registered > m_now ? m_now : registered;
    }

    void makePerson()
    {
        const int age = range(19, 64);
        // Back from the birthday this year, so the age is exactly `age`.
        const QDate birth = m_today.addYears(-age).addDays(-range(1, 360));
        const bool samordningsnummer = chance(3);
        const int birthNumber = range(1, 999);
        const bool male = birthNumber % 2 == 1;
        QString nine = QString::number(birth.year() % 100).rightJustified(2, u'0')
            + QString::number(birth.month()).rightJustified(2, u'0')
            + QString::number(birth.day() + (samordningsnummer ? 60 : 0)).rightJustified(2, u'0')
            + QString::number(birthNumber).rightJustified(3, u'0');
        const int check = luhnCheckDigit(nine);
        m_record->person.personnummer = QString::number(birth.year() / 100) + nine.left(6) + u'-' + nine.right(3)
            + QString::number(check);
        const auto &first = male ? mensNames() : womensNames();
        m_record->person.name = pick(first) + u' ' + pick(surnames());
        m_start = {};
    }

    void setEligibleFacts()
    {
        Facts &facts = m_record->facts;
        facts.insuredInSweden = true;
        facts.euAsIfInsured = false;
        facts.workCapacityReducedByIllness = true;
        facts.needsRehabilitation = true;
        facts.needsCoordination = true;
        facts.medicalDocumentation = true;
        facts.needsMapped = true;
    }

    Meeting konsultationsteam(const QDate &date, std::optional<Advice> advice)
    {
        Meeting meeting;
        meeting.kind = MeetingKind::Konsultationsteam;
        meeting.date = date;
        meeting.outcome = date <= m_today ? advice : std::nullopt;
        return meeting;
    }

    // Box 1: mapping under way, some steps missing, perhaps a konsultationsteam ahead.
    void buildRuta1()
    {
        m_start = m_today.addDays(-range(0, 90));
        Facts &facts = m_record->facts;
        facts.insuredInSweden = chance(85) ? Fact(true) : Fact();
        facts.workCapacityReducedByIllness = chance(60) ? Fact(true) : Fact();
        facts.needsRehabilitation = chance(55) ? Fact(true) : Fact();
        facts.needsCoordination = chance(70) ? Fact(true) : Fact();
        facts.medicalDocumentation = chance(50) ? Fact(true) : Fact();
        facts.needsMapped = chance(60) ? Fact(true) : Fact();
        if (chance(60)) {
            m_record->consent.given = true;
            m_record->consent.date = notAfterToday(m_start.addDays(range(0, 20)));
        }
        if (chance(10))
            m_record->socialWorker = SocialWorker{m_record->socialWorker->name, {}, {}};
        if (chance(50)) {
            const QDate date = m_start.addDays(range(14, 60));
            m_record->meetings << konsultationsteam(date, Advice::CriteriaMet);
            // FK found the criteria met on what it was shown, so the case
            // records them as met.
            if (date <= m_today) {
                facts.insuredInSweden = true;
                facts.workCapacityReducedByIllness = true;
                facts.needsRehabilitation = true;
                facts.medicalDocumentation = true;
            }
        }
    }

    // Box 2a: the konsultationsteam asked for better medical documentation.
    void buildRuta2a()
    {
        m_start = m_today.addDays(-range(30, 150));
        Facts &facts = m_record->facts;
        facts.insuredInSweden = true;
        facts.workCapacityReducedByIllness = Fact();
        facts.needsRehabilitation = chance(50) ? Fact(true) : Fact();
        facts.needsCoordination = true;
        facts.medicalDocumentation = false;
        facts.needsMapped = true;
        m_record->consent.given = true;
        m_record->consent.date = m_start.addDays(range(1, 10));
        const QDate advised = m_start.addDays(range(14, 28));
        m_record->meetings << konsultationsteam(advised, Advice::ComplementNeeded);
        const std::array<ComplementKind, 4> kinds{ComplementKind::RehabKoordinator, ComplementKind::Vardenhet,
                                                  ComplementKind::LakarFragor, ComplementKind::Sip};
        QDate date = advised;
        const int count = range(1, 3);
        for (int i = 0; i < count; ++i) {
            date = notAfterToday(date.addDays(range(3, 20)));
            Complement complement;
            complement.kind = kinds.at(size_t(i));
            complement.date = date;
            complement.notes = i == 0 ? u"Frågor om arbetsförmåga skickade."_s : QString();
            m_record->complements << complement;
        }
        if (chance(40)) {
            Meeting sip;
            sip.kind = MeetingKind::Sip;
            sip.date = notAfterToday(date.addDays(range(5, 20)));
            m_record->meetings << sip;
        }
    }

    // Box 2b: FK saw no need, in the konsultationsteam or by a rejection.
    void buildRuta2b()
    {
        m_start = m_today.addDays(-range(60, 400));
        Facts &facts = m_record->facts;
        facts.insuredInSweden = true;
        facts.medicalDocumentation = true;
        facts.needsMapped = true;
        m_record->consent.given = true;
        m_record->consent.date = m_start.addDays(range(1, 10));
        const QDate advised = m_start.addDays(range(14, 35));
        if (chance(50)) {
            facts.workCapacityReducedByIllness = chance(50) ? Fact(false) : Fact(true);
            facts.needsRehabilitation = facts.workCapacityReducedByIllness.value() ? Fact(false) : Fact();
            m_record->meetings << konsultationsteam(advised, Advice::NotRelevant);
        } else {
            facts.workCapacityReducedByIllness = true;
            facts.needsRehabilitation = true;
            facts.needsCoordination = true;
            m_record->meetings << konsultationsteam(advised, Advice::CriteriaMet);
            Application &application = m_record->application;
            application.sentDate = advised.addDays(range(1, 7));
            application.receivedByFkDate = application.sentDate.addDays(range(1, 4));
            application.decision = Decision::Rejected;
            application.decisionDate = application.receivedByFkDate.addDays(range(10, 30));
        }
    }

    // Boxes 3–6b: granted on `decision`; from box 4 on an avstämningsmöte has
    // been held, from box 5 the plan is carried out, in 6a/6b it is closed.
    void buildApproved(const QDate &decision, bool meetingHeld)
    {
        setEligibleFacts();
        Application &application = m_record->application;
        application.decision = Decision::Granted;
        application.decisionDate = decision;
        application.receivedByFkDate = decision.addDays(-range(5, 20));
        application.sentDate = application.receivedByFkDate.addDays(-range(1, 4));
        const QDate advised = application.sentDate.addDays(-range(1, 10));
        m_record->meetings << konsultationsteam(advised, Advice::CriteriaMet);
        m_record->consent.given = true;
        m_record->consent.date = advised.addDays(-range(0, 14));
        m_start = m_record->consent.date.addDays(-range(5, 25));

        const Stage stage = m_record->stage;
        if (stage == Stage::Ruta3) {
            if (chance(25))
                m_record->socialWorker.reset(); // left or not known: FK writes to the district
            const int contact = range(0, 99);
            if (contact < 55)
                m_record->fkContactDate = notAfterToday(decision.addDays(range(1, 6)));
            else if (contact < 65 && decision.addDays(9) <= m_today)
                m_record->fkContactDate = decision.addDays(range(8, 9)); // late
            // else none recorded: pending within the week, overdue after it
        } else {
            m_record->fkContactDate = decision.addDays(range(1, 8));
        }
        const QDate contacted = m_record->fkContactDate.isNull() ? decision : m_record->fkContactDate;

        if (chance(50)) {
            Meeting first;
            first.kind = MeetingKind::ForstaDigitalaMotet;
            first.date = contacted.addDays(range(3, 12));
            if (first.date <= m_today || meetingHeld)
                m_record->meetings << first;
        }

        if (!meetingHeld) {
            // Invited, but the avstämningsmöte lies ahead.
            if (chance(50)) {
                Meeting meeting;
                meeting.kind = MeetingKind::Avstamningsmote;
                meeting.invitationSentDate = notAfterToday(contacted.addDays(range(1, 5)));
                meeting.date = qMax(meeting.invitationSentDate.addDays(range(10, 24)), m_today.addDays(range(1, 21)));
                m_record->meetings << meeting;
            }
            return;
        }

        Meeting first;
        first.kind = MeetingKind::Avstamningsmote;
        first.invitationSentDate = contacted.addDays(range(1, 10));
        // Mostly two weeks' notice or more; a few short invitations.
        first.date = first.invitationSentDate.addDays(chance(85) ? range(14, 30) : range(7, 13));
        first.notes = pick(meetingNotes());
        if (stage == Stage::Ruta4)
            first.date = qMin(first.date, m_today);
        m_record->meetings << first;

        if (chance(35)) {
            Meeting mapping;
            mapping.kind = MeetingKind::GemensamKartlaggning;
            mapping.date = first.date.addDays(range(7, 20));
            m_record->meetings << mapping;
        }

        addPlan(first.date, stage);

        if (stage == Stage::Ruta4)
            return;

        // Follow-up meetings while the plan runs; the last may lie ahead.
        const QDate end = stage == Stage::Ruta5 ? m_today.addDays(30) : m_today.addDays(-range(0, 150));
        QDate date = first.date;
        QDate lastHeld = first.date;
        const int followUps = range(0, 2);
        for (int i = 0; i < followUps; ++i) {
            Meeting meeting;
            meeting.kind = MeetingKind::Avstamningsmote;
            meeting.invitationSentDate = date.addDays(range(45, 100));
            meeting.date = meeting.invitationSentDate.addDays(range(14, 28));
            if (meeting.date > end)
                break;
            if (meeting.date <= m_today)
                lastHeld = meeting.date;
            date = meeting.date;
            m_record->meetings << meeting;
        }

        if (stage == Stage::Ruta5)
            return;

        Closure &closure = m_record->closure;
        closure.continuedBy = u"IoF"_s;
        const QDate closed = notAfterToday(lastHeld.addDays(range(0, 14)));
        if (stage == Stage::Ruta6a) {
            closure.workCapacity = chance(40) ? WorkCapacity::Full : WorkCapacity::Partial;
            closure.closedDate = closed;
            return;
        }
        closure.workCapacity = WorkCapacity::None;
        const int kind = range(0, 99);
        if (kind < 15) {
            // A temporary deterioration: FK keeps the case open.
            closure.reductionDuration = ReductionDuration::Temporary;
            closure.continuedBy.clear();
            return;
        }
        closure.reductionDuration = kind < 55 ? ReductionDuration::AtLeastOneYear
                                              : ReductionDuration::ForeseeableFuture;
        closure.againstWholeLabourMarket = kind < 90 ? Fact(true) : Fact();
        closure.closedDate = closed;
    }

    void addPlan(const QDate &from, Stage stage)
    {
        const int count = stage == Stage::Ruta4 ? range(1, 4) : range(3, 6);
        QDate start = from.addDays(range(7, 21));
        // Each measure once: the plan and the journal name them apart.
        QList<bool> used(qsizetype(measures().size()), false);
        for (int i = 0; i < count; ++i) {
            size_t index = size_t(range(0, int(measures().size()) - 1));
            while (used.at(qsizetype(index)))
                index = (index + 1) % measures().size();
            used[qsizetype(index)] = true;
            const MeasureTemplate &chosen = measures().at(index);
            PlanMeasure measure;
            measure.measure = chosen.measure;
            // In box 4 the plan is still being written: a party not yet chosen.
            if (stage != Stage::Ruta4 || chance(60))
                measure.responsible = chosen.responsible;
            measure.start = start;
            if (stage == Stage::Ruta4) {
                measure.status = MeasureStatus::Planned;
            } else if (isEndStage(stage)) {
                measure.end = start.addDays(range(30, 120));
                measure.status = chance(85) ? MeasureStatus::Done : MeasureStatus::Cancelled;
            } else {
                const int length = range(30, 120);
                measure.end = chance(70) ? start.addDays(length) : QDate();
                if (!measure.end.isNull() && measure.end < m_today)
                    measure.status = chance(85) ? MeasureStatus::Done : MeasureStatus::Cancelled;
                else
                    measure.status = start <= m_today ? MeasureStatus::Ongoing : MeasureStatus::Planned;
            }
            m_record->plan << measure;
            start = start.addDays(range(0, 60));
        }
    }

    // The boxes the case has been in, told by its own dates: box 1 from the
    // start, 2a at the konsultationsteam's "complement needed", 2b at "not
    // relevant" or the rejection, 3 when FK received the application, 4 at
    // the first avstämningsmöte, 5 when the plan began, back to 4 and on to
    // 5 around each later avstämningsmöte, 6a/6b when FK closed. Its own
    // generator (seeded by the case) keeps the other cases as they were.
    void addHistory()
    {
        CaseRecord &r = *m_record;
        QRandomGenerator local(quint32(qHash(r.person.personnummer)));
        const auto days = [&local](int low, int high) { return low + int(local.bounded(quint32(high - low + 1))); };
        QList<StageEntry> history;
        const auto enter = [&](Stage stage, QDate date) {
            if (!date.isValid())
                return;
            date = qMin(date, m_today);
            if (!history.isEmpty()) {
                if (history.constLast().stage == stage)
                    return;
                date = qMax(date, history.constLast().from); // never earlier than the box before
            }
            history << StageEntry{stage, date};
        };
        const auto advised = [&r](Advice advice) {
            for (const Meeting &meeting : r.meetings) {
                if (meeting.kind == MeetingKind::Konsultationsteam && meeting.outcome == advice)
                    return meeting.date;
            }
            return QDate();
        };
        QList<QDate> held; // avstämningsmöten held, in order
        for (const Meeting &meeting : r.meetings) {
            if (meeting.kind == MeetingKind::Avstamningsmote && meeting.date.isValid() && meeting.date <= m_today)
                held << meeting.date;
        }

        // Box 1 from before anything the case records.
        QDate start = m_start.isValid() ? qMin(m_start, m_today) : m_today;
        for (const QDate &date : {r.consent.date, r.application.sentDate}) {
            if (date.isValid() && date < start)
                start = date;
        }
        for (const Meeting &meeting : r.meetings) {
            if (meeting.date.isValid() && meeting.date < start)
                start = meeting.date;
        }
        if (!r.journal.isEmpty() && r.journal.constFirst().date.isValid() && r.journal.constFirst().date < start)
            start = r.journal.constFirst().date;
        enter(Stage::Ruta1, start);
        switch (r.stage) {
        case Stage::Ruta1:
            break;
        case Stage::Ruta2a:
            enter(Stage::Ruta2a, advised(Advice::ComplementNeeded));
            break;
        case Stage::Ruta2b:
            if (advised(Advice::NotRelevant).isValid()) {
                enter(Stage::Ruta2b, advised(Advice::NotRelevant));
            } else { // FK had the application and rejected it
                enter(Stage::Ruta3, r.application.receivedByFkDate);
                enter(Stage::Ruta2b, r.application.decisionDate);
            }
            break;
        default: {
            const QDate received = r.application.receivedByFkDate;
            // Some went by way of 2a first: the konsultationsteam asked for
            // better medical documentation, and the case came back to box 1.
            if (received.isValid() && start.daysTo(received) > 30 && local.bounded(100u) < 15) {
                const QDate complement = start.addDays(days(3, 8));
                r.meetings.prepend(konsultationsteam(complement, Advice::ComplementNeeded));
                enter(Stage::Ruta2a, complement);
                enter(Stage::Ruta1, complement.addDays(days(7, 14)));
            }
            enter(Stage::Ruta3, received);
            if (r.stage == Stage::Ruta3 || held.isEmpty())
                break;
            enter(Stage::Ruta4, held.constFirst());
            if (r.stage == Stage::Ruta4)
                break;
            const QDate planStart = r.plan.isEmpty() ? held.constFirst().addDays(14) : r.plan.constFirst().start;
            enter(Stage::Ruta5, planStart);
            for (qsizetype i = 1; i < held.size(); ++i) {
                enter(Stage::Ruta4, held.at(i));
                enter(Stage::Ruta5, held.at(i).addDays(days(3, 14)));
            }
            if (isEndStage(r.stage)) {
                const QDate closed = r.closure.closedDate.isValid() ? r.closure.closedDate
                                                                    : held.constLast().addDays(days(0, 14));
                enter(r.stage, closed);
            }
            break;
        }
        }
        // The history ends in the case's box, whatever its dates said.
        enter(r.stage, m_today);
        r.stageHistory = history;
    }

    // The journal tells the case's own history: a note for each thing its
    // data says has happened, on that day, and a few everyday notes between,
    // all in date order and none after today.
    void addJournal()
    {
        CaseRecord &r = *m_record;
        QList<JournalEntry> notes;
        const auto note = [&](const QDate &date, const QString &text) {
            if (date.isValid() && date <= m_today)
                notes.append(JournalEntry{date, {}, text, {}, {}});
        };
        const QDate start = m_start.isValid() ? qMin(m_start, m_today) : m_today;
        note(start,
             r.facts.needsMapped == true
                 ? u"Besök. Kartläggning av behov av stöd och motivation till arbetslivsinriktad rehabilitering."_s
                 : u"Besök. Kartläggning av behov av stöd påbörjad."_s);
        if (r.consent.given == true)
            note(r.consent.date, u"Skriftligt samtycke inhämtat för samverkan med FK."_s);
        int sipCount = 0;
        for (const Meeting &meeting : std::as_const(r.meetings)) {
            switch (meeting.kind) {
            case MeetingKind::Konsultationsteam:
                if (meeting.outcome)
                    note(meeting.date, adviceNote(*meeting.outcome));
                break;
            case MeetingKind::Sip:
                note(meeting.date, sipCount++ == 0 ? u"SIP-möte hållet med vården."_s : u"Nytt SIP-möte hållet."_s);
                break;
            case MeetingKind::ForstaDigitalaMotet:
                note(meeting.date, u"Första digitala mötet med FK och AF hållet."_s);
                break;
            case MeetingKind::GemensamKartlaggning:
                note(meeting.date, u"Gemensam kartläggning med FK och AF."_s);
                break;
            case MeetingKind::Avstamningsmote:
                note(meeting.invitationSentDate,
                     u"Kallelse från FK till avstämningsmöte %1."_s.arg(meeting.date.toString(Qt::ISODate)));
                note(meeting.date,
                     u"Avstämningsmöte %1 hållet. FK för protokoll; rehabiliteringsplanen gås igenom."_s.arg(
                         meeting.date.toString(Qt::ISODate)));
                break;
            }
        }
        for (const Complement &complement : std::as_const(r.complements))
            note(complement.date, complementNote(complement.kind));
        const Application &application = r.application;
        note(application.sentDate, u"Ansökan på blankett 7434 skickad till FK."_s);
        note(application.receivedByFkDate, u"FK har tagit emot ansökan."_s);
        if (application.isGranted())
            note(application.decisionDate, u"FK har beslutat att samordna rehabiliteringen."_s);
        if (application.isRejected())
            note(application.decisionDate,
                 u"Avslagsbeslut från FK inkommet. Fortsatt arbete med den enskilde utan FK."_s);
        note(r.fkContactDate, u"FK har tagit kontakt med socialsekreteraren."_s);
        for (const PlanMeasure &measure : std::as_const(r.plan)) {
            if (measure.status != MeasureStatus::Planned)
                note(measure.start, u"Insatsen ”%1” har börjat."_s.arg(measure.measure));
            if (measure.status == MeasureStatus::Done)
                note(measure.end, u"Insatsen ”%1” är avslutad."_s.arg(measure.measure));
            if (measure.status == MeasureStatus::Cancelled)
                note(measure.end, u"Insatsen ”%1” avbröts."_s.arg(measure.measure));
        }
        if (r.closure.closedDate.isValid())
            note(r.closure.closedDate,
                 u"FK avslutar samordningen. Fortsatt planering drivs av %1."_s.arg(
                     r.closure.continuedBy.isEmpty() ? u"IoF"_s : r.closure.continuedBy));

        // Everyday notes between the steps, each one once.
        const int span = int(qMax<qint64>(start.daysTo(m_today), 0));
        const int everyday = range(1, int(everydayNotes().size()));
        for (int i = 0; i < everyday; ++i)
            note(start.addDays(range(0, span)), everydayNotes().at(size_t(i)));

        std::stable_sort(notes.begin(), notes.end(),
                         [](const JournalEntry &a, const JournalEntry &b) { return a.date < b.date; });
        const QString author = r.socialWorker ? r.socialWorker->name : socialWorkers().front().name;
        for (JournalEntry &entry : notes) {
            entry.author = author;
            entry.registeredAt = registrationTime(entry);
            // Now and then a note written in the wrong case, marked so.
            if (chance(1)) {
                entry.markedWrongDate = notAfterToday(entry.date.addDays(range(0, 3)));
                entry.markedWrongReason = u"Anteckningen gällde fel ärende."_s;
            }
        }
        r.journal = notes;
    }

    QRandomGenerator &m_random;
    QDate m_today;
    // Looked up once: a local time made afresh for each of a big demo's
    // million notes asks the C library to read the time zone each time.
    const QTimeZone m_zone = QTimeZone::systemTimeZone();
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    QStringList m_districts;
    CaseRecord *m_record = nullptr;
    QDate m_start;
};

Stage pickStage(QRandomGenerator &random)
{
    int roll = int(random.bounded(100u));
    for (size_t i = 0; i < StageWeights.size(); ++i) {
        roll -= StageWeights.at(i);
        if (roll < 0)
            return allStages().at(qsizetype(i));
    }
    return Stage::Ruta1;
}

} // namespace

QList<CaseRecord> DemoGenerator::generate(int count, const QDate &today, quint32 seed)
{
    QList<CaseRecord> cases;
    if (count <= 0 || !today.isValid())
        return cases;
    cases.reserve(count);
    QRandomGenerator random(seed);
    CaseBuilder builder(random, today, RuleData::standard().districtNames());
    for (int i = 0; i < count; ++i) {
        // The first eight cover every box, so even a small demo shows them all.
        const Stage stage = i < allStages().size() ? allStages().at(i) : pickStage(random);
        cases << builder.build(stage);
    }
    return cases;
}

} // namespace samordna
