// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace samordna::ui {

class DateEdit;
class FactCombo;
class PlanModel;

// Box 5: everyone follows the plan and adjusts it (a new avstämningsmöte
// means back to box 4); when FK ends the coordination, the closure: work
// capacity, how long it is reduced, against which labour market, and who
// drives the continued planning.
class Ruta5Page : public CasePage
{
    Q_OBJECT

public:
    Ruta5Page(PlanModel *plan, QWidget *parent = nullptr);

protected:
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QTableView *m_planTable = nullptr;
    QComboBox *m_workCapacity = nullptr;
    QComboBox *m_duration = nullptr;
    FactCombo *m_wholeMarket = nullptr;
    DateEdit *m_closedDate = nullptr;
    QLineEdit *m_continuedBy = nullptr;
    QLabel *m_progress = nullptr;
};

} // namespace samordna::ui
