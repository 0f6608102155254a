// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsQueries.h"

#include "Percentile.h"
#include "domain/Codes.h"
#include "rules/Assessor.h"
#include "rules/RuleData.h"
#include "store/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna::stats {

namespace {

// A konsultationsteam's "criteria met" is followed by an application within
// this many days when the advice was acted on.
constexpr int ApplicationWithinDays = 30;

// The boxes that end a case in the process, as SQL.
const QString EndStages = u"('ruta2b', 'ruta6a', 'ruta6b')"_s;

QString text(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString quarterFromNumber(qint64 number)
{
    return u"%1-Q%2"_s.arg(number / 10).arg(number % 10);
}

} // namespace

QString RawFigures::notAppliedWithin30Days()
{
    return u"konsultationsteam.noApplicationWithin30Days"_s;
}

StatsQueries::StatsQueries(const QString &connectionName, const RuleData &rules)
    : m_connectionName(connectionName)
    , m_rules(rules)
    , m_dialect(StatsDialect::forDriver(QSqlDatabase::database(connectionName, false).driverName()))
{
}

bool StatsQueries::select(const QString &statement, const QVariantList &values, const RowVisitor &visit,
                          QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!storeSql::prepare(query, statement, error))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!storeSql::exec(query, error))
        return false;
    while (query.next())
        visit(query);
    if (query.lastError().isValid()) {
        *error = storeSql::errorText(query.lastError());
        return false;
    }
    return true;
}

std::optional<RawFigures> StatsQueries::run(const StatsRequest &request, const QDate &today, QString *error) const
{
    // Transaction control is run as it is: PostgreSQL cannot prepare it.
    QSqlQuery snapshot(QSqlDatabase::database(m_connectionName, false));
    if (!snapshot.exec(m_dialect.beginSnapshot())) {
        *error = storeSql::errorText(snapshot.lastError());
        return std::nullopt;
    }
    RawFigures figures;
    const bool ok = history(request, figures, error) && benefits(request, figures, error)
        && konsultationsteam(request, figures, error) && method(request, today, figures, error);
    snapshot.exec(m_dialect.endSnapshot());
    if (!ok)
        return std::nullopt;
    return figures;
}

