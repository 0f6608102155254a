// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samordna {

class StoreConnection;

// Who may see what in a team store. The database administrator makes the
// database, an owner role for it (with CREATEROLE) and the login roles;
// the owner runs Samordna's init, which makes the store's own group role
// (named after the database) and grants it what a caseworker needs and
// nothing more: cases, their lists and the konsultationsteam agendas to
// read and write; the journal and the audit log to read and append to only
// (a journal note's "marked wrong" columns are the one thing that may be
// updated, once, as the journal's trigger checks). Row-level security
// lets a member read and change only the cases of their districts, and
// the rows (meetings, plan, journal, agenda items, audit rows) of those
// cases. The owner role sees every case: it is the administrator's.
class TeamAccess
{
public:
    struct User
    {
        QString role;
        QStringList districts;
    };

    explicit TeamAccess(const StoreConnection &connection);

    // The statements that set up (again) the group role, privileges and
    // policies; run by the owner after every upgrade, so a table a later
    // version adds is covered too.
    static QStringList setup();

    // Gives the login role `role` the districts `districts` (replacing the
    // ones it had) and makes it a member of the store's group role.
    bool addUser(const QString &role, const QStringList &districts, QString *error) const;
    // Takes the role out of the group and forgets its districts.
    bool removeUser(const QString &role, QString *error) const;
    // Every member, in name order; nullopt-like empty list with `error` set
    // on failure.
    QList<User> users(QString *error) const;

private:
    const StoreConnection &m_connection;
};

} // namespace samordna
