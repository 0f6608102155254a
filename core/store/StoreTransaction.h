#pragma once

#include <QString>

namespace samordna {

// One write transaction on a named connection. BEGIN IMMEDIATE takes the
// write lock at the start, so two processes meet at the busy timeout instead
// of failing half-way with SQLITE_BUSY on their first write. A transaction
// not committed is rolled back when it goes out of scope.
class StoreTransaction
{
public:
    explicit StoreTransaction(const QString &connectionName);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QString m_connectionName;
    bool m_active = false;
};

} // namespace samordna
