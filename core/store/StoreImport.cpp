// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreImport.h"

#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "TableCopy.h"
#include "safety/CaseId.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

const QString Meetings = u"konsultationsteam_meetings"_s;
const QString Agenda = u"konsultationsteam_agenda"_s;
const QString FromFile = u"from=store-file"_s;

struct Table
{
    QString name;
    QStringList columns;
};

// The meeting an audit row without a case speaks of ("meeting=12,create"), or 0.
qint64 meetingOf(const QJsonObject &auditRow)
{
    if (!auditRow.value(u"case_id").isNull() || auditRow.value(u"action").toString() != u"konsultationsteam")
        return 0;
    const QString details = auditRow.value(u"details").toString();
    if (!details.startsWith(u"meeting="))
        return 0;
    return details.mid(8).section(u',', 0, 0).toLongLong();
}

QVariantList keysOf(const QStringList &ids)
{
    QVariantList keys;
    keys.reserve(ids.size());
    for (const QString &id : ids)
        keys << id;
    return keys;
}

// One import: the file's tables as read once, and what each batch wrote.
class Importer
{
public:
    Importer(const StoreConnection &team, const QSqlDatabase &file, StoreImport::Result &result)
        : m_team(team)
        , m_file(file)
        , m_result(result)
    {
    }

    bool readTables(QString *error)
    {
        for (const QString &table : TableCopy::fileTables(m_file, error)) {
            QStringList columns = TableCopy::fileColumns(m_file, table, error);
            if (table == u"cases")
                m_cases = columns;
            else if (table == Meetings)
                m_meetings = columns;
            else if (table == Agenda)
                m_agenda = columns;
            else if (columns.contains(u"case_id"_s)) {
                // The team store numbers its own audit rows.
                if (table == u"audit_log") {
                    columns.removeAll(u"id"_s);
                    m_audit = columns;
                }
                m_perCase.append({table, columns});
            }
        }
        return error->isEmpty() && !m_cases.isEmpty();
    }

    // The cases of `ids` in one transaction; false when the server refused
    // any of it, and then nothing of the batch is written.
    bool importCases(const QStringList &ids, QString *error)
    {
        StoreTransaction transaction(m_team);
        if (!transaction.begin(error))
            return false;
        const auto rows = TableCopy::readRows(m_file, u"cases"_s, m_cases, u"id"_s, keysOf(ids), u"id"_s, error);
        QStringList written;
        if (!rows
            || !TableCopy::insertRows(m_team.database(), u"cases"_s, m_cases, *rows,
                                      u"ON CONFLICT (id) DO NOTHING RETURNING id"_s, &written, error))
            return false;
        // In the file's order; the audit rows of the batch's cases as the
        // file wrote them, one after the other.
        const QSet<QString> writtenSet(written.cbegin(), written.cend());
        QStringList imported;
        QStringList clashes;
        for (const QString &id : ids)
            (writtenSet.contains(id) ? imported : clashes) << id;
        const QVariantList keys = keysOf(imported);
        for (const Table &table : std::as_const(m_perCase)) {
            const auto children = TableCopy::readRows(m_file, table.name, table.columns, u"case_id"_s, keys,
                                                      table.name == u"audit_log" ? u"id"_s : QString(), error);
            if (!children
                || !TableCopy::insertRows(m_team.database(), table.name, table.columns, *children, {}, nullptr, error))
                return false;
        }
        QJsonArray importRows;
        for (const QString &id : std::as_const(imported))
            importRows.append(auditRow(id, FromFile));
        for (const QJsonValue &row : *rows) {
            const QJsonObject fields = row.toObject();
            const QString id = fields.value(u"id"_s).toString();
            if (writtenSet.contains(id))
                m_team.announce(StoreConnection::CaseEvent::Added, id,
                                fields.value(u"revision"_s).toVariant().toLongLong());
        }
        if (!insertAudit(importRows, error) || !transaction.commit(error))
            return false;
        m_result.imported << imported;
        m_result.clashes << clashes;
        m_importedCases.unite(QSet<QString>(imported.cbegin(), imported.cend()));
        return true;
    }

