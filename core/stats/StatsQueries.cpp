// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsQueries.h"

#include "Percentile.h"
#include "domain/Codes.h"
#include "rules/Assessor.h"
#include "rules/RuleData.h"
#include "store/StoreConnection.h"
#include "store/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <future>
#include <map>

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

StatsQueries::PartResult StatsQueries::readPart(Part part, const StatsRequest &request, const QDate &today) const
{
    PartResult result;
    // Transaction control is run as it is: PostgreSQL cannot prepare it.
    QSqlQuery snapshot(QSqlDatabase::database(m_connectionName, false));
    if (!snapshot.exec(m_dialect.beginSnapshot())) {
        result.error = storeSql::errorText(snapshot.lastError());
        return result;
    }
    if (const QString settings = m_dialect.snapshotSettings(); !settings.isEmpty() && !snapshot.exec(settings)) {
        result.error = storeSql::errorText(snapshot.lastError());
        snapshot.exec(m_dialect.endSnapshot());
        return result;
    }
    // The first read fixes the snapshot, so it is the mark.
    bool ok = select(
        u"SELECT COALESCE(MAX(id), 0) FROM audit_log"_s, {},
        [&](const QSqlQuery &row) { result.snapshotMark = row.value(0).toLongLong(); }, &result.error);
    if (ok && part != Part::Others)
        ok = history(request, result.figures, &result.error);
    if (ok && part != Part::History)
        ok = benefits(request, result.figures, &result.error)
            && konsultationsteam(request, result.figures, &result.error)
            && method(request, today, result.figures, &result.error);
    snapshot.exec(m_dialect.endSnapshot());
    result.ok = ok;
    return result;
}

std::optional<StatsQueries::PartResult> StatsQueries::readSideBySide(const StatsRequest &request,
                                                                     const QDate &today) const
{
    const QString path = QSqlDatabase::database(m_connectionName, false).databaseName();
    if (m_dialect.kind() != StatsDialect::Kind::Sqlite || path.isEmpty() || path == u":memory:")
        return std::nullopt;
    // Not read (ok false) when the file would not give a second connection.
    auto others = std::async(std::launch::async, [&] {
        PartResult result;
        StoreConnection::readFileBeside(path, [&](const QString &connectionName) {
            result = StatsQueries(connectionName, m_rules).readPart(Part::Others, request, today);
        });
        return result;
    });
    PartResult history = readPart(Part::History, request, today);
    PartResult rest = others.get();
    if (!history.ok)
        return history;
    // A second connection the file would not give (a store on a read-only
    // medium, say), or a save between the two snapshots: read again, in one
    // snapshot on the store's own connection, which says what is wrong if
    // anything is.
    if (!rest.ok || history.snapshotMark != rest.snapshotMark)
        return std::nullopt;
    for (auto key = rest.figures.counts.cbegin(); key != rest.figures.counts.cend(); ++key) {
        for (auto district = key.value().cbegin(); district != key.value().cend(); ++district)
            history.figures.counts[key.key()][district.key()] += district.value();
    }
    history.figures.days.insert(rest.figures.days);
    return history;
}

std::optional<RawFigures> StatsQueries::run(const StatsRequest &request, const QDate &today, QString *error) const
{
    // On a store file the two halves run on the machine's two cores; on a
    // team store the server does the work, in one snapshot.
    std::optional<PartResult> result = readSideBySide(request, today);
    if (!result)
        result = readPart(Part::All, request, today);
    if (!result->ok) {
        *error = result->error;
        return std::nullopt;
    }
    return std::move(result->figures);
}

// Everything the stage history tells, in one statement of four ranges of
// the history's own indexes, with what each entry keeps of the entries
// around it (store/StageStays.h), so nothing is joined and nothing sorted
// but a few groups. Its rows are tagged:
//   entries  district, box, quarter (year·10 + q): the case's first entry
//            into the box in the period, its first in the quarter, its
//            first entry into any box in the period (three sums)
//   spans    district, box (3, or 6a/6b), days: "box 1 to 3" (from the
//            first entry in box 1 to the first in box 3, counted when box 3
//            was entered), likewise "box 3 to 6a/6b"; how many
//   stays    district, box, days: stays ended in the period; how many
//   open     district: cases in an open box from before the period's start
//            to after its end (or still there)
// A stay ends where the case's next entry begins and counts in the period
// in which it ended. Durations come as counts by whole days, from which the
// quartiles are exact (Percentile.h).
QString StatsQueries::historySql(const StatsRequest &request, QVariantList *values) const
{
    const QString from = text(request.from);
    const QString to = text(request.to);
    const QString firstInPeriod = u"(previous_in_box_date IS NULL OR previous_in_box_date < ?)"_s;
    *values = {from, from, from, from, to, from, to, from, to, from, to, from};
    // The entries are summed by day first, in the order of their index
    // (nothing to sort), then by quarter: a few thousand rows.
    return u"SELECT 'entries', district, stage, "_s + m_dialect.quarterOf(u"from_date"_s)
        + u", SUM(first_in_period), SUM(first_in_quarter), SUM(first_of_case) FROM (SELECT from_date, district, stage,"
          " SUM(CASE WHEN "_s
        + firstInPeriod + u" THEN 1 ELSE 0 END) AS first_in_period, SUM(CASE WHEN "_s + firstInPeriod + u" OR "_s
        + m_dialect.quarterOf(u"previous_in_box_date"_s) + u" <> "_s + m_dialect.quarterOf(u"from_date"_s)
        + u" THEN 1 ELSE 0 END) AS first_in_quarter,"
          " SUM(CASE WHEN previous_date IS NULL OR previous_date < ? THEN 1 ELSE 0 END) AS first_of_case"
          " FROM stage_history WHERE from_date >= ? AND from_date <= ? GROUP BY from_date, district, stage) days"
          " GROUP BY district, stage, "_s
        + m_dialect.quarterOf(u"from_date"_s)
        + u" UNION ALL SELECT 'spans', district, stage, span_days, COUNT(*), 0, 0 FROM stage_history"
          " WHERE from_date >= ? AND from_date <= ? AND span_days IS NOT NULL GROUP BY district, stage, span_days"
          " UNION ALL SELECT 'stays', district, stage, stay_days, COUNT(*), 0, 0 FROM stage_history"
          " WHERE left_date >= ? AND left_date <= ? GROUP BY district, stage, stay_days"
          // Two ranges of the index by the day the stay ended: still in the
          // box, or left it after the period.
          " UNION ALL SELECT 'open', district, '', 0, COUNT(*), 0, 0 FROM stage_history"
          " WHERE left_date IS NULL AND from_date < ? AND stage NOT IN "_s
        + EndStages
        + u" GROUP BY district"
          " UNION ALL SELECT 'open', district, '', 0, COUNT(*), 0, 0 FROM stage_history"
          " WHERE left_date > ? AND from_date < ? AND stage NOT IN "_s
        + EndStages + u" GROUP BY district"_s;
}

