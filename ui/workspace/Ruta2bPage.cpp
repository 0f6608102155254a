#include "workspace/Ruta2bPage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

Ruta2bPage::Ruta2bPage(QWidget *parent)
    : CasePage(Stage::Ruta2b,
               tr("The person does not have work capacity reduced by illness, or is not ready for or does not need "
                  "work-oriented rehabilitation. FK says so in the konsultationsteam or by rejecting the "
                  "application (avslagsbeslut). The social worker continues with the person without FK."),
               parent)
{
    m_reason = makeText({}, contentLayout()->parentWidget());
    m_reason->setObjectName(u"ruta2bReasonLabel"_s);
    contentLayout()->addWidget(m_reason);
    contentLayout()->addStretch();
}

void Ruta2bPage::fill(const CaseRecord &record, const Assessment &assessment)
{
    QStringList lines;
    if (record.application.isRejected()) {
        lines << tr("FK rejected the application on %1.")
                     .arg(record.application.decisionDate.isNull()
                              ? tr("an unrecorded date")
                              : record.application.decisionDate.toString(Qt::ISODate));
    }
    for (const Meeting &meeting : record.meetings) {
        if (meeting.kind == MeetingKind::Konsultationsteam && meeting.outcome == Advice::NotRelevant)
            lines << tr("The konsultationsteam found the case not relevant for coordination (%1).")
                         .arg(meeting.date.toString(Qt::ISODate));
    }
    if (assessment.eligibility == Eligibility::NotEligible)
        lines << tr("A criterion in box 1 is recorded as not met.");
    if (lines.isEmpty())
        lines << tr("No reason is recorded yet; write it in the journal.");
    m_reason->setText(lines.join(u'\n'));
}

} // namespace samordna::ui
