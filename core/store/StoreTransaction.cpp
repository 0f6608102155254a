#include "StoreTransaction.h"

#include "StoreSql.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QMutex guardsMutex;
QHash<QString, std::shared_future<QString>> guards;

} // namespace

void StoreTransaction::guard(const QString &connectionName, const std::shared_future<QString> &problem)
{
    const QMutexLocker lock(&guardsMutex);
    guards.insert(connectionName, problem);
}

void StoreTransaction::unguard(const QString &connectionName)
{
    const QMutexLocker lock(&guardsMutex);
    guards.remove(connectionName);
}

StoreTransaction::StoreTransaction(const QString &connectionName) : m_connectionName(connectionName) { }

StoreTransaction::~StoreTransaction()
{
    rollback();
}

bool StoreTransaction::begin(QString *error)
{
    std::shared_future<QString> check;
    {
        const QMutexLocker lock(&guardsMutex);
        check = guards.value(m_connectionName);
    }
    if (check.valid() && !check.get().isEmpty()) {
        if (error)
            *error = check.get();
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!storeSql::exec(query, u"BEGIN IMMEDIATE"_s, error))
        return false;
    m_active = true;
    return true;
}

bool StoreTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!storeSql::exec(query, u"COMMIT"_s, error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void StoreTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // A failed ROLLBACK means SQLite has already rolled back (after an I/O
    // error, for example); nothing is left to undo.
    query.exec(u"ROLLBACK"_s);
}

} // namespace samordna
