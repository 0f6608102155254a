#pragma once

#include <QString>

namespace samordna {

// What differs between the SQL backends a store can live in. Statements
// every backend understands alike stay in the repositories; only these are
// asked of the connection's dialect.
class StoreDialect
{
public:
    enum class Backend { Sqlite };

    explicit StoreDialect(Backend backend) : m_backend(backend) { }

    Backend backend() const { return m_backend; }
    // Qt SQL's driver name.
    QString driver() const;
    // Starts a write transaction that holds the write lock from the start, so
    // two writers meet at the busy timeout rather than half-way.
    QString beginWrite() const;
    // The highest number among the "S-000123" case ids; one row, NULL when none.
    QString highestCaseNumber() const;

private:
    Backend m_backend;
};

} // namespace samordna
