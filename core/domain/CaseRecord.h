// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace samordna {

// A fact that may not be known yet: true, false, or not recorded.
using Fact = std::optional<bool>;

// Dates use QDate's null value for "not recorded".

struct Person
{
    QString personnummer; // as written; validated when the case is read
    QString name;
    friend bool operator==(const Person &, const Person &) = default;
};

struct SocialWorker
{
    QString name;
    QString phone;
    QString email;
    bool hasContactDetails() const { return !phone.trimmed().isEmpty() || !email.trimmed().isEmpty(); }
    // A social worker without a name is not known to anyone who must reach them.
    bool isKnown() const { return !name.trimmed().isEmpty(); }
    friend bool operator==(const SocialWorker &, const SocialWorker &) = default;
};

struct Facts
{
    Fact hasSgi;
    Fact insuredInSweden;
    Fact euAsIfInsured;
    Fact workCapacityReducedByIllness;
    Fact needsRehabilitation;
    Fact medicalDocumentation;
    Fact needsMapped;
    // Whether the rehabilitation measures need coordinating, typically of
    // several parties: what decides, with the reduced work capacity (003, ruta 1).
    Fact needsCoordination;
    friend bool operator==(const Facts &, const Facts &) = default;
};

struct Consent
{
    Fact given;
    QDate date;
    QDate revokedDate;
    // Valid on `day` when given, not dated after it (not given yet) and not
    // revoked on or before it.
    bool isValidOn(const QDate &day) const
    {
        return given.value_or(false) && (date.isNull() || date <= day) && (revokedDate.isNull() || revokedDate > day);
    }
    friend bool operator==(const Consent &, const Consent &) = default;
};

enum class Decision { Pending, Granted, Rejected };

struct Application
{
    QDate sentDate;
    QDate receivedByFkDate;
    std::optional<Decision> decision;
    QDate decisionDate;
    bool isGranted() const { return decision == Decision::Granted; }
    bool isRejected() const { return decision == Decision::Rejected; }
    // The decision as it stands on `day`: one dated after it is still pending.
    std::optional<Decision> decisionOn(const QDate &day) const
    {
        if (decision && *decision != Decision::Pending && !decisionDate.isNull() && decisionDate > day)
            return Decision::Pending;
        return decision;
    }
    bool isGrantedOn(const QDate &day) const { return decisionOn(day) == Decision::Granted; }
    bool isRejectedOn(const QDate &day) const { return decisionOn(day) == Decision::Rejected; }
    // FK has the application on `day`: received by then, or decided.
    bool isReceivedOn(const QDate &day) const
    {
        return (!receivedByFkDate.isNull() && receivedByFkDate <= day) || isGrantedOn(day) || isRejectedOn(day);
    }
    friend bool operator==(const Application &, const Application &) = default;
};

enum class MeetingKind { Konsultationsteam, Avstamningsmote, GemensamKartlaggning, ForstaDigitalaMotet, Sip };
enum class Advice { CriteriaMet, ComplementNeeded, NotRelevant };

struct Meeting
{
    MeetingKind kind = MeetingKind::Avstamningsmote;
    QDate date;
    QDate invitationSentDate;
    std::optional<Advice> outcome; // the konsultationsteam's advice
    QString notes;
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

enum class Party { FK, AF, IoF, Region, Arbetsgivare, Individ, Annan };
enum class MeasureStatus { Planned, Ongoing, Done, Cancelled };

struct PlanMeasure
{
    QString measure;
    std::optional<Party> responsible;
    QDate start;
    QDate end;
    MeasureStatus status = MeasureStatus::Planned;
    friend bool operator==(const PlanMeasure &, const PlanMeasure &) = default;
};

enum class WorkCapacity { Full, Partial, None };
enum class ReductionDuration { Temporary, AtLeastOneYear, ForeseeableFuture };

struct Closure
{
    std::optional<WorkCapacity> workCapacity;
    std::optional<ReductionDuration> reductionDuration;
    Fact againstWholeLabourMarket;
    QDate closedDate;
    QString continuedBy;
    friend bool operator==(const Closure &, const Closure &) = default;
};

// Box 2a's work on the medical documentation: contact with the healthcare
// unit or its rehab-koordinator, a SIP, questions to the doctor.
enum class ComplementKind { Vardenhet, RehabKoordinator, Sip, LakarFragor, NyttUnderlag };

struct Complement
{
    ComplementKind kind = ComplementKind::Vardenhet;
    QDate date;
    QString notes;
    friend bool operator==(const Complement &, const Complement &) = default;
};

// A journal note is never edited or removed once saved: a wrong note is
// marked as wrong (felmarkerad) with a reason and stays visible.
struct JournalEntry
{
    QDate date; // the day the note tells of
    QString author;
    QString text;
    QDate markedWrongDate;
    QString markedWrongReason;
    // Kept by the store beside the case document, which has no keys for
    // them (JournalStamps): when the note was written into the store (UTC),
    // and who marked it wrong, when. A note written before registration
    // times were kept has its day only.
    QDateTime registeredAt = {};
    bool registeredDayOnly = false;
    QString markedWrongBy = {};
    QDateTime markedWrongAt = {};
    bool isMarkedWrong() const { return !markedWrongDate.isNull(); }
    // The same note, as the case document knows it: the store's stamps are
    // not the note's content, and a record without them (from a document)
    // is the same case.
    friend bool operator==(const JournalEntry &a, const JournalEntry &b)
    {
        return a.date == b.date && a.author == b.author && a.text == b.text && a.markedWrongDate == b.markedWrongDate
            && a.markedWrongReason == b.markedWrongReason;
    }
    bool sameStamps(const JournalEntry &other) const
    {
        return registeredAt == other.registeredAt && registeredDayOnly == other.registeredDayOnly
            && markedWrongBy == other.markedWrongBy && markedWrongAt == other.markedWrongAt;
    }
};

// A box the case has been in and the day it entered it.
struct StageEntry
{
    Stage stage = Stage::Ruta1;
    QDate from;
    friend bool operator==(const StageEntry &, const StageEntry &) = default;
};

// Medical documentation received by the social services.
struct MedicalDocument
{
    QDate date;
    QString issuer;
    QString summary;
    friend bool operator==(const MedicalDocument &, const MedicalDocument &) = default;
};

// The client's contact with another authority or with care, for blankett 7434.
struct Contact
{
    std::optional<Party> party;
    QString name;
    QString person;
    QString phone;
    friend bool operator==(const Contact &, const Contact &) = default;
};

// What the social worker, with consent, tells FK beyond the medical
// documentation (003, ruta 3). Only this goes into the summary to FK.
struct ForFk
{
    QString illnessHistory;
    QString triedMeasures;
    QString otherInformation;
    bool isEmpty() const
    {
        return illnessHistory.trimmed().isEmpty() && triedMeasures.trimmed().isEmpty()
            && otherInformation.trimmed().isEmpty();
    }
    friend bool operator==(const ForFk &, const ForFk &) = default;
};

struct CaseRecord
{
    QString id;
    Person person;
    QString district;
    std::optional<SocialWorker> socialWorker; // nullopt: not known
    Stage stage = Stage::Ruta1;
    Facts facts;
    Consent consent;
    Application application;
    QDate fkContactDate;
    QList<Meeting> meetings;
    QList<PlanMeasure> plan;
    Closure closure;
    QList<Complement> complements;
    QList<JournalEntry> journal;
    QList<StageEntry> stageHistory; // oldest first; empty: not recorded
    QList<MedicalDocument> medicalDocuments;
    QList<Contact> contacts;
    ForFk forFk;
    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace samordna
