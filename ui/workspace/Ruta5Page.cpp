// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta5Page.h"

#include "domain/Codes.h"
#include "workspace/DateEdit.h"
#include "workspace/FactCombo.h"
#include "workspace/PlanModel.h"
#include "workspace/TableDelegates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

Ruta5Page::Ruta5Page(PlanModel *plan, QWidget *parent)
    : CasePage(Stage::Ruta5,
               tr("Everyone carries out their part of the rehabiliteringsplan and adjusts it when needed, in new "
                  "avstämningsmöten (back to box 4). IoF follows up the plan with the person and is responsible "
                  "for social measures. When FK ends the coordination, the end is to be made clear to the person and "
                  "the parties, and who drives the continued planning."),
               parent)
{
    QWidget *body = contentLayout()->parentWidget();
    auto *planBox = new QGroupBox(tr("Follow-up of the rehabiliteringsplan"), body);
    auto *planLayout = new QVBoxLayout(planBox);
    m_planTable = makeTable(plan, u"followUpTable"_s, planBox);
    installPlanDelegates(m_planTable);
    m_planTable->horizontalHeader()->resizeSection(PlanModel::MeasureColumn, 220);
    m_planTable->horizontalHeader()->resizeSection(PlanModel::ResponsibleColumn, 170);
    planLayout->addWidget(m_planTable);
    m_progress = makeText({}, planBox);
    m_progress->setObjectName(u"planProgressLabel"_s);
    planLayout->addWidget(m_progress);
    contentLayout()->addWidget(planBox);

    auto *closureBox = new QGroupBox(tr("Closure of FK's coordination"), body);
    auto *form = new QFormLayout(closureBox);
    m_workCapacity = new QComboBox(closureBox);
    m_workCapacity->setObjectName(u"closureWorkCapacityCombo"_s);
    m_workCapacity->addItem(tr("Not recorded"), -1);
    for (WorkCapacity value : {WorkCapacity::Full, WorkCapacity::Partial, WorkCapacity::None})
        m_workCapacity->addItem(displayName(value), int(value));
    m_duration = new QComboBox(closureBox);
    m_duration->setObjectName(u"closureDurationCombo"_s);
    m_duration->addItem(tr("Not recorded"), -1);
    for (ReductionDuration value :
         {ReductionDuration::Temporary, ReductionDuration::AtLeastOneYear, ReductionDuration::ForeseeableFuture})
        m_duration->addItem(displayName(value), int(value));
    m_wholeMarket = new FactCombo(closureBox);
    m_wholeMarket->setObjectName(u"wholeLabourMarketCombo"_s);
    m_closedDate = new DateEdit(closureBox);
    m_closedDate->setObjectName(u"closedDateEdit"_s);
    m_continuedBy = new QLineEdit(closureBox);
    m_continuedBy->setObjectName(u"continuedByEdit"_s);
    m_continuedBy->setPlaceholderText(tr("e.g. IoF, ekonomiskt bistånd"));
    form->addRow(tr("Work ca&pacity:"), m_workCapacity);
    form->addRow(tr("Reduced fo&r:"), m_duration);
    form->addRow(tr("Reduced a&gainst the whole labour market, incl. the protected one:"), m_wholeMarket);
    form->addRow(tr("Coordination ended &on:"), m_closedDate);
    form->addRow(tr("Continued planning dri&ven by:"), m_continuedBy);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    contentLayout()->addWidget(closureBox);
    contentLayout()->addStretch();

    connect(m_workCapacity, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_workCapacity->currentData().toInt();
        request(tr("Change work capacity"), {}, [value](CaseRecord &r) {
            if (value < 0)
                r.closure.workCapacity.reset();
            else
                r.closure.workCapacity = static_cast<WorkCapacity>(value);
        });
    });
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_duration->currentData().toInt();
        request(tr("Change duration"), {}, [value](CaseRecord &r) {
            if (value < 0)
                r.closure.reductionDuration.reset();
            else
                r.closure.reductionDuration = static_cast<ReductionDuration>(value);
        });
    });
    connect(m_wholeMarket, &FactCombo::factEdited, this, [this](const Fact &fact) {
        request(tr("Change whole labour market"), {},
                [fact](CaseRecord &r) { r.closure.againstWholeLabourMarket = fact; });
    });
    connect(m_closedDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        request(tr("Change closing date"), u"closure.date"_s, [date](CaseRecord &r) { r.closure.closedDate = date; });
    });
    connect(m_continuedBy, &QLineEdit::textEdited, this, [this](const QString &text) {
        request(tr("Change who continues"), u"closure.continuedBy"_s,
                [text](CaseRecord &r) { r.closure.continuedBy = text; });
    });
}

void Ruta5Page::fill(const CaseRecord &record, const Assessment &)
{
    const Closure &closure = record.closure;
    m_workCapacity->setCurrentIndex(m_workCapacity->findData(closure.workCapacity ? int(*closure.workCapacity) : -1));
    m_duration->setCurrentIndex(m_duration->findData(closure.reductionDuration ? int(*closure.reductionDuration) : -1));
    m_wholeMarket->setFact(closure.againstWholeLabourMarket);
    m_closedDate->setDate(closure.closedDate);
    setTextKeepingCursor(m_continuedBy, closure.continuedBy);

    int done = 0;
    int ongoing = 0;
    for (const PlanMeasure &measure : record.plan) {
        done += measure.status == MeasureStatus::Done ? 1 : 0;
        ongoing += measure.status == MeasureStatus::Ongoing ? 1 : 0;
    }
    if (record.plan.isEmpty())
        m_progress->setText(tr("The plan has no measures yet: write them in box 4."));
    else
        m_progress->setText(tr("%1 measures: %2 ongoing, %3 done. Change a status here; a new avstämningsmöte "
                               "to adjust the plan means going back to box 4.")
                                .arg(record.plan.size())
                                .arg(ongoing)
                                .arg(done));
}

} // namespace samordna::ui
