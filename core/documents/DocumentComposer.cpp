// SPDX-License-Identifier: GPL-3.0-or-later
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

// Whether the case has been to a konsultationsteam meeting by `date`.
bool heldKonsultationsteam(const CaseRecord &record, const QDate &date)
{
    return std::any_of(record.meetings.cbegin(), record.meetings.cend(), [&date](const Meeting &meeting) {
        return meeting.kind == MeetingKind::Konsultationsteam && meeting.date.isValid() && meeting.date <= date;
    });
}

// The next avstämningsmöte after `date`, where the plan is followed up.
QString nextFollowUp(const CaseRecord &record, const QDate &date)
{
    QDate next;
    for (const Meeting &meeting : record.meetings) {
        if (meeting.kind == MeetingKind::Avstamningsmote && meeting.date.isValid() && meeting.date > date
            && (!next.isValid() || meeting.date < next))
            next = meeting.date;
    }
    return next.isValid() ? DocumentComposer::tr("Avstämningsmöte %1").arg(formatDate(next))
                          : DocumentComposer::tr("No avstämningsmöte booked");
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
    case CaseDocumentKind::Underlag7434:
        return underlag7434(record, assessment);
    case CaseDocumentKind::SammanfattningFk:
        return sammanfattningFk(record, assessment);
    case CaseDocumentKind::Aktanteckning:
        return aktanteckning(record, assessment);
    case CaseDocumentKind::Rehabiliteringsplan:
        return rehabiliteringsplan(record, assessment);
    case CaseDocumentKind::AdressKallelse:
        return adressKallelse(record, assessment);
    }
    return CompositionResult::refused(tr("Unknown document kind."));
}

CompositionResult DocumentComposer::compose(CaseDocumentKind kind, const CaseRecord &record, const QDate &date) const
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
    if (criterionCode == u"needs_coordination")
        return tr("The rehabilitation measures need coordinating");
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

ComposedDocument DocumentComposer::finish(CaseDocumentKind kind, const CaseRecord &record, const Assessment &assessment,
                                          const DocumentBuilder &builder) const
{
    return ComposedDocument{kind, record.id, assessment.date, documentTitle(kind), builder.html(), builder.plainText()};
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
    builder.table({tr("Measure"), tr("Responsible"), tr("Start"), tr("End"), tr("Status")}, rows, {33, 25, 14, 14, 14});
}

