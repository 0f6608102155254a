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
    : m_connectionName(connectionName),
      m_rules(rules),
      m_dialect(StatsDialect::forDriver(QSqlDatabase::database(connectionName, false).driverName()))
{ }

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
    const bool ok = entered(request, figures, error) && activeCases(request, figures, error)
        && stays(request, figures, error) && benefits(request, figures, error)
        && konsultationsteam(request, figures, error) && method(request, today, figures, error);
    snapshot.exec(m_dialect.endSnapshot());
    if (!ok)
        return std::nullopt;
    return figures;
}

// Cases that entered each box in the period, in all and by quarter. The
// outcomes are the end boxes' figures (the same cells, see Statistics.cpp).
bool StatsQueries::entered(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QVariantList period {text(request.from), text(request.to)};
    const bool total = select(
        u"SELECT c.district, h.stage, COUNT(DISTINCT h.case_id) FROM stage_history h "
        "JOIN cases c ON c.id = h.case_id "
        "WHERE h.from_date >= ? AND h.from_date <= ? GROUP BY c.district, h.stage"_s,
        period,
        [&](const QSqlQuery &row) {
            const auto stage = stageFromCode(row.value(1).toString());
            if (!stage)
                return;
            const QString district = row.value(0).toString();
            const qint64 count = row.value(2).toLongLong();
            figures.counts[keys::entered(*stage)][district] += count;
        },
        error);
    if (!total)
        return false;
    const QString quarter = m_dialect.quarterOf(u"h.from_date"_s);
    return select(u"SELECT c.district, "_s + quarter
            + u", h.stage, COUNT(DISTINCT h.case_id) FROM stage_history h "
              "JOIN cases c ON c.id = h.case_id "
              "WHERE h.from_date >= ? AND h.from_date <= ? GROUP BY c.district, "_s
            + quarter + u", h.stage"_s,
        period,
        [&](const QSqlQuery &row) {
            const auto stage = stageFromCode(row.value(2).toString());
            if (!stage)
                return;
            const QString key = keys::flow(quarterFromNumber(row.value(1).toLongLong()), *stage);
            figures.counts[key][row.value(0).toString()] += row.value(3).toLongLong();
        },
        error);
}

// Cases in the process at some time in the period: those that moved in it,
// those whose stay in an open box spans its start (left after its end, or
// not yet left).
bool StatsQueries::activeCases(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QString from = text(request.from);
    const QString to = text(request.to);
    return select(
        u"SELECT c.district, COUNT(*) FROM cases c WHERE c.id IN ("
        " SELECT h.case_id FROM stage_history h WHERE h.from_date >= ? AND h.from_date <= ?"
        " UNION"
        " SELECT p.case_id FROM stage_history h"
        "  JOIN stage_history p ON p.case_id = h.case_id AND p.ordinal = h.ordinal - 1"
        "  WHERE h.from_date > ? AND p.from_date < ? AND p.stage NOT IN "_s
            + EndStages
            + u" UNION"
              " SELECT x.id FROM cases x WHERE x.stage NOT IN "_s
            + EndStages
            + u"  AND EXISTS (SELECT 1 FROM stage_history e WHERE e.case_id = x.id)"
              "  AND NOT EXISTS (SELECT 1 FROM stage_history e WHERE e.case_id = x.id AND e.from_date >= ?)"
              ") GROUP BY c.district"_s,
        {from, to, to, from, from},
        [&](const QSqlQuery &row) {
            figures.counts[keys::cases()][row.value(0).toString()] += row.value(1).toLongLong();
        },
        error);
}

// Every duration the report ranks, as (district, key, days): completed
// stays by box, from box 1 to box 3 and from box 3 to 6a/6b, each counted
// in the period in which it ended. Six values to bind: the period, thrice.
QString StatsQueries::durationsSql() const
{
    const auto days = [this](const QString &earlier, const QString &later) {
        return m_dialect.daysBetween(earlier, later);
    };
    return u"SELECT c.district AS district, 'boxes.' || p.stage AS grp, "_s + days(u"p.from_date"_s, u"h.from_date"_s)
        + u" AS days FROM stage_history h"
          " JOIN stage_history p ON p.case_id = h.case_id AND p.ordinal = h.ordinal - 1"
          " JOIN cases c ON c.id = h.case_id"
          " WHERE h.from_date >= ? AND h.from_date <= ?"
          " UNION ALL"
          " SELECT c.district, '"_s
        + keys::ruta1ToRuta3() + u"', "_s + days(u"s.first_date"_s, u"s.entered"_s)
        + u" FROM (SELECT h.case_id AS case_id, h.from_date AS entered,"
          "  (SELECT MIN(e.from_date) FROM stage_history e"
          "    WHERE e.case_id = h.case_id AND e.stage = 'ruta1' AND e.ordinal < h.ordinal) AS first_date"
          "  FROM stage_history h WHERE h.stage = 'ruta3' AND h.from_date >= ? AND h.from_date <= ?"
          "  AND NOT EXISTS (SELECT 1 FROM stage_history e"
          "    WHERE e.case_id = h.case_id AND e.stage = 'ruta3' AND e.ordinal < h.ordinal)) s"
          " JOIN cases c ON c.id = s.case_id WHERE s.first_date IS NOT NULL"
          " UNION ALL"
          " SELECT c.district, '"_s
        + keys::ruta3ToRuta6() + u"', "_s + days(u"s.first_date"_s, u"s.entered"_s)
        + u" FROM (SELECT h.case_id AS case_id, h.from_date AS entered,"
          "  (SELECT MIN(e.from_date) FROM stage_history e"
          "    WHERE e.case_id = h.case_id AND e.stage = 'ruta3' AND e.ordinal < h.ordinal) AS first_date"
          "  FROM stage_history h WHERE h.stage IN ('ruta6a', 'ruta6b') AND h.from_date >= ? AND h.from_date <= ?"
          "  AND NOT EXISTS (SELECT 1 FROM stage_history e"
          "    WHERE e.case_id = h.case_id AND e.stage IN ('ruta6a', 'ruta6b') AND e.ordinal < h.ordinal)) s"
          " JOIN cases c ON c.id = s.case_id WHERE s.first_date IS NOT NULL"_s;
}

