// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace samordna {

class StoreConnection;

// One write transaction on a store's connection. It takes the write lock at
// the start (see StoreDialect::beginWrite), so two processes meet at the busy
// timeout instead of failing half-way on their first write. None begins on
// a store whose integrity check found damage: nothing is written to a
// damaged file. A transaction not committed is rolled back when it goes out
// of scope.
class StoreTransaction
{
public:
    explicit StoreTransaction(const StoreConnection &connection);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    bool commitOnServer(QString *error);

    const StoreConnection &m_connection;
    bool m_active = false;
};

} // namespace samordna
