// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreImport.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "StoreConnection.h"
#include "StoreSql.h"
#include "StoreTransaction.h"
#include "TableCopy.h"
#include "safety/CaseId.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

StoreImport::Result StoreImport::run(const StoreConnection &team, const QString &file)
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
    // The tables that hang on a case; the agenda names the file's own
    // konsultationsteam meetings, which are not moved.
    QList<QPair<QString, QStringList>> perCase;
    for (const QString &table : TableCopy::fileTables(source.database(), &error)) {
        if (table == u"cases" || table == u"konsultationsteam_agenda")
            continue;
        QStringList columns = TableCopy::fileColumns(source.database(), table, &error);
        if (!columns.contains(u"case_id"_s))
            continue;
        // The team store numbers its own audit rows.
        if (table == u"audit_log")
            columns.removeAll(u"id"_s);
        perCase.append({table, columns});
    }
    const QStringList caseColumns = TableCopy::fileColumns(source.database(), u"cases"_s, &error);
    if (!error.isEmpty() || caseColumns.isEmpty()) {
        result.error = QCoreApplication::translate("CaseStore", "cannot read %1: %2").arg(file, error);
        return result;
    }
    QStringList ids;
    {
        QSqlQuery query(source.database());
        query.setForwardOnly(true);
        if (!storeSql::exec(query, u"SELECT id FROM cases ORDER BY id"_s, &error)) {
            result.error = QCoreApplication::translate("CaseStore", "cannot read %1: %2").arg(file, error);
            return result;
        }
        while (query.next())
            ids << query.value(0).toString();
        if (!storeSql::finished(query, &error)) {
            result.error = QCoreApplication::translate("CaseStore", "cannot read %1: %2").arg(file, error);
            return result;
        }
    }
    const CaseRepository cases(team);
    for (const QString &id : std::as_const(ids)) {
        if (!caseId::isValid(id)) {
            result.refused << id;
            continue;
        }
        StoreTransaction transaction(team);
        if (!transaction.begin(&error)) {
            result.error = error;
            return result;
        }
        const qint64 existing = cases.revision(id, &error);
        if (existing < 0) {
            result.error = error;
            return result;
        }
        if (existing > 0) {
            result.clashes << id;
            continue;
        }
        bool ok = TableCopy::copy(source.database(), team.database(), u"cases"_s, caseColumns, id, &error, u"id"_s)
            == 1;
        for (qsizetype i = 0; ok && i < perCase.size(); ++i)
            ok = TableCopy::copy(source.database(), team.database(), perCase.at(i).first, perCase.at(i).second, id,
                                 &error)
                >= 0;
        if (!ok || !AuditLog::append(team.name(), team.user(), id, u"import"_s, u"from=store-file"_s, &error)
            || !transaction.commit(&error)) {
            result.error = QCoreApplication::translate("CaseStore", "case %1 was not imported: %2").arg(id, error);
            return result;
        }
        result.imported << id;
    }
    return result;
}

} // namespace samordna