// Everything the stage history tells, in one statement so the period's
// entries are read (and joined to their district) once: at city scale that
// pass costs more than all the aggregating after it. Its rows are tagged:
//   entered  district, box, -, cases that entered the box in the period
//   flow     district, box, quarter (year·10 + q), cases entering that quarter
//   stays    district, durations key, -, stays (or spans) ended in the period
//   rank     -, durations key, rank, count, days (the quartiles' ranks only)
//   cases    district, -, -, cases in the process some day of the period
// A stay ends where the case's next entry begins and counts in the period
// in which it ended; "box 1 to 3" runs from the first entry in box 1 to the
// first in box 3, counted when box 3 was entered (likewise 3 to 6a/6b).
QString StatsQueries::historySql(const StatsRequest &request, QVariantList *values) const
{
    const QString from = text(request.from);
    const QString to = text(request.to);
    const auto days = [this](const QString &earlier, const QString &later) -> QString {
        return m_dialect.daysBetween(earlier, later);
    };
    // The first entry into `stages` as (district, key, days since the first
    // entry into `since` before it).
    const auto span = [&](const QString &key, const QString &since, const QString &stages) -> QString {
        return u" SELECT s.district, '"_s + key + u"', "_s + days(u"s.first_date"_s, u"s.from_date"_s)
            + u" FROM (SELECT e.district AS district, e.from_date AS from_date,"
              " (SELECT MIN(x.from_date) FROM stage_history x"
              "  WHERE x.case_id = e.case_id AND x.stage = '"_s
            + since
            + u"' AND x.ordinal < e.ordinal) AS first_date"
              " FROM e WHERE e.stage IN "_s
            + stages
            + u" AND NOT EXISTS (SELECT 1 FROM stage_history x"
              "  WHERE x.case_id = e.case_id AND x.stage IN "_s
            + stages + u" AND x.ordinal < e.ordinal)) s WHERE s.first_date IS NOT NULL"_s;
    };
    QString scope;
    *values = {from, to};
    if (!request.district.isEmpty()) {
        scope = u" WHERE district = ?"_s;
        *values << request.district;
    }
    *values << to << from << from;
    const QString quarter = m_dialect.quarterOf(u"from_date"_s);
    return u"WITH e AS MATERIALIZED ("
           " SELECT c.district AS district, h.case_id AS case_id, h.ordinal AS ordinal, h.stage AS stage,"
           " h.from_date AS from_date FROM stage_history h JOIN "_s
        + m_dialect.casesWithDistrict()
        + u" ON c.id = h.case_id"
          " WHERE h.from_date >= ? AND h.from_date <= ?),"
          " d AS MATERIALIZED ("
          " SELECT e.district AS district, 'boxes.' || p.stage AS grp, "_s
        + days(u"p.from_date"_s, u"e.from_date"_s)
        + u" AS days FROM e JOIN stage_history p ON p.case_id = e.case_id AND p.ordinal = e.ordinal - 1"
          " UNION ALL"_s
        + span(keys::ruta1ToRuta3(), u"ruta1"_s, u"('ruta3')"_s) + u" UNION ALL"_s
        + span(keys::ruta3ToRuta6(), u"ruta3"_s, u"('ruta6a', 'ruta6b')"_s)
        + u"),"
          " r AS (SELECT grp, days, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY days) AS rn,"
          " COUNT(*) OVER (PARTITION BY grp) AS n FROM d"_s
        + scope
        + u")"
          " SELECT 'entered', district, stage, 0, COUNT(DISTINCT case_id), 0 FROM e GROUP BY district, stage"
          " UNION ALL SELECT 'flow', district, stage, "_s
        + quarter + u", COUNT(DISTINCT case_id), 0 FROM e GROUP BY district, stage, "_s + quarter
        + u" UNION ALL SELECT 'stays', district, grp, 0, COUNT(*), 0 FROM d GROUP BY district, grp"
          " UNION ALL SELECT 'rank', '', grp, rn, n, days FROM r WHERE rn IN (1 + (n - 1) / 4, 1 + (n + 2) / 4,"
          " 1 + (2 * n - 2) / 4, 1 + (2 * n + 1) / 4, 1 + (3 * n - 3) / 4, 1 + (3 * n) / 4)"
          // In the process some day of the period: moved in it; or in an
          // open box at its start and left after its end, or not yet left.
          // The three are disjoint, so their counts add up.
          " UNION ALL SELECT 'cases', district, '', 0, COUNT(DISTINCT case_id), 0 FROM e GROUP BY district"
          " UNION ALL SELECT 'cases', c.district, '', 0, COUNT(*), 0 FROM stage_history h"
          "  JOIN stage_history p ON p.case_id = h.case_id AND p.ordinal = h.ordinal - 1"
          "  JOIN cases c ON c.id = h.case_id"
          "  WHERE h.from_date > ? AND p.from_date < ? AND p.stage NOT IN "_s
        + EndStages
        + u"  GROUP BY c.district"
          " UNION ALL SELECT 'cases', c.district, '', 0, COUNT(*), 0 FROM cases c WHERE c.stage NOT IN "_s
        + EndStages
        + u"  AND EXISTS (SELECT 1 FROM stage_history x WHERE x.case_id = c.id)"
          "  AND NOT EXISTS (SELECT 1 FROM stage_history x WHERE x.case_id = c.id AND x.from_date >= ?)"
          "  GROUP BY c.district"_s;
}

