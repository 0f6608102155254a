// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageStays.h"

#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QVariant daysValue(const std::optional<int> &days)
{
    return days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

void StageStays::bindStay(QSqlQuery &query, const QString &district, const StageStay &stay)
{
    query.addBindValue(district.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(district));
    query.addBindValue(storeSql::dateValue(stay.left));
    query.addBindValue(daysValue(stay.days));
    query.addBindValue(daysValue(stay.spanDays));
    query.addBindValue(storeSql::dateValue(stay.previous));
    query.addBindValue(storeSql::dateValue(stay.previousInBox));
}

QList<StageStay> StageStays::of(const QList<StageEntry> &history)
{
    QList<StageStay> stays(history.size());
    std::map<Stage, QDate> lastIn;
    std::map<Stage, QDate> firstIn;
    bool ruta3Entered = false;
    bool endEntered = false;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const StageEntry &entry = history.at(i);
        StageStay &stay = stays[i];
        if (i + 1 < history.size()) {
            stay.left = history.at(i + 1).from;
            stay.days = int(entry.from.daysTo(stay.left));
        }
        if (i > 0)
            stay.previous = history.at(i - 1).from;
        if (const auto found = lastIn.find(entry.stage); found != lastIn.end())
            stay.previousInBox = found->second;
        // "Box 1 to 3" and "box 3 to 6a/6b": from the first entry into the
        // box the span begins in (the earliest day, days never decreasing).
        const auto since = [&](Stage stage) -> std::optional<int> {
            const auto found = firstIn.find(stage);
            if (found == firstIn.end())
                return std::nullopt;
            return int(found->second.daysTo(entry.from));
        };
        if (entry.stage == Stage::Ruta3 && !ruta3Entered) {
            ruta3Entered = true;
            stay.spanDays = since(Stage::Ruta1);
        } else if ((entry.stage == Stage::Ruta6a || entry.stage == Stage::Ruta6b) && !endEntered) {
            endEntered = true;
            stay.spanDays = since(Stage::Ruta3);
        }
        lastIn[entry.stage] = entry.from;
        firstIn.try_emplace(entry.stage, entry.from);
    }
    return stays;
}

bool StageStays::fill(const QString &connectionName, QString *error)
{
    const QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    struct Row
    {
        QString caseId;
        int ordinal;
        QString district;
        StageEntry entry;
    };
    QList<Row> rows;
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!storeSql::exec(query,
                            u"SELECT h.case_id, h.ordinal, c.district, h.stage, h.from_date FROM stage_history h "
                            "JOIN cases c ON c.id = h.case_id ORDER BY h.case_id, h.ordinal"_s,
                            error))
            return false;
        while (query.next()) {
            rows << Row{query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                        StageEntry{stageFromCode(query.value(3).toString()).value_or(Stage::Ruta1),
                                   storeSql::toDate(query.value(4))}};
        }
        if (!storeSql::finished(query, error))
            return false;
    }
    QSqlQuery update(database);
    if (!storeSql::prepare(update,
                           u"UPDATE stage_history SET district = ?, left_date = ?, stay_days = ?, span_days = ?, "
                           "previous_date = ?, previous_in_box_date = ? WHERE case_id = ? AND ordinal = ?"_s,
                           error))
        return false;
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype end = first;
        QList<StageEntry> history;
        while (end < rows.size() && rows.at(end).caseId == rows.at(first).caseId)
            history << rows.at(end++).entry;
        const QList<StageStay> stays = of(history);
        for (qsizetype i = first; i < end; ++i) {
            const Row &row = rows.at(i);
            const StageStay &stay = stays.at(i - first);
            bindStay(update, row.district, stay);
            update.addBindValue(row.caseId);
            update.addBindValue(row.ordinal);
            if (!storeSql::exec(update, error))
                return false;
        }
        first = end;
    }
    return true;
}

} // namespace samordna
