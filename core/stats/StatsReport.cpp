// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsReport.h"

using namespace Qt::StringLiterals;

namespace samordna::stats {

QString ShownCount::text() const
{
    switch (visibility) {
    case SuppressionTable::Visibility::Shown:
        return QString::number(value);
    case SuppressionTable::Visibility::Few:
        return u"<5"_s;
    case SuppressionTable::Visibility::Hidden:
        return {};
    }
    return {};
}

namespace keys {

QString cases()
{
    return u"cases"_s;
}
QString entered(Stage stage)
{
    return boxDurations(stage) + u".entered"_s;
}
QString completed(Stage stage)
{
    return boxDurations(stage) + u".completed"_s;
}
QString boxDurations(Stage stage)
{
    return u"boxes."_s + stageCode(stage);
}
QString ruta1ToRuta3()
{
    return u"endToEnd.ruta1ToRuta3"_s;
}
QString ruta3ToRuta6()
{
    return u"endToEnd.ruta3ToRuta6"_s;
}
QString durationCases(const QString &durations)
{
    return durations + u".cases"_s;
}
QString p25(const QString &durations)
{
    return durations + u".p25Days"_s;
}
QString median(const QString &durations)
{
    return durations + u".medianDays"_s;
}
QString p75(const QString &durations)
{
    return durations + u".p75Days"_s;
}
QString outcome(Stage stage)
{
    return u"outcomes."_s + stageCode(stage);
}

QStringList benefitCodes()
{
    return {u"aktivitetsersattning"_s, u"sjukersattning"_s, u"none"_s, u"kept_open"_s};
}

QString benefit(const QString &code)
{
    return u"benefits."_s + code;
}

QStringList adviceCodes()
{
    return {u"criteria_met"_s, u"complement_needed"_s, u"not_relevant"_s};
}

QString advice(const QString &code)
{
    return u"advice."_s + code;
}
QString discussed()
{
    return u"konsultationsteam.discussed"_s;
}
QString appliedWithin30Days()
{
    return u"konsultationsteam.applicationWithin30Days"_s;
}
QString invitationMet()
{
    return u"invitationLeadTime.met"_s;
}
QString invitationNotMet()
{
    return u"invitationLeadTime.not_met"_s;
}
QString fkContactMet()
{
    return u"fkContact.met"_s;
}
QString fkContactOverdue()
{
    return u"fkContact.overdue"_s;
}
QString flow(const QString &quarter, Stage stage)
{
    return u"flow."_s + quarter + u'.' + stageCode(stage);
}

} // namespace keys

const QList<Stage> &outcomeStages()
{
    static const QList<Stage> stages{Stage::Ruta2b, Stage::Ruta6a, Stage::Ruta6b};
    return stages;
}

QString quarterName(const QDate &date)
{
    return u"%1-Q%2"_s.arg(date.year()).arg((date.month() + 2) / 3);
}

QStringList quartersBetween(const QDate &from, const QDate &to)
{
    QStringList quarters;
    if (!from.isValid() || !to.isValid() || from > to)
        return quarters;
    QDate start(from.year(), ((from.month() - 1) / 3) * 3 + 1, 1);
    for (; start <= to; start = start.addMonths(3))
        quarters << quarterName(start);
    return quarters;
}

} // namespace samordna::stats
