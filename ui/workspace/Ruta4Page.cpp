// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta4Page.h"

#include "workspace/MeetingModel.h"
#include "workspace/PlanModel.h"
#include "workspace/TableDelegates.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

Ruta4Page::Ruta4Page(MeetingModel *meetings, PlanModel *plan, QWidget *parent)
    : CasePage(Stage::Ruta4,
               tr("FK calls the person and the parties to avstämningsmöten, leads them, documents them and shares "
                  "the minutes. The meeting assesses the medical state, the work capacity and the need of and "
                  "possibilities for rehabilitation, aiming at a plan for return to work. FK draws up the "
                  "rehabiliteringsplan, which says who carries out which measure; record here your summary of it. "
                  "IoF attends the meetings FK calls and shares what it knows beyond the medical documentation, "
                  "with the person's consent."),
               parent)
    , m_meetings(meetings)
    , m_plan(plan)
{
    QWidget *body = contentLayout()->parentWidget();

    auto *meetingBox = new QGroupBox(tr("Meetings"), body);
    auto *meetingLayout = new QVBoxLayout(meetingBox);
    m_meetingTable = makeTable(meetings, u"meetingsTable"_s, meetingBox);
    installMeetingDelegates(m_meetingTable);
    m_meetingTable->setColumnHidden(MeetingModel::AdviceColumn, true);
    m_meetingTable->horizontalHeader()->resizeSection(MeetingModel::KindColumn, 150);
    m_meetingTable->horizontalHeader()->resizeSection(MeetingModel::InvitationColumn, 110);
    m_meetingTable->horizontalHeader()->resizeSection(MeetingModel::NotesColumn, 160);
    meetingLayout->addWidget(m_meetingTable);
    m_checkSummary = makeText({}, meetingBox);
    m_checkSummary->setObjectName(u"invitationCheckLabel"_s);
    meetingLayout->addWidget(m_checkSummary);
    auto *meetingButtons = new QHBoxLayout;
    m_addMeeting = new QPushButton(tr("Add avstämningsmöte"), meetingBox);
    m_addMeeting->setObjectName(u"addMeetingButton"_s);
    m_removeMeeting = new QPushButton(tr("Remove meeting"), meetingBox);
    m_removeMeeting->setObjectName(u"removeMeetingButton"_s);
    meetingButtons->addWidget(m_addMeeting);
    meetingButtons->addWidget(m_removeMeeting);
    meetingButtons->addStretch();
    meetingLayout->addLayout(meetingButtons);
    contentLayout()->addWidget(meetingBox);

    auto *planBox = new QGroupBox(tr("Rehabiliteringsplan"), body);
    auto *planLayout = new QVBoxLayout(planBox);
    m_planTable = makeTable(plan, u"planTable"_s, planBox);
    installPlanDelegates(m_planTable);
    m_planTable->horizontalHeader()->resizeSection(PlanModel::MeasureColumn, 220);
    m_planTable->horizontalHeader()->resizeSection(PlanModel::ResponsibleColumn, 170);
    planLayout->addWidget(m_planTable);
    auto *planButtons = new QHBoxLayout;
    m_addMeasure = new QPushButton(tr("Add measure"), planBox);
    m_addMeasure->setObjectName(u"addMeasureButton"_s);
    m_removeMeasure = new QPushButton(tr("Remove measure"), planBox);
    m_removeMeasure->setObjectName(u"removeMeasureButton"_s);
    planButtons->addWidget(m_addMeasure);
    planButtons->addWidget(m_removeMeasure);
    planButtons->addStretch();
    planLayout->addLayout(planButtons);
    contentLayout()->addWidget(planBox);
    contentLayout()->addStretch();

    connect(m_addMeeting, &QPushButton::clicked, this, [this] {
        request(tr("Add avstämningsmöte"), {}, [](CaseRecord &r) {
            Meeting meeting;
            meeting.kind = MeetingKind::Avstamningsmote;
            r.meetings.append(meeting);
        });
        // Typing starts with the date, the one thing every meeting needs.
        m_meetingTable->setFocus();
        m_meetingTable->setCurrentIndex(m_meetings->index(m_meetings->rowCount() - 1, MeetingModel::DateColumn));
    });
    connect(m_removeMeeting, &QPushButton::clicked, this, [this] {
        const int row = m_meetingTable->currentIndex().row();
        if (row < 0)
            return;
        request(tr("Remove meeting"), {}, [row](CaseRecord &r) {
            if (row < r.meetings.size())
                r.meetings.removeAt(row);
        });
    });
    connect(m_addMeasure, &QPushButton::clicked, this, [this] {
        request(tr("Add measure"), {}, [](CaseRecord &r) { r.plan.append(PlanMeasure{}); });
        m_planTable->setFocus();
        m_planTable->setCurrentIndex(m_plan->index(m_plan->rowCount() - 1, PlanModel::MeasureColumn));
    });
    connect(m_removeMeasure, &QPushButton::clicked, this, [this] {
        const int row = m_planTable->currentIndex().row();
        if (row < 0)
            return;
        request(tr("Remove measure"), {}, [row](CaseRecord &r) {
            if (row < r.plan.size())
                r.plan.removeAt(row);
        });
    });
}

void Ruta4Page::fill(const CaseRecord &record, const Assessment &assessment)
{
    m_removeMeeting->setEnabled(!record.meetings.isEmpty());
    m_removeMeasure->setEnabled(!record.plan.isEmpty());
    int late = 0;
    int checked = 0;
    for (const Deadline &deadline : assessment.deadlines) {
        if (deadline.meetingIndex < 0)
            continue;
        ++checked;
        if (deadline.status != DeadlineStatus::Met)
            ++late;
    }
    if (checked == 0)
        m_checkSummary->setText(tr("An avstämningsmöte should lie at least 2 weeks after the invitation. Record "
                                   "when the invitation was sent to check it."));
    else if (late == 0)
        m_checkSummary->setText(tr("Every avstämningsmöte lies at least 2 weeks after its invitation."));
    else
        m_checkSummary->setText(tr("Less than 2 weeks after the invitation: %1 of %2 avstämningsmöten. IoF may "
                                   "not manage to send a representative.")
                                    .arg(late)
                                    .arg(checked));
}

} // namespace samordna::ui