CompositionResult DocumentComposer::underlag7434(const CaseRecord &record, const Assessment &assessment) const
{
    const CaseDocumentKind kind = CaseDocumentKind::Underlag7434;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Criteria for coordination"));
    QList<QStringList> criteriaRows;
    for (const auto &criterion : assessment.criteria)
        criteriaRows << QStringList{criterionTitle(criterion.code), displayName(criterion.status), criterion.reference};
    builder.table({tr("Criterion"), tr("Met"), tr("Source")}, criteriaRows, {46, 12, 42});
    builder.paragraph(tr("Overall: %1").arg(displayName(assessment.eligibility)));

    builder.heading(tr("Written consent"));
    const Consent &consent = record.consent;
    builder.fields({
        {tr("Given"), yesNoUnknown(consent.given)},
        {tr("Date of consent"), orDash(formatDate(consent.date))},
        {tr("Revoked"), consent.revokedDate.isValid() ? formatDate(consent.revokedDate) : tr("No")},
        {tr("Valid on %1").arg(formatDate(assessment.date)), consent.isValidOn(assessment.date) ? tr("Yes") : tr("No")},
    });

    addSocialWorker(builder, record);

    // The form asks which contacts the client has with other authorities.
    builder.heading(tr("The client's contacts with other authorities and care"));
    QList<QStringList> contactRows;
    for (const Contact &contact : record.contacts)
        contactRows << QStringList{contact.party ? displayName(*contact.party) : QStringLiteral("–"),
                                   orDash(contact.name), orDash(contact.person), orDash(contact.phone)};
    if (contactRows.isEmpty())
        builder.paragraph(tr("No contacts are recorded."));
    else
        builder.table({tr("Party"), tr("Name"), tr("Contact person"), tr("Phone")}, contactRows, {22, 32, 26, 20});

    builder.heading(tr("Medical documentation"));
    QList<QStringList> documentRows;
    for (const MedicalDocument &document : record.medicalDocuments) {
        if (document.date.isValid() && document.date > assessment.date)
            continue; // not come yet on the document's date
        documentRows << QStringList{orDash(document.issuer), orDash(formatDate(document.date))};
    }
    if (documentRows.isEmpty())
        builder.paragraph(tr("No medical documents are recorded."));
    else
        builder.table({tr("Issuer"), tr("Date")}, documentRows, {70, 30});

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
                          : tr("Not ready to apply yet: the criteria must be met, nothing may be missing, and "
                               "FK's advice in the konsultationsteam must not point elsewhere."));
    if (heldKonsultationsteam(record, assessment.date))
        builder.paragraph(tr("Attach the aktanteckning of what was discussed in the konsultationsteam to the "
                             "application."));

    builder.heading(tr("For the client"));
    builder.bulletList({
        tr("By applying, you lift Försäkringskassan's secrecy toward the parties you name on the form, so that "
           "they can work together on your rehabilitation."),
        tr("Coordination of rehabilitation measures pays no benefit. Försäkringskassan coordinates; the measures "
           "are carried out and paid for by the parties responsible for them."),
    });
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

    // Only what the social worker wrote for FK goes out, never the journal:
    // economic matters and third parties stay in the municipality.
    const auto section = [&builder](const QString &heading, const QString &text) {
        builder.heading(heading);
        builder.paragraph(text.trimmed().isEmpty() ? tr("Nothing is written for Försäkringskassan here.")
                                                   : text.trimmed());
    };
    section(tr("History of illness"), record.forFk.illnessHistory);
    section(tr("Measures tried"), record.forFk.triedMeasures);
    section(tr("Other information"), record.forFk.otherInformation);

    builder.heading(tr("Medical documentation"));
    QList<QStringList> documents;
    for (const MedicalDocument &document : record.medicalDocuments) {
        if (document.date.isValid() && document.date > date)
            continue; // not come yet on the document's date
        documents << QStringList{formatDate(document.date), orDash(document.issuer), document.summary};
    }
    if (documents.isEmpty())
        builder.paragraph(tr("No medical documents are recorded."));
    else
        builder.table({tr("Date"), tr("Issuer"), tr("Summary")}, documents, {16, 34, 50});

    builder.heading(tr("Rehabilitation plan"));
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
    if (index >= record.meetings.size() || record.meetings.at(index).kind != MeetingKind::Konsultationsteam)
        return CompositionResult::refused(
            tr("Meeting %1 of the case is not a konsultationsteam meeting.").arg(index + 1));
    const Meeting &meeting = record.meetings.at(index);

    const CaseDocumentKind kind = CaseDocumentKind::Aktanteckning;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);

    builder.heading(tr("Meeting"));
    const QString author = record.socialWorker && record.socialWorker->isKnown() ? record.socialWorker->name.trimmed()
                                                                                 : QString();
    builder.fields({
        {tr("Konsultationsteam on"), orDash(formatDate(meeting.date))},
        {tr("Written by"), author.isEmpty() ? tr("(social worker's name)") : author},
        {tr("For Försäkringskassan"), tr("(name of FK's participant)")},
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
        builder.paragraph(tr("Application on blankett 7434; box 3 when FK has received the application. This "
                             "aktanteckning is attached to the application."));
    return {finish(kind, record, assessment, builder), {}};
}

CompositionResult DocumentComposer::rehabiliteringsplan(const CaseRecord &record, const Assessment &assessment) const
{
    const CaseDocumentKind kind = CaseDocumentKind::Rehabiliteringsplan;
    DocumentBuilder builder(documentTitle(kind));
    addCaseHeader(builder, record, assessment);
    builder.paragraph(tr("Försäkringskassan draws up the rehabilitation plan and coordinates the rehabilitation. "
                         "This is the social worker's summary of the plan, not the plan itself."));
    builder.fields({
        {tr("Goal"), tr("Work and own support")},
        {tr("Coordinator"), tr("Försäkringskassan")},
        {tr("Next follow-up"), nextFollowUp(record, assessment.date)},
        {tr("Continued planning by"), orDash(record.closure.continuedBy)},
    });

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
                : tr("The district \"%1\" has no address for invitations in the district list.").arg(record.district));
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
