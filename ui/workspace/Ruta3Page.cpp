// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta3Page.h"

#include "common/StateColors.h"
#include "rules/RuleData.h"
#include "workspace/DateEdit.h"
#include "workspace/SocialWorkerEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

Ruta3Page::Ruta3Page(QWidget *parent)
    : CasePage(Stage::Ruta3,
               tr("FK has received blankett 7434 and decides on coordination. FK contacts the responsible social "
                  "worker; it may also invite to an avstämningsmöte directly. The avstämningsmöte should lie at "
                  "least 2 weeks after the invitation, so IoF can send a representative."),
               parent)
{
    QWidget *body = contentLayout()->parentWidget();
    auto *contactBox = new QGroupBox(tr("FK's contact with the social worker"), body);
    auto *form = new QFormLayout(contactBox);
    m_fkContact = new DateEdit(contactBox);
    m_fkContact->setObjectName(u"fkContactDateEdit"_s);
    form->addRow(tr("FK made c&ontact on:"), m_fkContact);
    m_status = new QLabel(contactBox);
    m_status->setObjectName(u"fkContactStatusLabel"_s);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    m_contactPerson = new QLabel(contactBox);
    m_contactPerson->setObjectName(u"contactPersonLabel"_s);
    m_contactPerson->setWordWrap(true);
    m_contactPerson->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_contactPerson);
    contentLayout()->addWidget(contactBox);

    m_socialWorker = new SocialWorkerEditor(body);
    contentLayout()->addWidget(m_socialWorker);

    auto *addressBox = new QGroupBox(tr("Invitation address"), body);
    auto *addressLayout = new QVBoxLayout(addressBox);
    m_invitationAddress = new QLabel(addressBox);
    m_invitationAddress->setObjectName(u"invitationAddressLabel"_s);
    m_invitationAddress->setWordWrap(true);
    m_invitationAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addressLayout->addWidget(m_invitationAddress);
    contentLayout()->addWidget(addressBox);
    contentLayout()->addStretch();

    connect(m_fkContact, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change FK's contact date"), u"fkContact"_s, [date](CaseRecord &r) { r.fkContactDate = date; });
    });
    connect(m_socialWorker, &SocialWorkerEditor::edited, this,
            [this](const std::optional<SocialWorker> &worker, const QString &field) {
                request(tr("Change social worker"), field, [worker](CaseRecord &r) { r.socialWorker = worker; });
            });
}

void Ruta3Page::fill(const CaseRecord &record, const Assessment &assessment)
{
    m_fkContact->setDate(record.fkContactDate);
    m_socialWorker->setSocialWorker(record.socialWorker);

    const Deadline *contact = nullptr;
    for (const Deadline &deadline : assessment.deadlines) {
        if (deadline.kind == DeadlineKind::FkContactWithinWeek)
            contact = &deadline;
    }
    QString style;
    if (!contact) {
        m_status->setText(tr("The one-week limit starts when FK grants the application (record the decision in "
                             "box 1)."));
    } else {
        const QString due = contact->due.toString(Qt::ISODate);
        switch (contact->status) {
        case DeadlineStatus::Met:
            m_status->setText(tr("Contact within one week: met (limit %1).").arg(due));
            style = StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Done, false);
            break;
        case DeadlineStatus::Pending:
            m_status->setText(tr("Waiting for FK's contact: within one week of the decision, by %1.").arg(due));
            break;
        case DeadlineStatus::Overdue:
        case DeadlineStatus::NotMet:
            // The week is FK's escalation path, not a duty anyone missed.
            m_status->setText(record.fkContactDate.isNull()
                                  ? tr("FK has not reached the social worker within one week (by %1): FK is to "
                                       "turn to the district's contact person, who helps put FK in touch.")
                                        .arg(due)
                                  : tr("FK made contact after the week (%1) in which it turns to the district's "
                                       "contact person if it gets no contact.")
                                        .arg(due));
            style = StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Overdue, false, u"font-weight: bold;"_s);
            break;
        }
    }
    m_status->setStyleSheet(style);

    const bool overdue = contact && contact->status == DeadlineStatus::Overdue;
    const District *district = RuleData::standard().district(record.district);
    if (!overdue) {
        m_contactPerson->setText(tr("If FK gets no contact with the social worker within one week, FK turns to "
                                    "the district's contact person, who helps put FK in touch."));
    } else if (district && !district->contactPerson.trimmed().isEmpty()) {
        m_contactPerson->setText(tr("The district's contact person: %1.").arg(district->contactPerson));
    } else {
        m_contactPerson->setText(tr("No contact person is recorded for district %1 (Settings, Districts).")
                                     .arg(record.district.isEmpty() ? tr("(none)") : record.district));
    }

    if (assessment.invitationAddress) {
        m_invitationAddress->setText(tr("No social worker is known: FK sends the invitation to\n%1\nand the unit "
                                        "sends a representative to the avstämningsmöte.")
                                         .arg(assessment.invitationAddress->join(u'\n')));
    } else if (!record.socialWorker) {
        m_invitationAddress->setText(tr("No social worker is known and no address is recorded for the district."));
    } else {
        m_invitationAddress->setText(tr("FK sends the invitation to the social worker. Only when the social worker "
                                        "is not known does it go to the district's IoF address."));
    }
}

} // namespace samordna::ui
