// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include "StatsQueries.h"
#include "Suppression.h"
#include "rules/RuleData.h"
#include "service/CaseService.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace samordna::stats {

namespace {

// The whole city's column in the table of districts.
const QString AllDistricts = u"\u0001all"_s;

// Every count the report can hold, whether or not the store had any.
QStringList countKeys(const QStringList &quarters)
{
    QStringList list{keys::cases()};
    for (Stage stage : allStages())
        list << keys::entered(stage) << keys::completed(stage);
    list << keys::durationCases(keys::ruta1ToRuta3()) << keys::durationCases(keys::ruta3ToRuta6());
    for (const QString &code : keys::benefitCodes())
        list << keys::benefit(code);
    for (const QString &code : keys::adviceCodes())
        list << keys::advice(code);
    list << keys::discussed() << keys::appliedWithin30Days() << RawFigures::notAppliedWithin30Days()
         << keys::invitationMet() << keys::invitationNotMet() << keys::fkContactMet() << keys::fkContactOverdue();
    for (const QString &quarter : quarters) {
        for (Stage stage : allStages())
            list << keys::flow(quarter, stage);
    }
    return list;
}

// The table of counts by district with the sums that hold in it, so that
// no hidden cell can be worked out from the others (Suppression.h).
class SuppressedFigures
{
public:
    SuppressedFigures(const RawFigures &raw, const QStringList &keyList, const QStringList &districts,
                      const QStringList &quarters)
    {
        for (const QString &key : keyList) {
            QList<int> parts;
            qint64 total = 0;
            for (const QString &district : districts) {
                const qint64 value = raw.counts.value(key).value(district);
                total += value;
                const int cell = m_table.addCell(value);
                m_cells.insert(cellKey(key, district), cell);
                parts << cell;
            }
            const int totalCell = m_table.addCell(total);
            m_cells.insert(cellKey(key, AllDistricts), totalCell);
            // The city's figure is the sum of its districts'.
            m_table.addSum(totalCell, parts);
        }
        QStringList columns = districts;
        columns << AllDistricts;
        for (const QString &column : std::as_const(columns)) {
            const auto cell = [&](const QString &key) { return m_cells.value(cellKey(key, column)); };
            // Every case entering 6b has one benefit guidance.
            QList<int> benefits;
            for (const QString &code : keys::benefitCodes())
                benefits << cell(keys::benefit(code));
            m_table.addSum(cell(keys::entered(Stage::Ruta6b)), benefits);
            // "Criteria met" splits into applied within 30 days and not.
            m_table.addSum(cell(keys::advice(u"criteria_met"_s)),
                           {cell(keys::appliedWithin30Days()), cell(RawFigures::notAppliedWithin30Days())});
            // The cases entering a box in the period, quarter by quarter (a
            // case entering twice is in two quarters: at most the sum, which
            // only hides more).
            for (Stage stage : allStages()) {
                QList<int> byQuarter;
                for (const QString &quarter : quarters)
                    byQuarter << cell(keys::flow(quarter, stage));
                m_table.addSum(cell(keys::entered(stage)), byQuarter);
            }
        }
        m_table.apply();
    }

    ShownCount shown(const QString &key, const QString &district) const
    {
        const int cell = m_cells.value(cellKey(key, district), -1);
        if (cell < 0)
            return {};
        return ShownCount{m_table.value(cell), m_table.visibility(cell)};
    }

private:
    static QString cellKey(const QString &key, const QString &district) { return key + u'\u0002' + district; }

    SuppressionTable m_table;
    QHash<QString, int> m_cells;
};

} // namespace

QString checkRequest(const StatsRequest &request, const RuleData &rules)
{
    if (!request.from.isValid() || !request.to.isValid())
        return QCoreApplication::translate("Statistics", "the period needs both a first and a last day");
    if (request.from > request.to)
        return QCoreApplication::translate("Statistics", "the period ends (%1) before it begins (%2)")
            .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate));
    if (!request.district.isEmpty() && !rules.district(request.district))
        return QCoreApplication::translate("Statistics", "there is no district \"%1\" (the districts are: %2)")
            .arg(request.district, rules.districtNames().join(u", "_s));
    return {};
}

QString auditDetails(const StatsRequest &request)
{
    return u"from=%1 to=%2 district=%3"_s.arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate),
                                              request.district.isEmpty() ? u"all"_s : request.district);
}

StatsOutcome openReport(CaseService &service, const StatsRequest &request, const QDate &today)
{
    const RuleData &rules = RuleData::standard();
    if (const QString problem = checkRequest(request, rules); !problem.isEmpty())
        return {std::nullopt, problem};
    if (const WriteResult audited = service.audit({}, u"statistics"_s, auditDetails(request)); !audited.ok())
        return {std::nullopt, audited.message};
    return compute(service.connection().name(), request, today, rules);
}

StatsOutcome compute(const QString &connectionName, const StatsRequest &request, const QDate &today,
                     const RuleData &rules)
{
    StatsOutcome outcome;
    if (const QString problem = checkRequest(request, rules); !problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }
    QString error;
    const std::optional<RawFigures> raw = StatsQueries(connectionName, rules).run(request, today, &error);
    if (!raw) {
        outcome.error = QCoreApplication::translate("Statistics", "the figures could not be read: %1").arg(error);
        return outcome;
    }

    StatsReport report;
    report.from = request.from;
    report.to = request.to;
    report.district = request.district;
    report.quarters = quartersBetween(request.from, request.to);

    // Every district of the data file and every one the store names, and
    // cases without one: all are parts of the city's sums.
    QStringList districts = rules.districtNames();
    QSet<QString> known(districts.cbegin(), districts.cend());
    for (const auto &byDistrict : raw->counts) {
        for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
            if (!known.contains(it.key())) {
                known.insert(it.key());
                districts << it.key();
            }
        }
    }
    if (!known.contains(QString()))
        districts << QString();

    const QStringList keyList = countKeys(report.quarters);
    const SuppressedFigures table(*raw, keyList, districts, report.quarters);
    const QString column = request.district.isEmpty() ? AllDistricts : request.district;
    for (const QString &key : keyList) {
        if (key != RawFigures::notAppliedWithin30Days())
            report.counts.insert(key, table.shown(key, column));
    }
    // An outcome is the count of cases entering its box: the same cell.
    for (Stage stage : outcomeStages())
        report.counts.insert(keys::outcome(stage), report.counts.value(keys::entered(stage)));

    QStringList durations;
    for (Stage stage : allStages())
        durations << keys::boxDurations(stage);
    durations << keys::ruta1ToRuta3() << keys::ruta3ToRuta6();
    for (const QString &key : durations) {
        const auto found = raw->days.constFind(key);
        const bool shown = found != raw->days.cend() && found->count >= SuppressionTable::Threshold;
        report.days.insert(keys::p25(key), shown ? std::optional<double>(found->p25) : std::nullopt);
        report.days.insert(keys::median(key), shown ? std::optional<double>(found->median) : std::nullopt);
        report.days.insert(keys::p75(key), shown ? std::optional<double>(found->p75) : std::nullopt);
    }
    outcome.report = std::move(report);
    return outcome;
}

} // namespace samordna::stats
