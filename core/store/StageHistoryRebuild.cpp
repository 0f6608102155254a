// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageHistoryRebuild.h"

#include "StoreSql.h"
#include "rules/ProcessRules.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace samordna {

QList<StageEntry> StageHistoryRebuild::fromJournal(Stage current, const QDate &created,
                                                   const QList<JournalEntry> &journal)
{
    QList<StageEntry> history;
    const auto enter = [&history](Stage stage, QDate from) {
        if (!history.isEmpty() && from < history.constLast().from)
            from = history.constLast().from;
        if (!history.isEmpty() && history.constLast().stage == stage)
            return;
        history << StageEntry{stage, from};
    };
    for (const JournalEntry &entry : journal) {
        if (entry.isMarkedWrong() || entry.date.isNull())
            continue;
        const auto move = process::stagesMovedIn(entry.text);
        if (!move)
            continue;
        if (history.isEmpty())
            history << StageEntry{move->first, created.isValid() && created <= entry.date ? created : entry.date};
        enter(move->second, entry.date);
    }
    if (history.isEmpty() || history.constLast().stage != current)
        enter(current, history.isEmpty() ? created : history.constLast().from);
    return history;
}

bool StageHistoryRebuild::run(const QString &connectionName, QString *error)
{
    const QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    struct Pending
    {
        QString id;
        Stage stage;
        QDate created;
        QList<JournalEntry> journal;
    };
    QList<Pending> cases;
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!storeSql::exec(query,
                            u"SELECT id, stage, created FROM cases WHERE id NOT IN "
                            "(SELECT DISTINCT case_id FROM stage_history) ORDER BY id"_s,
                            error))
            return false;
        while (query.next()) {
            const QDateTime created = storeSql::toUtc(query.value(2));
            cases << Pending{query.value(0).toString(),
                             stageFromCode(query.value(1).toString()).value_or(Stage::Ruta1),
                             created.isValid() ? created.date() : QDate(),
                             {}};
        }
    }
    QSqlQuery notes(database);
    notes.setForwardOnly(true);
    if (!storeSql::prepare(notes,
                           u"SELECT date, text, marked_wrong_date FROM journal_entries WHERE case_id = ? "
                           "ORDER BY ordinal"_s,
                           error))
        return false;
    QSqlQuery insert(database);
    if (!storeSql::prepare(
            insert, u"INSERT INTO stage_history (case_id, ordinal, stage, from_date) VALUES (?, ?, ?, ?)"_s, error))
        return false;
    for (Pending &pending : cases) {
        notes.addBindValue(pending.id);
        if (!storeSql::exec(notes, error))
            return false;
        while (notes.next()) {
            JournalEntry entry;
            entry.date = storeSql::toDate(notes.value(0));
            entry.text = notes.value(1).toString();
            entry.markedWrongDate = storeSql::toDate(notes.value(2));
            pending.journal << entry;
        }
        notes.finish();
        QDate created = pending.created;
        if (!created.isValid())
            created = Clock::today();
        const QList<StageEntry> history = fromJournal(pending.stage, created, pending.journal);
        for (qsizetype i = 0; i < history.size(); ++i) {
            insert.addBindValue(pending.id);
            insert.addBindValue(i);
            insert.addBindValue(stageCode(history.at(i).stage));
            insert.addBindValue(storeSql::dateValue(history.at(i).from));
            if (!storeSql::exec(insert, error))
                return false;
        }
    }
    return true;
}

} // namespace samordna
