// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace samordna {

// Where a store lives, as given by --db or SAMORDNA_DB: a local SQLite file,
// or a team store on a PostgreSQL server named by libpq's URI form
// postgresql://[user@]host[:port][,host2[:port2]…]/dbname[?param=value&…].
// The URI's parameters (sslmode, host=/socket/folder, target_session_attrs,
// connect_timeout …) are handed to libpq as they are. A password in the URI
// is refused: the program never keeps one (libpq reads ~/.pgpass,
// PGPASSWORD or uses Kerberos; the window asks and keeps it in memory).
class StoreAddress
{
public:
    enum class Kind { File, Server };

    // Reads `text`; nullopt with a translated `error` for a URI that is not
    // understood.
    static std::optional<StoreAddress> parse(const QString &text, QString *error);
    // True for text that names a server rather than a file.
    static bool isServerUri(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    // The file path (File), or the URI as given (Server).
    QString text() const { return m_text; }

    // Server only. Empty when libpq's default applies.
    QString hosts() const { return m_hosts; }
    QString ports() const { return m_ports; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // The URI's parameters, in order.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    QString parameter(const QString &key) const;

    // The libpq connection options other than the database name, as QPSQL
    // takes them ("key='value';…").
    QString connectOptions() const;
    // The host for people to read: the host list, the socket folder, or
    // "localhost" (libpq's default is the local socket).
    QString displayHost() const;

private:
    Kind m_kind = Kind::File;
    QString m_text;
    QString m_hosts;
    QString m_ports;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace samordna
