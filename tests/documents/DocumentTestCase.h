// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

using namespace Qt::StringLiterals;

// A case as a social worker has it at the konsultationsteam stage: every
// part a document draws on is filled in, with values a reader can look for.
namespace documenttest {

inline const QDate today(2025, 3, 3);

inline samordna::CaseRecord fullCase()
{
    using namespace samordna;
    CaseRecord record;
    record.id = u"S-000042"_s;
    record.person = {u"900315-1231"_s, u"Anna Andersson"_s};
    record.district = u"Söder"_s;
    record.socialWorker = SocialWorker{u"Sara Svensson"_s, u"040-34 10 00"_s, u"sara.svensson@example.org"_s};
    record.stage = Stage::Ruta1;
    record.facts = {false, true, false, true, true, true, true, true};
    record.consent = {true, QDate(2025, 1, 10), {}};

    Meeting older;
    older.kind = MeetingKind::Konsultationsteam;
    older.date = QDate(2025, 1, 15);
    older.outcome = Advice::ComplementNeeded;
    older.notes = u"First presentation; the certificate lacked the diagnosis."_s;
    Meeting latest;
    latest.kind = MeetingKind::Konsultationsteam;
    latest.date = QDate(2025, 2, 26);
    latest.outcome = Advice::CriteriaMet;
    latest.notes = u"Long-standing back pain and depression; work trial at Returen ended early."_s;
    Meeting avstamning;
    avstamning.kind = MeetingKind::Avstamningsmote;
    avstamning.date = QDate(2025, 4, 2);
    record.meetings = {latest, older, avstamning};

    record.plan = {
        {u"Work trial at the municipal workshop"_s, Party::IoF, QDate(2025, 3, 10), QDate(2025, 6, 30),
         MeasureStatus::Ongoing},
        {u"Gemensam kartläggning with AF"_s, Party::AF, QDate(2025, 4, 1), {}, MeasureStatus::Planned},
        {u"Pain school at the healthcare centre"_s, Party::Region, QDate(2024, 9, 1), QDate(2024, 11, 30),
         MeasureStatus::Done},
    };
    record.complements = {
        {ComplementKind::RehabKoordinator, QDate(2025, 1, 20), u"Asked the rehab-koordinator for a new certificate."_s},
    };
    record.journal = {
        {QDate(2024, 8, 12), u"Sara Svensson"_s, u"Sick-listed by the healthcare centre since 2023."_s, {}, {}},
        {QDate(2024, 9, 2), u"Sara Svensson"_s, u"Wrong client: note <b>removed</b>."_s, QDate(2024, 9, 3),
         u"Written in the wrong case"_s},
        {QDate(2025, 5, 1), u"Sara Svensson"_s, u"A note from the future."_s, {}, {}},
        // Economic matters and third parties: never for Försäkringskassan.
        {QDate(2025, 2, 3),
         u"Sara Svensson"_s,
         u"Försörjningsstöd 8 430 kr for March; rent arrears 12 000 kr."_s,
         {},
         {}},
        {QDate(2025, 2, 10),
         u"Sara Svensson"_s,
         u"The partner Kalle Karlsson called about the debt collector."_s,
         {},
         {}},
    };
    record.forFk = {u"Back pain since 2019, depression since 2021."_s,
                    u"Work trial at Returen in 2023, ended after six weeks."_s, QString()};
    record.medicalDocuments = {
        {QDate(2025, 1, 28), u"Vårdcentralen Lindängen"_s, u"Läkarintyg: reduced work capacity"_s},
        {QDate(2025, 4, 1), u"Psykiatrin Syd"_s, u"A certificate not come yet"_s},
    };
    record.contacts = {
        {Party::Region, u"Vårdcentralen Lindängen"_s, u"Rehab-koordinator Eva"_s, u"040-11 22 33"_s},
        {Party::AF, u"Arbetsförmedlingen Malmö"_s, QString(), QString()},
    };
    return record;
}

} // namespace documenttest
