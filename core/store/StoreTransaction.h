#pragma once

#include <QString>

#include <future>

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

    // A store's integrity check runs beside the work after it is opened
    // (reading a large file whole would hold up the opening by seconds); its
    // answer is the problem found, empty when sound. Until it is in, a
    // transaction on that connection waits for it, and once it has found
    // damage none begins: nothing is written to a damaged file.
    static void guard(const QString &connectionName, const std::shared_future<QString> &problem);
    static void unguard(const QString &connectionName);

private:
    QString m_connectionName;
    bool m_active = false;
};

} // namespace samordna