bool StatsQueries::stays(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QVariantList period {text(request.from), text(request.to), text(request.from), text(request.to),
                               text(request.from), text(request.to)};
    const bool counted = select(
        u"SELECT d.district, d.grp, COUNT(*) FROM ("_s + durationsSql() + u") d GROUP BY d.district, d.grp"_s,
        period,
        [&](const QSqlQuery &row) {
            const QString group = row.value(1).toString();
            const QString key = group.startsWith(u"boxes."_s) ? group + u".completed"_s : keys::durationCases(group);
            figures.counts[key][row.value(0).toString()] += row.value(2).toLongLong();
        },
        error);
    if (!counted)
        return false;

    // Only the values at the ranks the quartiles need leave the database
    // (see Percentile.h): at most six rows a group.
    QVariantList values = period;
    QString scope;
    if (!request.district.isEmpty()) {
        scope = u" WHERE x.district = ?"_s;
        values << request.district;
    }
    struct Ranked
    {
        qint64 count = 0;
        QHash<qint64, double> byRank;
    };
    QHash<QString, Ranked> ranked;
    const bool read = select(
        u"WITH d AS (SELECT x.grp AS grp, x.days AS days FROM ("_s + durationsSql() + u") x"_s + scope
            + u"), r AS (SELECT grp, days, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY days) AS rn,"
              " COUNT(*) OVER (PARTITION BY grp) AS n FROM d)"
              " SELECT grp, n, rn, days FROM r WHERE rn IN (1 + (n - 1) / 4, 1 + (n + 2) / 4,"
              " 1 + (2 * n - 2) / 4, 1 + (2 * n + 1) / 4, 1 + (3 * n - 3) / 4, 1 + (3 * n) / 4)"_s,
        values,
        [&](const QSqlQuery &row) {
            Ranked &group = ranked[row.value(0).toString()];
            group.count = row.value(1).toLongLong();
            group.byRank.insert(row.value(2).toLongLong(), row.value(3).toDouble());
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
        figures.days.insert(it.key(), RawFigures::Days {group.count, at(1), at(2), at(3)});
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

bool StatsQueries::konsultationsteam(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QString applied = u"COALESCE(c.application_sent_date, c.application_received_by_fk_date)"_s;
    return select(
        u"SELECT c.district, COUNT(DISTINCT m.case_id),"
        " COUNT(DISTINCT CASE WHEN m.outcome = 'criteria_met' THEN m.case_id END),"
        " COUNT(DISTINCT CASE WHEN m.outcome = 'complement_needed' THEN m.case_id END),"
        " COUNT(DISTINCT CASE WHEN m.outcome = 'not_relevant' THEN m.case_id END),"
        " COUNT(DISTINCT CASE WHEN m.outcome = 'criteria_met' AND "_s
            + applied + u" IS NOT NULL AND "_s + m_dialect.daysBetween(u"m.date"_s, applied) + u" >= 0 AND "_s
            + m_dialect.daysBetween(u"m.date"_s, applied)
            + u" <= ? THEN m.case_id END)"
              " FROM meetings m JOIN cases c ON c.id = m.case_id"
              " WHERE m.kind = 'konsultationsteam' AND m.date >= ? AND m.date <= ?"
              " GROUP BY c.district"_s,
        {ApplicationWithinDays, text(request.from), text(request.to)},
        [&](const QSqlQuery &row) {
            const QString district = row.value(0).toString();
            figures.counts[keys::discussed()][district] += row.value(1).toLongLong();
            const QStringList codes = keys::adviceCodes();
            for (int i = 0; i < codes.size(); ++i)
                figures.counts[keys::advice(codes.at(i))][district] += row.value(2 + i).toLongLong();
            const qint64 appliedCount = row.value(5).toLongLong();
            figures.counts[keys::appliedWithin30Days()][district] += appliedCount;
            figures.counts[RawFigures::notAppliedWithin30Days()][district]
                += row.value(2).toLongLong() - appliedCount;
        },
        error);
}

// The method's two time limits (rules/Deadlines.h), judged as the rules
// judge them, with the rules' own numbers: an avstämningsmöte dated in the
// period, invited at least invitationLeadDays ahead; FK's contact within
// fkContactDays of a granted decision, counted in the period its time ran
// out, and overdue only once that day has passed.
bool StatsQueries::method(const StatsRequest &request, const QDate &today, RawFigures &figures,
                          QString *error) const
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
        " SUM(CASE WHEN c.fk_contact_date IS NOT NULL AND "_s + contact + u" <= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN (c.fk_contact_date IS NOT NULL AND "_s + contact
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