    // Whether the server shows this session only some districts' rows (a
    // user, not the owner), and which: what the import may write.
    bool readAccess(QString *error)
    {
        QSqlQuery query(m_team.database());
        if (!storeSql::exec(query, u"SELECT row_security_active('cases')"_s, error) || !query.next())
            return false;
        const bool limited = query.value(0).toBool();
        if (!storeSql::finished(query, error))
            return false;
        if (!limited)
            return true;
        if (!storeSql::exec(query, u"SELECT district FROM samordna_my_districts() AS d(district) ORDER BY 1"_s, error))
            return false;
        QStringList districts;
        while (query.next())
            districts << query.value(0).toString();
        if (!storeSql::finished(query, error))
            return false;
        m_result.userDistricts = districts;
        return true;
    }

    // Whether the user may write a row of `district`; always for the owner.
    bool mayWrite(const QString &district) const
    {
        return !m_result.userDistricts || (!district.isEmpty() && m_result.userDistricts->contains(district));
    }

    bool hasMeetings() const { return !m_meetings.isEmpty() && !m_agenda.isEmpty(); }
    bool meetingsNameDistricts() const { return m_meetings.contains(u"district"_s); }

    // The meetings of `ids` in one transaction, with the agenda items of
    // the cases this import brought in.
    bool importMeetings(const QList<qint64> &ids, QString *error)
    {
        StoreTransaction transaction(m_team);
        if (!transaction.begin(error))
            return false;
        QVariantList keys;
        for (const qint64 id : ids)
            keys << id;
        const auto meetings = TableCopy::readRows(m_file, Meetings, m_meetings, u"id"_s, keys, u"id"_s, error);
        const auto agenda = meetings
            ? TableCopy::readRows(m_file, Agenda, m_agenda, u"meeting_id"_s, keys, u"meeting_id, position"_s, error)
            : std::nullopt;
        if (!agenda)
            return false;
        QMap<qint64, QStringList> leftOut;
        QJsonArray items;
        QStringList itemIds;
        for (const QJsonValue &item : *agenda) {
            const QJsonObject row = item.toObject();
            const QString caseId = row.value(u"case_id").toString();
            if (m_importedCases.contains(caseId)) {
                items.append(row);
                itemIds << QString::number(row.value(u"id").toInteger());
            } else {
                leftOut[row.value(u"meeting_id").toInteger()] << caseId;
            }
        }
        // A meeting one of whose items' ids the team store has is a clash
        // as a whole, as is one whose own id it has.
        QSet<qint64> clashing;
        if (!itemIds.isEmpty()) {
            // Numbers the file's rows hold, written out by this program.
            QSqlQuery query(m_team.database());
            if (!storeSql::exec(
                    query, u"SELECT id FROM konsultationsteam_agenda WHERE id IN (%1)"_s.arg(itemIds.join(u", "_s)),
                    error))
                return false;
            QSet<qint64> taken;
            while (query.next())
                taken << query.value(0).toLongLong();
            if (!storeSql::finished(query, error))
                return false;
            for (const QJsonValue &item : std::as_const(items))
                if (taken.contains(item.toObject().value(u"id").toInteger()))
                    clashing << item.toObject().value(u"meeting_id").toInteger();
        }
        QJsonArray free;
        for (const QJsonValue &meeting : *meetings)
            if (!clashing.contains(meeting.toObject().value(u"id").toInteger()))
                free.append(meeting);
        QStringList written;
        if (!TableCopy::insertRows(m_team.database(), Meetings, m_meetings, free,
                                   u"ON CONFLICT (id) DO NOTHING RETURNING id"_s, &written, error))
            return false;
        QSet<qint64> writtenIds;
        for (const QString &id : std::as_const(written))
            writtenIds << id.toLongLong();
        QJsonArray writtenItems;
        for (const QJsonValue &item : std::as_const(items))
            if (writtenIds.contains(item.toObject().value(u"meeting_id").toInteger()))
                writtenItems.append(item);
        QJsonArray history;
        for (const QJsonValue &row : std::as_const(m_meetingHistory))
            if (writtenIds.contains(meetingOf(row.toObject())))
                history.append(row);
        QList<qint64> imported;
        QList<qint64> clashes;
        for (const qint64 id : ids) {
            if (writtenIds.contains(id)) {
                imported << id;
                history.append(auditRow({}, u"meeting=%1,%2"_s.arg(id).arg(FromFile)));
            } else {
                clashes << id;
            }
        }
        QStringList itemsWritten;
        if (!TableCopy::insertRows(m_team.database(), Agenda, m_agenda, writtenItems,
                                   u"ON CONFLICT (id) DO NOTHING RETURNING id"_s, &itemsWritten, error))
            return false;
        if (itemsWritten.size() != writtenItems.size()) {
            // An item's id is taken by a row this session cannot see (of
            // another district): its meeting is a clash as a whole, found
            // a meeting at a time.
            if (ids.size() > 1) {
                *error = QCoreApplication::translate("CaseStore", "an agenda item's id is taken");
                return false;
            }
            m_result.meetingClashes << ids;
            return true; // the transaction rolls back
        }
        if (!insertAudit(history, error)
            || (!imported.isEmpty() && (!catchUpNumbering(Meetings, error) || !catchUpNumbering(Agenda, error)))
            || !transaction.commit(error))
            return false;
        m_result.meetings << imported;
        m_result.meetingClashes << clashes;
        for (const qint64 id : std::as_const(imported))
            if (leftOut.contains(id))
                m_result.agendaLeftOut.insert(id, leftOut.value(id));
        return true;
    }