bool StatsQueries::history(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    // The values at the quartiles' ranks, by durations key (see Percentile.h).
    struct Ranked
    {
        qint64 count = 0;
        QHash<qint64, double> byRank;
    };
    QHash<QString, Ranked> ranked;
    QVariantList values;
    const QString statement = historySql(request, &values);
    const bool read = select(
        statement, values,
        [&](const QSqlQuery &row) {
            const QString tag = row.value(0).toString();
            const QString district = row.value(1).toString();
            const QString name = row.value(2).toString();
            const qint64 number = row.value(3).toLongLong();
            const qint64 count = row.value(4).toLongLong();
            if (tag == u"entered") {
                if (const auto stage = stageFromCode(name))
                    figures.counts[keys::entered(*stage)][district] += count;
            } else if (tag == u"flow") {
                if (const auto stage = stageFromCode(name))
                    figures.counts[keys::flow(quarterFromNumber(number), *stage)][district] += count;
            } else if (tag == u"stays") {
                const QString key = name.startsWith(u"boxes."_s) ? name + u".completed"_s : keys::durationCases(name);
                figures.counts[key][district] += count;
            } else if (tag == u"rank") {
                Ranked &group = ranked[name];
                group.count = count;
                group.byRank.insert(number, row.value(5).toDouble());
            } else if (tag == u"cases") {
                figures.counts[keys::cases()][district] += count;
            }
        },
        error);
    if (!read)
        return false;
    for (auto it = ranked.cbegin(); it != ranked.cend(); ++it) {
        const Ranked &group = it.value();
        const auto at = [&](int quarter) {
            const PercentileRanks ranks = percentileRanks(group.count, quarter, QuartileDenominator);
            return interpolate(ranks, group.byRank.value(ranks.lower), group.byRank.value(ranks.upper));
        };
        figures.days.insert(it.key(), RawFigures::Days{group.count, at(1), at(2), at(3)});
    }
    return true;
}

// Box 6b's benefit guidance, as the rules give it on the day the case
// entered 6b (its last entry in the period). The rules are asked row by row
// as the rows stream past; only the four counts are kept.
bool StatsQueries::benefits(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    return select(
        u"SELECT c.district, c.personnummer, c.closure_work_capacity, c.closure_reduction_duration,"
        " c.closure_against_whole_labour_market, MAX(h.from_date)"
        " FROM stage_history h JOIN cases c ON c.id = h.case_id"
        " WHERE h.stage = 'ruta6b' AND h.from_date >= ? AND h.from_date <= ?"
        " GROUP BY c.id, c.district, c.personnummer, c.closure_work_capacity, c.closure_reduction_duration,"
        " c.closure_against_whole_labour_market"_s,
        {text(request.from), text(request.to)},
        [&](const QSqlQuery &row) {
            CaseRecord record;
            record.stage = Stage::Ruta6b;
            record.person.personnummer = row.value(1).toString();
            record.closure.workCapacity = fromCode<WorkCapacity>(row.value(2).toString());
            record.closure.reductionDuration = fromCode<ReductionDuration>(row.value(3).toString());
            record.closure.againstWholeLabourMarket = storeSql::toFact(row.value(4));
            const QDate entered = storeSql::toDate(row.value(5));
            const Assessment assessment = assess(record, entered, m_rules);
            QString code = u"none"_s;
            if (assessment.keepOpen)
                code = u"kept_open"_s;
            else if (assessment.benefitPath)
                code = samordna::code(*assessment.benefitPath);
            figures.counts[keys::benefit(code)][row.value(0).toString()] += 1;
        },
        error);
}

