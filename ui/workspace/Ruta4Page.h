// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QPushButton;
class QTableView;

namespace samordna::ui {

class MeetingModel;
class PlanModel;

// Box 4: the avstämningsmöte FK leads, with the two-week invitation check,
// and the rehabiliteringsplan: who carries out which measure.
class Ruta4Page : public CasePage
{
    Q_OBJECT

public:
    Ruta4Page(MeetingModel *meetings, PlanModel *plan, QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    MeetingModel *m_meetings = nullptr;
    PlanModel *m_plan = nullptr;
    QTableView *m_meetingTable = nullptr;
    QTableView *m_planTable = nullptr;
    QPushButton *m_addMeeting = nullptr;
    QPushButton *m_removeMeeting = nullptr;
    QPushButton *m_addMeasure = nullptr;
    QPushButton *m_removeMeasure = nullptr;
    QLabel *m_checkSummary = nullptr;
};

} // namespace samordna::ui
