#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samordna {

class StoreConnection;

// The store's schema as a list of migrations, one per PRAGMA user_version.
// Each step is a list of single statements (Qt SQL runs one per exec) and
// runs in its own transaction, so a store is always at one whole version.
class StoreSchema
{
public:
    // The version this program writes; a store with a higher one is refused.
    static int currentVersion();
    // Written into the file header, so a store is told from other SQLite files.
    static qint32 applicationId();
    // The statements that bring a store from version - 1 to `version`.
    static QStringList migration(int version);

    // Brings the store on `connection` to currentVersion(). Another
    // process may migrate at the same moment, so each step reads the version
    // again inside its transaction.
    static bool migrate(const StoreConnection &connection, QString *error);
    static int userVersion(const QString &connectionName, QString *error);
};

} // namespace samordna
