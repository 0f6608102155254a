// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/TableDelegates.h"

#include "domain/Codes.h"
#include "workspace/ChoiceDelegate.h"
#include "workspace/ComplementModel.h"
#include "workspace/ContactModel.h"
#include "workspace/DateDelegate.h"
#include "workspace/MedicalDocumentModel.h"
#include "workspace/MeetingModel.h"
#include "workspace/PlanModel.h"

#include <QCoreApplication>
#include <QTableView>

namespace samordna::ui {

namespace {

struct TableDelegates
{
    Q_DECLARE_TR_FUNCTIONS(TableDelegates)
};

template<typename E>
ChoiceDelegate::Choices choicesOf(bool withNone, const QString &noneText = {})
{
    ChoiceDelegate::Choices choices;
    if (withNone)
        choices.append({noneText, -1});
    for (const QString &value : allCodes<E>()) {
        const E item = *fromCode<E>(value);
        choices.append({displayName(item), int(item)});
    }
    return choices;
}

} // namespace

void installMeetingDelegates(QTableView *view)
{
    view->setItemDelegateForColumn(MeetingModel::KindColumn, new ChoiceDelegate(choicesOf<MeetingKind>(false), view));
    view->setItemDelegateForColumn(MeetingModel::DateColumn, new DateDelegate(view));
    view->setItemDelegateForColumn(MeetingModel::InvitationColumn, new DateDelegate(view));
    view->setItemDelegateForColumn(
        MeetingModel::AdviceColumn,
        new ChoiceDelegate(choicesOf<Advice>(true, TableDelegates::tr("No advice yet")), view));
}

void installPlanDelegates(QTableView *view)
{
    view->setItemDelegateForColumn(PlanModel::ResponsibleColumn,
                                   new ChoiceDelegate(choicesOf<Party>(true, TableDelegates::tr("Not decided")), view));
    view->setItemDelegateForColumn(PlanModel::StartColumn, new DateDelegate(view));
    view->setItemDelegateForColumn(PlanModel::EndColumn, new DateDelegate(view));
    view->setItemDelegateForColumn(PlanModel::StatusColumn, new ChoiceDelegate(choicesOf<MeasureStatus>(false), view));
}

void installComplementDelegates(QTableView *view)
{
    view->setItemDelegateForColumn(ComplementModel::KindColumn,
                                   new ChoiceDelegate(choicesOf<ComplementKind>(false), view));
    view->setItemDelegateForColumn(ComplementModel::DateColumn, new DateDelegate(view));
}

void installMedicalDocumentDelegates(QTableView *view)
{
    view->setItemDelegateForColumn(MedicalDocumentModel::DateColumn, new DateDelegate(view));
}

void installContactDelegates(QTableView *view)
{
    view->setItemDelegateForColumn(ContactModel::PartyColumn,
                                   new ChoiceDelegate(choicesOf<Party>(true, TableDelegates::tr("Not given")), view));
}

} // namespace samordna::ui
