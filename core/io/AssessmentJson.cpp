// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentJson.h"

#include "domain/Codes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace samordna {

QJsonObject assessmentToJson(const Assessment &a)
{
    QJsonArray criteria;
    for (const auto &c : a.criteria)
        criteria << QJsonObject{{u"code"_s, c.code}, {u"status"_s, code(c.status)}, {u"ref"_s, c.reference}};

    QJsonArray missing;
    for (Missing m : a.missingBeforeApplication)
        missing << code(m);

    QJsonArray allowed;
    for (Stage stage : a.allowedTransitions())
        allowed << stageCode(stage);

    QJsonArray deadlines;
    for (const auto &d : a.deadlines)
        deadlines << QJsonObject{
            {u"code"_s, code(d.kind)}, {u"due"_s, d.due.toString(Qt::ISODate)}, {u"status"_s, code(d.status)}};

    QJsonArray closureMissing;
    for (ClosureMissing m : a.missingBeforeClosure)
        closureMissing << code(m);

    QJsonArray alternatives;
    for (BenefitPath path : a.benefitAlternatives)
        alternatives << code(path);

    QJsonValue address(QJsonValue::Null);
    if (a.invitationAddress)
        address = QJsonArray::fromStringList(*a.invitationAddress);

    return QJsonObject{
        {u"date"_s, a.date.toString(Qt::ISODate)},
        {u"stage"_s, stageCode(a.stage)},
        {u"age"_s, a.age ? QJsonValue(*a.age) : QJsonValue(QJsonValue::Null)},
        {u"eligibility"_s, code(a.eligibility)},
        {u"criteria"_s, criteria},
        {u"missingBeforeApplication"_s, missing},
        {u"currentAdvice"_s, a.currentAdvice ? QJsonValue(code(*a.currentAdvice)) : QJsonValue(QJsonValue::Null)},
        {u"readyToApply"_s, a.readyToApply},
        {u"suggestedStage"_s, stageCode(a.suggestedStage)},
        {u"allowedTransitions"_s, allowed},
        {u"deadlines"_s, deadlines},
        {u"invitationAddress"_s, address},
        {u"missingBeforeClosure"_s, closureMissing},
        {u"benefitPath"_s, a.benefitPath ? QJsonValue(code(*a.benefitPath)) : QJsonValue(QJsonValue::Null)},
        {u"benefitAlternatives"_s, alternatives},
        {u"keepOpen"_s, a.keepOpen},
    };
}

} // namespace samordna