    // The file's audit rows about its meetings themselves (made, changed),
    // which name no case.
    bool readMeetingHistory(QString *error)
    {
        const auto rows = TableCopy::readRows(m_file, u"audit_log"_s, m_audit, u"action"_s, {u"konsultationsteam"_s},
                                              u"id"_s, error);
        if (!rows)
            return false;
        for (const QJsonValue &row : *rows)
            if (meetingOf(row.toObject()) > 0)
                m_meetingHistory.append(row);
        return true;
    }

private:
    QJsonObject auditRow(const QString &caseId, const QString &details) const
    {
        return {{u"time"_s, storeSql::nowUtc()},
                {u"user"_s, m_team.user().isEmpty() ? u"?"_s : m_team.user()},
                {u"case_id"_s, caseId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(caseId)},
                {u"action"_s, u"import"_s},
                {u"details"_s, details}};
    }

    // The file's rows and the import's own name different columns; a
    // column a row lacks is NULL in it.
    bool insertAudit(const QJsonArray &rows, QString *error) const
    {
        QSet<QString> named;
        for (const QJsonValue &row : rows)
            for (const QString &key : row.toObject().keys())
                named << key;
        QStringList columns(named.cbegin(), named.cend());
        columns.sort();
        return TableCopy::insertRows(m_team.database(), u"audit_log"_s, columns, rows, {}, nullptr, error);
    }

    // Ids written as the file had them: the next meeting or item made in
    // the team store numbers after them. The owner sets the numbering; a
    // user may only draw numbers (USAGE), never set them, so a user cannot
    // turn anyone's numbering back: the user draws until past the rows
    // just written, which they see.
    bool catchUpNumbering(const QString &table, QString *error) const
    {
        QSqlQuery query(m_team.database());
        return storeSql::exec(query, uR"(DO $$
DECLARE
    numbers TEXT := pg_get_serial_sequence('%1', 'id');
    highest BIGINT := (SELECT max(id) FROM %1);
BEGIN
    IF has_sequence_privilege(numbers, 'UPDATE') THEN
        PERFORM setval(numbers, GREATEST(highest, nextval(numbers)));
    ELSE
        WHILE nextval(numbers) < highest LOOP
        END LOOP;
    END IF;
END $$)"_s.arg(table),
                              error);
    }

    const StoreConnection &m_team;
    const QSqlDatabase m_file;
    StoreImport::Result &m_result;
    QStringList m_cases;
    QStringList m_meetings;
    QStringList m_agenda;
    QStringList m_audit;
    QList<Table> m_perCase;
    QJsonArray m_meetingHistory;
    QSet<QString> m_importedCases;
};

