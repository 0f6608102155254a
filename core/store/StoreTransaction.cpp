// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTransaction.h"

#include "StoreConnection.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

StoreTransaction::StoreTransaction(const StoreConnection &connection)
    : m_connection(connection)
{
}

StoreTransaction::~StoreTransaction()
{
    rollback();
}

bool StoreTransaction::begin(QString *error)
{
    // Waits for the check that runs beside the work after opening.
    if (const QString problem = m_connection.integrityProblem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(m_connection.database());
    if (!storeSql::exec(query, m_connection.dialect().beginWrite(), error)) {
        // A team store's server may have dropped the session since the
        // last write (a restart, a failover): nothing of this transaction
        // has happened yet, so it is safe to connect again and begin anew.
        if (!m_connection.isServer() || !m_connection.reconnect(error))
            return false;
        QSqlQuery again(m_connection.database());
        if (!storeSql::exec(again, m_connection.dialect().beginWrite(), error))
            return false;
    }
    m_connection.dropAfterCommit();
    m_active = true;
    return true;
}

bool StoreTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    if (m_connection.isServer())
        return commitOnServer(error);
    QSqlQuery query(m_connection.database());
    if (!storeSql::exec(query, u"COMMIT"_s, error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

bool StoreTransaction::commitOnServer(QString *error)
{
    // PostgreSQL answers COMMIT in a transaction a failed statement has
    // spoilt with ROLLBACK, not with an error; the driver's commit reads
    // that answer, so a change the server rolled back is never reported
    // stored. Whatever the answer, no transaction is left open.
    QSqlDatabase database = m_connection.database();
    m_active = false;
    if (database.commit()) {
        m_connection.afterCommit();
        return true;
    }
    m_connection.dropAfterCommit();
    if (error) {
        // With the session still there, the server rolled the change back.
        // With it lost at the commit, whether the server committed is not
        // known: the next save's revision check tells.
        QSqlQuery probe(database);
        *error = probe.exec(u"SELECT 1"_s)
            ? QCoreApplication::translate("CaseStore", "the server rolled the change back; nothing of it was stored")
            : QCoreApplication::translate("CaseStore",
                                          "the connection to the server was lost while the change was "
                                          "being committed, so it is not known to be stored");
    }
    return false;
}

void StoreTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.dropAfterCommit();
    QSqlQuery query(m_connection.database());
    // A failed ROLLBACK means the database has already rolled back (after an
    // I/O error, for example); nothing is left to undo.
    query.exec(u"ROLLBACK"_s);
}

} // namespace samordna
