// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta2bPage.h"

#include "rules/ProcessRules.h"
#include "workspace/DateEdit.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
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
    QWidget *body = contentLayout()->parentWidget();
    auto *reasonBox = new QGroupBox(tr("Why FK will not coordinate"), body);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    m_reason = makeText({}, reasonBox);
    m_reason->setObjectName(u"ruta2bReasonLabel"_s);
    m_movedBecause = makeText({}, reasonBox);
    m_movedBecause->setObjectName(u"ruta2bMoveNoteLabel"_s);
    reasonLayout->addWidget(m_reason);
    reasonLayout->addWidget(m_movedBecause);
    auto *ownLabel = new QLabel(tr("The reason in your &own words:"), reasonBox);
    m_ownReason = new QPlainTextEdit(reasonBox);
    m_ownReason->setObjectName(u"ruta2bOwnReasonEdit"_s);
    m_ownReason->setTabChangesFocus(true);
    m_ownReason->setMaximumHeight(90);
    m_ownReason->setPlaceholderText(tr("For example what FK said in the konsultationsteam, or what the letter says"));
    m_ownReason->setToolTip(tr("Saved as you leave the field. Kept in the case here; it is not exported."));
    m_ownReason->installEventFilter(this);
    ownLabel->setBuddy(m_ownReason);
    reasonLayout->addWidget(ownLabel);
    reasonLayout->addWidget(m_ownReason);
    contentLayout()->addWidget(reasonBox);

    // FK's rejection by letter: its date, which also records the decision.
    auto *letterBox = new QGroupBox(tr("FK's avslagsbeslut by letter"), body);
    auto *letterForm = new QFormLayout(letterBox);
    m_rejectionDate = new DateEdit(letterBox);
    m_rejectionDate->setObjectName(u"rejectionDateEdit"_s);
    m_rejectionDate->setCaseField(u"application.decisionDate"_s);
    letterForm->addRow(tr("D&ate of the avslagsbeslut:"), m_rejectionDate);
    letterForm->addRow(makeText(tr("Leave it empty when FK said so in the konsultationsteam instead."), letterBox));
    contentLayout()->addWidget(letterBox);
    contentLayout()->addStretch();

    connect(m_rejectionDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change date of FK's avslagsbeslut"), u"application.rejection"_s, [date](CaseRecord &r) {
            if (date.isNull()) {
                if (r.application.isRejected()) {
                    r.application.decision.reset();
                    r.application.decisionDate = {};
                }
                return;
            }
            r.application.decision = Decision::Rejected;
            r.application.decisionDate = date;
        });
    });
}

void Ruta2bPage::setOwnReason(const QString &reason)
{
    m_shownOwnReason = reason;
    m_ownReason->setPlainText(reason);
}

bool Ruta2bPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ownReason && event->type() == QEvent::FocusOut) {
        const QString reason = m_ownReason->toPlainText().trimmed();
        if (reason != m_shownOwnReason.trimmed()) {
            m_shownOwnReason = reason;
            Q_EMIT ownReasonEdited(reason);
        }
    }
    return CasePage::eventFilter(watched, event);
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
        lines << tr("No reason is recorded in the case's facts.");
    m_reason->setText(lines.join(u'\n'));

    // The note written when the case was moved here says why, in the social worker's words.
    QString because;
    for (auto entry = record.journal.crbegin(); entry != record.journal.crend() && because.isEmpty(); ++entry) {
        for (Stage from : allStages()) {
            const QString prefix = process::transitionNote(from, Stage::Ruta2b, {}) + u": "_s;
            if (from != Stage::Ruta2b && entry->text.startsWith(prefix)) {
                because = tr("Moved here on %1: %2")
                              .arg(entry->date.toString(Qt::ISODate), entry->text.mid(prefix.size()));
                break;
            }
        }
    }
    m_movedBecause->setText(because);
    m_movedBecause->setVisible(!because.isEmpty());
    m_rejectionDate->setDate(record.application.isRejected() ? record.application.decisionDate : QDate());
}

} // namespace samordna::ui
