// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComposedDocument.h"
#include "domain/CaseRecord.h"
#include "rules/Assessment.h"
#include "rules/RuleData.h"

#include <QCoreApplication>

namespace samordna {

class DocumentBuilder;

// Builds the documents of a case from the record and its assessment on a
// date. Every document carries the case id and the date. The documents go to
// Försäkringskassan, so they hold the name and full personnummer; nothing
// here writes to a log.
class DocumentComposer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentComposer)

public:
    explicit DocumentComposer(const RuleData &data = RuleData::standard());

    // `assessment` is the case's assessment; its date is the document's date.
    CompositionResult compose(CaseDocumentKind kind, const CaseRecord &record, const Assessment &assessment) const;
    // Assesses the case on `date` with this composer's rule data first.
    CompositionResult compose(CaseDocumentKind kind, const CaseRecord &record, const QDate &date) const;

    CompositionResult underlag7434(const CaseRecord &record, const Assessment &assessment) const;
    // Refused unless the client's consent is valid on the assessment's date.
    CompositionResult sammanfattningFk(const CaseRecord &record, const Assessment &assessment) const;
    // For the konsultationsteam meeting at `meetingIndex` in record.meetings;
    // -1 picks the latest one. Refused when there is no such meeting.
    CompositionResult aktanteckning(const CaseRecord &record, const Assessment &assessment,
                                    int meetingIndex = -1) const;
    CompositionResult rehabiliteringsplan(const CaseRecord &record, const Assessment &assessment) const;
    // Refused when the case's district has no address in the rule data.
    CompositionResult adressKallelse(const CaseRecord &record, const Assessment &assessment) const;

    // The index of the latest konsultationsteam meeting (by date, then by
    // order of entry), or -1 when the case has none.
    static int latestKonsultationsteamMeeting(const CaseRecord &record);
    // "No SGI", "Insured in Sweden …": the criterion's readable name.
    static QString criterionTitle(const QString &criterionCode);

private:
    ComposedDocument finish(CaseDocumentKind kind, const CaseRecord &record, const Assessment &assessment,
                            const DocumentBuilder &builder) const;
    void addCaseHeader(DocumentBuilder &builder, const CaseRecord &record, const Assessment &assessment) const;
    void addSocialWorker(DocumentBuilder &builder, const CaseRecord &record) const;
    void addPlanTable(DocumentBuilder &builder, const QList<PlanMeasure> &plan) const;

    const RuleData *m_data;
};

} // namespace samordna