template<typename Id>
QList<QList<Id>> batches(const QList<Id> &ids, int size)
{
    QList<QList<Id>> result;
    for (qsizetype start = 0; start < ids.size(); start += size)
        result << ids.mid(start, size);
    return result;
}

} // namespace

StoreImport::Result StoreImport::run(const StoreConnection &team, const QString &file, int batchSize)
{
    Result result;
    if (!team.isServer()) {
        result.error = QCoreApplication::translate("CaseStore", "a store file is imported into a team store only");
        return result;
    }
    auto opened = StoreConnection::openFile(file, StoreConnection::Mode::ReadOnly);
    if (!opened.connection) {
        result.error = opened.error;
        return result;
    }
    const StoreConnection &source = *opened.connection;
    if (const QString problem = source.integrityProblem(); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    QString error;
    Importer importer(team, source.database(), result);
    const auto cannotRead = [&] {
        result.error = QCoreApplication::translate("CaseStore", "cannot read %1: %2").arg(file, error);
        return result;
    };
    if (!importer.readTables(&error))
        return cannotRead();
    if (!importer.readAccess(&error)) {
        result.error = error;
        return result;
    }
    QStringList ids;
    QList<qint64> meetings;
    {
        QSqlQuery query(source.database());
        query.setForwardOnly(true);
        if (!storeSql::exec(query, u"SELECT id, district FROM cases ORDER BY id"_s, &error))
            return cannotRead();
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (!caseId::isValid(id))
                result.refused << id;
            else if (!importer.mayWrite(query.value(1).toString()))
                result.outsideDistricts << id;
            else
                ids << id;
        }
        if (!storeSql::finished(query, &error))
            return cannotRead();
        if (importer.hasMeetings()) {
            // A file older than meetings' districts names none.
            if (!storeSql::exec(query,
                                u"SELECT id, %1 FROM konsultationsteam_meetings ORDER BY id"_s.arg(
                                    importer.meetingsNameDistricts() ? u"district"_s : u"NULL"_s),
                                &error))
                return cannotRead();
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                const QString district = query.value(1).toString();
                if (importer.mayWrite(district))
                    meetings << id;
                else
                    (district.isEmpty() ? result.meetingsWithoutDistrict : result.meetingsOutside) << id;
            }
            if (!storeSql::finished(query, &error) || !importer.readMeetingHistory(&error))
                return cannotRead();
        }
    }
    batchSize = std::max(1, batchSize);
    for (const QStringList &batch : batches(ids, batchSize)) {
        if (importer.importCases(batch, &error))
            continue;
        // The server refused something of the batch: a case at a time, to
        // name the one it refuses and keep the ones before it.
        for (const QString &id : batch) {
            if (!importer.importCases({id}, &error)) {
                result.error = QCoreApplication::translate("CaseStore", "case %1 was not imported: %2").arg(id, error);
                return result;
            }
        }
    }
    for (const QList<qint64> &batch : batches(meetings, batchSize)) {
        if (importer.importMeetings(batch, &error))
            continue;
        for (const qint64 id : batch) {
            if (!importer.importMeetings({id}, &error)) {
                result.error = QCoreApplication::translate("CaseStore",
                                                           "konsultationsteam meeting %1 was not imported: %2")
                                   .arg(id)
                                   .arg(error);
                return result;
            }
        }
    }
    return result;
}

} // namespace samordna
