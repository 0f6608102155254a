#include "DocumentComposer.h"

#include "DocumentBuilder.h"
#include "domain/Codes.h"
#include "domain/Personnummer.h"
#include "rules/Assessor.h"
#include "rules/ProcessRules.h"

#include <algorithm>

namespace samordna {

namespace {

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString yesNoUnknown(const Fact &fact)
{
    if (!fact)
        return DocumentComposer::tr("Not recorded");
    return *fact ? DocumentComposer::tr("Yes") : DocumentComposer::tr("No");
}

// The full, normalised number when it parses; as written otherwise, so a
// typing error is visible on paper rather than hidden.
QString personnummerText(const CaseRecord &record, const QDate &date)
{
    if (const auto parsed = Personnummer::parse(record.person.personnummer, date))
        return parsed.value->normalized();
    return record.person.personnummer;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

DocumentComposer::DocumentComposer(const RuleData &data)
    : m_data(&data)
{
}

CompositionResult DocumentComposer::compose(CaseDocumentKind kind, const CaseRecord &record,
                                            const Assessment &assessment) const
{
    switch (kind) {
    case CaseDocumentKind::Underlag7434: return underlag7434(record, assessment);
    case CaseDocumentKind::SammanfattningFk: return sammanfattningFk(record, assessment);
    case CaseDocumentKind::Aktanteckning: return aktanteckning(record, assessment);
    case CaseDocumentKind::Rehabiliteringsplan: return rehabiliteringsplan(record, assessment);
    case CaseDocumentKind::AdressKallelse: return adressKallelse(record, assessment);
    }
    return CompositionResult::refused(tr("Unknown document kind."));
}

CompositionResult DocumentComposer::compose(CaseDocumentKind kind, const CaseRecord &record,
                                            const QDate &date) const
{
    return compose(kind, record, assess(record, date, *m_data));
}

QString DocumentComposer::criterionTitle(const QString &criterionCode)
{
    if (criterionCode == u"no_sgi")
        return tr("No sickness-benefit qualifying income (SGI)");
    if (criterionCode == u"insured")
        return tr("Insured in Sweden, or as if insured through EU law");
    if (criterionCode == u"work_capacity_reduced")
        return tr("Work capacity reduced because of illness");
    if (criterionCode == u"needs_rehabilitation")
        return tr("Needs rehabilitation measures to regain work capacity");
    return criterionCode;
}

int DocumentComposer::latestKonsultationsteamMeeting(const CaseRecord &record)
{
    int latest = -1;
    for (int index = 0; index < record.meetings.size(); ++index) {
        const Meeting &meeting = record.meetings.at(index);
        if (meeting.kind != MeetingKind::Konsultationsteam)
            continue;
        // A meeting without a date counts as older than any dated one.
        if (latest < 0 || !(meeting.date < record.meetings.at(latest).date))
            latest = index;
    }
    return latest;
}

ComposedDocument DocumentComposer::finish(CaseDocumentKind kind, const CaseRecord &record,
                                          const Assessment &assessment, const DocumentBuilder &builder) const
{
    return ComposedDocument{kind, record.id, assessment.date, documentTitle(kind), builder.html(),
                            builder.plainText()};
}

void DocumentComposer::addCaseHeader(DocumentBuilder &builder, const CaseRecord &record,
                                     const Assessment &assessment) const
{
    builder.fields({
        {tr("Case"), record.id},
        {tr("Date"), formatDate(assessment.date)},
        {tr("Name"), orDash(record.person.name)},
        {tr("Personnummer"), orDash(personnummerText(record, assessment.date))},
        {tr("District"), orDash(record.district)},
    });
}

void DocumentComposer::addSocialWorker(DocumentBuilder &builder, const CaseRecord &record) const
{
    builder.heading(tr("Social worker (Individ- och familj, ekonomiskt bistånd)"));
    if (!record.socialWorker) {
        builder.paragraph(tr("No social worker is recorded for the case. The form requires the social "
                             "worker's contact details."));
        return;
    }
    const SocialWorker &worker = *record.socialWorker;
    builder.fields({
        {tr("Name"), orDash(worker.name)},
        {tr("Phone"), orDash(worker.phone)},
        {tr("E-mail"), orDash(worker.email)},
    });
    if (!worker.hasContactDetails())
        builder.paragraph(tr("The form requires a phone number or e-mail address for the social worker."));
}

void DocumentComposer::addPlanTable(DocumentBuilder &builder, const QList<PlanMeasure> &plan) const
{
    QList<QStringList> rows;
    for (const auto &measure : plan) {
        rows << QStringList{measure.measure,
                            measure.responsible ? displayName(*measure.responsible) : tr("Not decided"),
                            formatDate(measure.start), formatDate(measure.end), displayName(measure.status)};
    }
    builder.table({tr("Measure"), tr("Responsible"), tr("Start"), tr("End"), tr("Status")}, rows,
                  {33, 25, 14, 14, 14});
}

CompositionResult DocumentComposer::underlag7434(const CaseRecord &record, const Assessment &assessment) const
{
    const CaseDocumentKind kind = CaseDocumentKind::Underlag7434;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Criteria for coordination"));
    QList<QStringList> criteriaRows;
    for (const auto &criterion : assessment.criteria)
        criteriaRows << QStringList{criterionTitle(criterion.code), displayName(criterion.status),
                                    criterion.reference};
    builder.table({tr("Criterion"), tr("Met"), tr("Legal reference")}, criteriaRows, {46, 12, 42});
    builder.paragraph(tr("Overall: %1").arg(displayName(assessment.eligibility)));

    builder.heading(tr("Written consent"));
    const Consent &consent = record.consent;
    builder.fields({
        {tr("Given"), yesNoUnknown(consent.given)},
        {tr("Date of consent"), orDash(formatDate(consent.date))},
        {tr("Revoked"), consent.revokedDate.isValid() ? formatDate(consent.revokedDate) : tr("No")},
        {tr("Valid on %1").arg(formatDate(assessment.date)),
         consent.isValidOn(assessment.date) ? tr("Yes") : tr("No")},
    });

    addSocialWorker(builder, record);

    builder.heading(tr("Konsultationsteam"));
    if (const int index = latestKonsultationsteamMeeting(record); index >= 0) {
        const Meeting &meeting = record.meetings.at(index);
        if (meeting.date.isValid() && meeting.date > assessment.date)
            builder.paragraph(tr("To be discussed on %1.").arg(formatDate(meeting.date)));
        else
            builder.paragraph(tr("Discussed on %1; Försäkringskassan's advice: %2.")
                                  .arg(orDash(formatDate(meeting.date)),
                                       meeting.outcome ? displayName(*meeting.outcome) : tr("not recorded")));
    } else {
        builder.paragraph(tr("Not yet taken to the konsultationsteam. The method recommends doing so before "
                             "the application is sent."));
    }

    builder.heading(tr("Still missing before the application"));
    if (assessment.missingBeforeApplication.isEmpty()) {
        builder.paragraph(tr("Nothing is missing."));
    } else {
        QStringList items;
        for (const Missing missing : assessment.missingBeforeApplication)
            items << displayName(missing);
        builder.bulletList(items);
    }

    builder.heading(tr("Ready to apply"));
    builder.paragraph(assessment.readyToApply
                          ? tr("Yes: the client may apply for coordination of rehabilitation measures on "
                               "form 7434, with the social worker's contact details on the form.")
                          : tr("Not yet: the criteria must be met and nothing may be missing."));
    return {finish(kind, record, assessment, builder), {}};
}

CompositionResult DocumentComposer::sammanfattningFk(const CaseRecord &record, const Assessment &assessment) const
{
    const Consent &consent = record.consent;
    const QDate date = assessment.date;
    if (!consent.isValidOn(date)) {
        if (consent.given.value_or(false) && consent.revokedDate.isValid())
            return CompositionResult::refused(
                tr("The client revoked the consent on %1. Information beyond the medical documentation "
                   "may not be shared with Försäkringskassan without valid written consent.")
                    .arg(formatDate(consent.revokedDate)));
        return CompositionResult::refused(
            tr("No written consent is recorded. Information beyond the medical documentation may only be "
               "shared with Försäkringskassan with the client's written consent."));
    }

    const CaseDocumentKind kind = CaseDocumentKind::SammanfattningFk;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);
    builder.paragraph(consent.date.isValid()
                          ? tr("Information from Individ- och familj, ekonomiskt bistånd, beyond the current "
                               "medical documentation, shared with the client's written consent of %1.")
                                .arg(formatDate(consent.date))
                          : tr("Information from Individ- och familj, ekonomiskt bistånd, beyond the current "
                               "medical documentation, shared with the client's written consent."));

    // Notes marked as wrong stay in the journal but are not passed on; notes
    // dated after the document's date did not exist on that date.
    builder.heading(tr("History of illness and contacts"));
    QList<QStringList> notes;
    for (const auto &entry : record.journal) {
        if (entry.isMarkedWrong() || (entry.date.isValid() && entry.date > date))
            continue;
        notes << QStringList{formatDate(entry.date), entry.text};
    }
    if (notes.isEmpty())
        builder.paragraph(tr("No journal notes are recorded."));
    else
        builder.table({tr("Date"), tr("Note")}, notes, {16, 84});

    builder.heading(tr("Complements of the medical documentation"));
    QList<QStringList> complements;
    for (const auto &complement : record.complements)
        complements << QStringList{formatDate(complement.date), displayName(complement.kind), complement.notes};
    if (complements.isEmpty())
        builder.paragraph(tr("No complements are recorded."));
    else
        builder.table({tr("Date"), tr("What"), tr("Notes")}, complements, {16, 34, 50});

    builder.heading(tr("Measures tried and planned"));
    if (record.plan.isEmpty())
        builder.paragraph(tr("No measures are recorded."));
    else
        addPlanTable(builder, record.plan);

    addSocialWorker(builder, record);
    return {finish(kind, record, assessment, builder), {}};
}

CompositionResult DocumentComposer::aktanteckning(const CaseRecord &record, const Assessment &assessment,
                                                  int meetingIndex) const
{
    const int index = meetingIndex < 0 ? latestKonsultationsteamMeeting(record) : meetingIndex;
    if (index < 0)
        return CompositionResult::refused(
            tr("The case has not been taken to a konsultationsteam meeting, so there is no aktanteckning "
               "to write."));
    if (index >= record.meetings.size()
        || record.meetings.at(index).kind != MeetingKind::Konsultationsteam)
        return CompositionResult::refused(tr("Meeting %1 of the case is not a konsultationsteam meeting.")
                                              .arg(index + 1));
    const Meeting &meeting = record.meetings.at(index);

    const CaseDocumentKind kind = CaseDocumentKind::Aktanteckning;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Meeting"));
    builder.fields({
        {tr("Konsultationsteam on"), orDash(formatDate(meeting.date))},
        {tr("Participants"), tr("Individ- och familj, ekonomiskt bistånd, and Försäkringskassan")},
    });

    builder.heading(tr("Discussed"));
    builder.paragraph(meeting.notes.trimmed().isEmpty() ? tr("No notes were recorded.") : meeting.notes.trimmed());

    builder.heading(tr("Försäkringskassan's advice"));
    builder.paragraph(meeting.outcome ? displayName(*meeting.outcome) : tr("No advice recorded."));

    // FK's advice decides the next box of a case discussed in the
    // konsultationsteam; without advice, the case's own assessment does.
    const Stage next = meeting.outcome ? process::afterAdvice(*meeting.outcome).next : assessment.suggestedStage;
    builder.heading(tr("Next step"));
    builder.paragraph(tr("Suggested: box %1, %2.").arg(stageNumber(next), stageTitle(next)));
    if (meeting.outcome == Advice::CriteriaMet)
        builder.paragraph(tr("The client may apply for coordination on form 7434; this aktanteckning is "
                             "attached to the application."));
    return {finish(kind, record, assessment, builder), {}};
}

CompositionResult DocumentComposer::rehabiliteringsplan(const CaseRecord &record,
                                                        const Assessment &assessment) const
{
    const CaseDocumentKind kind = CaseDocumentKind::Rehabiliteringsplan;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Measures"));
    if (record.plan.isEmpty()) {
        builder.paragraph(tr("No measures are recorded in the plan yet."));
        return {finish(kind, record, assessment, builder), {}};
    }
    addPlanTable(builder, record.plan);

    // Who carries out which measure is what the avstämningsmöte agrees on,
    // so the allocation is repeated per party.
    builder.heading(tr("Responsibility"));
    QList<Party> parties;
    for (const auto &measure : record.plan) {
        if (measure.responsible && !parties.contains(*measure.responsible))
            parties << *measure.responsible;
    }
    std::sort(parties.begin(), parties.end());
    QStringList lines;
    for (const Party party : parties) {
        QStringList measures;
        for (const auto &measure : record.plan) {
            if (measure.responsible == party)
                measures << measure.measure;
        }
        lines << displayName(party) % u": " % measures.join(QStringLiteral(", "));
    }
    const bool undecided = std::any_of(record.plan.cbegin(), record.plan.cend(),
                                       [](const PlanMeasure &measure) { return !measure.responsible; });
    if (undecided)
        lines << tr("Some measures have no responsible party yet.");
    builder.bulletList(lines);

    QStringList meetings;
    for (const auto &meeting : record.meetings) {
        if (meeting.kind == MeetingKind::Avstamningsmote && meeting.date.isValid())
            meetings << formatDate(meeting.date);
    }
    if (!meetings.isEmpty()) {
        builder.heading(tr("Avstämningsmöten"));
        builder.paragraph(meetings.join(QStringLiteral(", ")));
    }
    return {finish(kind, record, assessment, builder), {}};
}

CompositionResult DocumentComposer::adressKallelse(const CaseRecord &record, const Assessment &assessment) const
{
    const District *district = m_data->district(record.district);
    if (!district || district->address.isEmpty()) {
        return CompositionResult::refused(
            record.district.trimmed().isEmpty()
                ? tr("The case has no district, so there is no address for invitations.")
                : tr("The district \"%1\" has no address for invitations in the district list.")
                      .arg(record.district));
    }

    const CaseDocumentKind kind = CaseDocumentKind::AdressKallelse;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Address of Individ- och familj, ekonomiskt bistånd, %1").arg(district->name));
    builder.paragraph(tr("This address is used when it is not clear who the social worker in the case is: "
                         "Försäkringskassan then sends the invitation to the avstämningsmöte here, and the "
                         "unit sends a representative. The avstämningsmöte should be at least two weeks "
                         "after the invitation."));
    builder.block(district->address);
    if (!district->contactPerson.trimmed().isEmpty())
        builder.paragraph(tr("The district's contact person: %1").arg(district->contactPerson));
    if (record.socialWorker && !record.socialWorker->name.trimmed().isEmpty()) {
        const SocialWorker &worker = *record.socialWorker;
        QStringList contact{worker.name};
        if (!worker.phone.trimmed().isEmpty())
            contact << worker.phone;
        if (!worker.email.trimmed().isEmpty())
            contact << worker.email;
        builder.paragraph(tr("A social worker is recorded for this case (%1); Försäkringskassan contacts the "
                             "social worker directly.")
                              .arg(contact.join(QStringLiteral(", "))));
    }
    return {finish(kind, record, assessment, builder), {}};
}

} // namespace samordna
