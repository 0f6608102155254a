// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace samordna {

class StoreConnection;

// Work on the store as a whole rather than on its cases: a consistent copy
// while it is in use, and the full check of its integrity.
class StoreMaintenance
{
public:
    explicit StoreMaintenance(const StoreConnection &connection);

    // Copies the store to `target` (a new file) and writes the "backup"
    // audit row before the copy takes its name; a copy whose row cannot be
    // written is removed. A team store is copied as a store file of what
    // the user may see.
    bool backup(const QString &target, QString *error) const;
    // Full integrity and foreign-key check and the audit log's chain; the
    // problems found, empty when sound.
    QStringList check() const;

private:
    bool copyServer(const QString &target, QString *problem) const;

    const StoreConnection &m_connection;
};

} // namespace samordna