// Cases discussed in the konsultationsteam in the period, each advice
// given, and "criteria met" followed by an application within 30 days:
// one row per case first, so each count is of cases, not of meetings.
bool StatsQueries::konsultationsteam(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QString applied = u"COALESCE(c.application_sent_date, c.application_received_by_fk_date)"_s;
    const QString wait = m_dialect.daysBetween(u"m.date"_s, applied);
    const auto flag = [](const QString &condition) -> QString {
        return u"MAX(CASE WHEN "_s + condition + u" THEN 1 ELSE 0 END)"_s;
    };
    return select(
        u"SELECT k.district, COUNT(*), SUM(k.criteria_met), SUM(k.complement_needed), SUM(k.not_relevant),"
        " SUM(k.applied) FROM (SELECT c.district AS district, m.case_id AS case_id, "_s
            + flag(u"m.outcome = 'criteria_met'"_s) + u" AS criteria_met, "_s
            + flag(u"m.outcome = 'complement_needed'"_s) + u" AS complement_needed, "_s
            + flag(u"m.outcome = 'not_relevant'"_s) + u" AS not_relevant, "_s
            + flag(u"m.outcome = 'criteria_met' AND "_s + applied + u" IS NOT NULL AND "_s + wait + u" >= 0 AND "_s
                   + wait + u" <= ?")
            + u" AS applied FROM meetings m JOIN cases c ON c.id = m.case_id"
              " WHERE m.kind = 'konsultationsteam' AND m.date >= ? AND m.date <= ?"
              " GROUP BY c.district, m.case_id) k GROUP BY k.district"_s,
        {ApplicationWithinDays, text(request.from), text(request.to)},
        [&](const QSqlQuery &row) {
            const QString district = row.value(0).toString();
            figures.counts[keys::discussed()][district] += row.value(1).toLongLong();
            const QStringList codes = keys::adviceCodes();
            for (int i = 0; i < codes.size(); ++i)
                figures.counts[keys::advice(codes.at(i))][district] += row.value(2 + i).toLongLong();
            const qint64 appliedCount = row.value(5).toLongLong();
            figures.counts[keys::appliedWithin30Days()][district] += appliedCount;
            figures.counts[RawFigures::notAppliedWithin30Days()][district] += row.value(2).toLongLong() - appliedCount;
        },
        error);
}

// The method's two time limits (rules/Deadlines.h), judged as the rules
// judge them, with the rules' own numbers: an avstämningsmöte dated in the
// period, invited at least invitationLeadDays ahead; FK's contact within
// fkContactDays of a granted decision, counted in the period its time ran
// out, and overdue only once that day has passed.
bool StatsQueries::method(const StatsRequest &request, const QDate &today, RawFigures &figures, QString *error) const
{
    const QString lead = m_dialect.daysBetween(u"m.invitation_sent_date"_s, u"m.date"_s);
    const bool invitations = select(
        u"SELECT c.district, SUM(CASE WHEN "_s + lead + u" >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN "_s + lead
            + u" < ? THEN 1 ELSE 0 END)"
              " FROM meetings m JOIN cases c ON c.id = m.case_id"
              " WHERE m.kind = 'avstamningsmote' AND m.invitation_sent_date IS NOT NULL"
              " AND m.date >= ? AND m.date <= ? GROUP BY c.district"_s,
        {m_rules.invitationLeadDays, m_rules.invitationLeadDays, text(request.from), text(request.to)},
        [&](const QSqlQuery &row) {
            const QString district = row.value(0).toString();
            figures.counts[keys::invitationMet()][district] += row.value(1).toLongLong();
            figures.counts[keys::invitationNotMet()][district] += row.value(2).toLongLong();
        },
        error);
    if (!invitations)
        return false;
    const int week = m_rules.fkContactDays;
    const QString contact = m_dialect.daysBetween(u"c.application_decision_date"_s, u"c.fk_contact_date"_s);
    return select(
        u"SELECT c.district,"
        " SUM(CASE WHEN c.fk_contact_date IS NOT NULL AND "_s
            + contact
            + u" <= ? THEN 1 ELSE 0 END),"
              " SUM(CASE WHEN (c.fk_contact_date IS NOT NULL AND "_s
            + contact
            + u" > ?) OR (c.fk_contact_date IS NULL AND c.application_decision_date < ?) THEN 1 ELSE 0 END)"
              " FROM cases c WHERE c.application_decision = 'granted'"
              " AND c.application_decision_date >= ? AND c.application_decision_date <= ?"
              " GROUP BY c.district"_s,
        {week, week, text(today.addDays(-week)), text(request.from.addDays(-week)), text(request.to.addDays(-week))},
        [&](const QSqlQuery &row) {
            const QString district = row.value(0).toString();
            figures.counts[keys::fkContactMet()][district] += row.value(1).toLongLong();
            figures.counts[keys::fkContactOverdue()][district] += row.value(2).toLongLong();
        },
        error);
}

} // namespace samordna::stats