bool StatsQueries::history(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    // Durations key → days → stays, for the requested district or all.
    QHash<QString, std::map<int, qint64>> byDays;
    const auto counted = [&](const QString &district) {
        return request.district.isEmpty() || district == request.district;
    };
    QVariantList values;
    const QString statement = historySql(request, &values);
    const bool read = select(
        statement, values,
        [&](const QSqlQuery &row) {
            const QString tag = row.value(0).toString();
            const QString district = row.value(1).toString();
            const std::optional<Stage> stage = stageFromCode(row.value(2).toString());
            const qint64 number = row.value(3).toLongLong();
            const qint64 count = row.value(4).toLongLong();
            if (tag == u"entries") {
                if (!stage)
                    return;
                figures.counts[keys::entered(*stage)][district] += count;
                figures.counts[keys::flow(quarterFromNumber(number), *stage)][district] += row.value(5).toLongLong();
                figures.counts[keys::cases()][district] += row.value(6).toLongLong();
            } else if (tag == u"spans" || tag == u"stays") {
                if (!stage)
                    return;
                QString durations;
                if (tag == u"stays") {
                    durations = keys::boxDurations(*stage);
                    figures.counts[keys::completed(*stage)][district] += count;
                } else {
                    durations = *stage == Stage::Ruta3 ? keys::ruta1ToRuta3() : keys::ruta3ToRuta6();
                    figures.counts[keys::durationCases(durations)][district] += count;
                }
                if (counted(district))
                    byDays[durations][int(number)] += count;
            } else if (tag == u"open") {
                figures.counts[keys::cases()][district] += count;
            }
        },
        error);
    if (!read)
        return false;
    for (auto it = byDays.cbegin(); it != byDays.cend(); ++it) {
        RawFigures::Days days;
        for (const auto &[day, stays] : it.value())
            days.count += stays;
        if (days.count == 0)
            continue;
        days.p25 = percentileOfCounts(it.value(), 1, QuartileDenominator).value_or(0);
        days.median = percentileOfCounts(it.value(), 2, QuartileDenominator).value_or(0);
        days.p75 = percentileOfCounts(it.value(), 3, QuartileDenominator).value_or(0);
        figures.days.insert(it.key(), days);
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
// one row per case first, so each count is of cases, not of meetings. Each
// meeting row keeps its case's district and application day (schema
// version 12), so this is one range of one index, with no join.
bool StatsQueries::konsultationsteam(const StatsRequest &request, RawFigures &figures, QString *error) const
{
    const QString wait = m_dialect.daysBetween(u"date"_s, u"application_date"_s);
    const auto flag = [](const QString &condition) -> QString {
        return u"MAX(CASE WHEN "_s + condition + u" THEN 1 ELSE 0 END)"_s;
    };
    return select(
        u"SELECT k.district, COUNT(*), SUM(k.criteria_met), SUM(k.complement_needed), SUM(k.not_relevant),"
        " SUM(k.applied) FROM (SELECT district, case_id, "_s
            + flag(u"outcome = 'criteria_met'"_s) + u" AS criteria_met, "_s + flag(u"outcome = 'complement_needed'"_s)
            + u" AS complement_needed, "_s + flag(u"outcome = 'not_relevant'"_s) + u" AS not_relevant, "_s
            + flag(u"outcome = 'criteria_met' AND application_date IS NOT NULL AND "_s + wait + u" >= 0 AND "_s + wait
                   + u" <= ?")
            + u" AS applied FROM meetings WHERE kind = 'konsultationsteam' AND date >= ? AND date <= ?"
              " GROUP BY district, case_id) k GROUP BY k.district"_s,
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
    const QString lead = m_dialect.daysBetween(u"invitation_sent_date"_s, u"date"_s);
    const bool invitations = select(
        u"SELECT district, SUM(CASE WHEN "_s + lead + u" >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN "_s + lead
            + u" < ? THEN 1 ELSE 0 END) FROM meetings WHERE kind = 'avstamningsmote'"
              " AND invitation_sent_date IS NOT NULL AND date >= ? AND date <= ? GROUP BY district"_s,
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
