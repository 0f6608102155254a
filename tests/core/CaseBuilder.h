// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QMetaType>

using namespace Qt::StringLiterals;

// Builds the cases the rule tests judge. It starts from a case in box 1 that
// meets every criterion and lacks nothing before the application, so each
// test row states only what makes it different.
class CaseBuilder
{
public:
    explicit CaseBuilder(samordna::Stage stage = samordna::Stage::Ruta1)
    {
        using namespace samordna;
        m_record.id = u"T-1"_s;
        m_record.person = {u"19900315-2387"_s, u"Test Person"_s};
        m_record.district = u"Norr"_s;
        m_record.socialWorker = SocialWorker{u"Sara Svensson"_s, u"040-123456"_s, u"sara@example.org"_s};
        m_record.stage = stage;
        m_record.facts = {false, true, false, true, true, true, true, true};
        m_record.consent = {true, QDate(2026, 10, 1), {}};
    }

    CaseBuilder &stage(samordna::Stage stage)
    {
        m_record.stage = stage;
        return *this;
    }
    CaseBuilder &personnummer(const QString &text)
    {
        m_record.person.personnummer = text;
        return *this;
    }
    CaseBuilder &district(const QString &name)
    {
        m_record.district = name;
        return *this;
    }
    CaseBuilder &fact(samordna::Fact samordna::Facts::*member, samordna::Fact value)
    {
        m_record.facts.*member = value;
        return *this;
    }
    CaseBuilder &consent(samordna::Fact given, const QDate &revoked = {})
    {
        m_record.consent.given = given;
        m_record.consent.revokedDate = revoked;
        return *this;
    }
    CaseBuilder &noSocialWorker()
    {
        m_record.socialWorker.reset();
        return *this;
    }
    CaseBuilder &socialWorker(const QString &phone, const QString &email)
    {
        m_record.socialWorker = samordna::SocialWorker{u"Sara Svensson"_s, phone, email};
        return *this;
    }
    CaseBuilder &decision(samordna::Decision decision, const QDate &date = {})
    {
        m_record.application.sentDate = QDate(2026, 10, 10);
        m_record.application.decision = decision;
        m_record.application.decisionDate = date;
        return *this;
    }
    CaseBuilder &fkContact(const QDate &date)
    {
        m_record.fkContactDate = date;
        return *this;
    }
    CaseBuilder &meeting(samordna::MeetingKind kind, const QDate &date, const QDate &invitation = {})
    {
        samordna::Meeting meeting;
        meeting.kind = kind;
        meeting.date = date;
        meeting.invitationSentDate = invitation;
        m_record.meetings << meeting;
        return *this;
    }
    CaseBuilder &measure(std::optional<samordna::Party> responsible)
    {
        samordna::PlanMeasure measure;
        measure.measure = u"Arbetsträning"_s;
        measure.responsible = responsible;
        m_record.plan << measure;
        return *this;
    }
    CaseBuilder &closure(std::optional<samordna::WorkCapacity> capacity,
                         std::optional<samordna::ReductionDuration> duration = {},
                         samordna::Fact wholeLabourMarket = true)
    {
        m_record.closure.workCapacity = capacity;
        m_record.closure.reductionDuration = duration;
        m_record.closure.againstWholeLabourMarket = wholeLabourMarket;
        return *this;
    }

    CaseBuilder &closedOn(const QDate &closed, const QString &continuedBy = u"IoF"_s)
    {
        m_record.closure.closedDate = closed;
        m_record.closure.continuedBy = continuedBy;
        return *this;
    }
    CaseBuilder &consentOn(const QDate &date)
    {
        m_record.consent.date = date;
        return *this;
    }
    CaseBuilder &socialWorkerNamed(const QString &name)
    {
        m_record.socialWorker = samordna::SocialWorker{name, u"040-123456"_s, QString()};
        return *this;
    }
    CaseBuilder &received(const QDate &date)
    {
        m_record.application.sentDate = date.addDays(-2);
        m_record.application.receivedByFkDate = date;
        m_record.application.decision = samordna::Decision::Pending;
        return *this;
    }
    // FK's advice in the konsultationsteam on `date`.
    CaseBuilder &advice(const QDate &date, samordna::Advice outcome)
    {
        samordna::Meeting meeting;
        meeting.kind = samordna::MeetingKind::Konsultationsteam;
        meeting.date = date;
        meeting.outcome = outcome;
        m_record.meetings << meeting;
        return *this;
    }
    // The boxes the case has been in: box, day entered, … oldest first; the
    // case is put in the last one.
    CaseBuilder &history(std::initializer_list<std::pair<samordna::Stage, QDate>> entries)
    {
        m_record.stageHistory.clear();
        for (const auto &[stage, from] : entries)
            m_record.stageHistory << samordna::StageEntry{stage, from};
        if (!m_record.stageHistory.isEmpty())
            m_record.stage = m_record.stageHistory.constLast().stage;
        return *this;
    }
    CaseBuilder &medicalDocument(const QDate &date)
    {
        m_record.medicalDocuments << samordna::MedicalDocument{date, u"Vårdcentralen"_s, u"Läkarintyg"_s};
        return *this;
    }
    CaseBuilder &measureWithStatus(samordna::Party responsible, samordna::MeasureStatus status)
    {
        samordna::PlanMeasure measure;
        measure.measure = u"Arbetsträning"_s;
        measure.responsible = responsible;
        measure.status = status;
        m_record.plan << measure;
        return *this;
    }

    samordna::CaseRecord build() const { return m_record; }

private:
    samordna::CaseRecord m_record;
};

Q_DECLARE_METATYPE(samordna::CaseRecord)
