// SPDX-License-Identifier: GPL-3.0-or-later
// samordna-cli admin: who may use a team store, and which districts' cases
// each user sees (see core/store/TeamAccess.h).

#include "CliCommands.h"

#include "rules/RuleData.h"
#include "service/CaseService.h"
#include "store/StoreAddress.h"
#include "store/TeamAccess.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace samordna::cli {

namespace {

// A role name as PostgreSQL writes one unquoted; anything else is refused
// rather than quoted, so what the administrator typed is what the server has.
bool isRoleName(const QString &role)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_.$-]{0,62}$"_s);
    return pattern.match(role).hasMatch();
}

} // namespace

int runAdmin(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s,
                                 QCoreApplication::translate("cli", "add-user, list-users or remove-user"));
    parser.addPositionalArgument(u"role"_s,
                                 QCoreApplication::translate("cli", "The login role (add-user, remove-user)."));
    parser.addOption({u"district"_s,
                      QCoreApplication::translate("cli", "A district whose cases the user sees (repeat for more)."),
                      u"DISTRICT"_s});
    if (const int code = parseArguments(context, parser, arguments); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList usage{u"add-user"_s, u"list-users"_s, u"remove-user"_s};
    if (!usage.contains(action))
        return context.fail(BadInput,
                            QCoreApplication::translate(
                                "cli", "admin takes add-user ROLE --district D…, list-users or remove-user ROLE"));
    const bool needsRole = action != u"list-users";
    if (positional.size() != (needsRole ? 2 : 1))
        return context.fail(BadInput,
                            QCoreApplication::translate(
                                "cli", "admin takes add-user ROLE --district D…, list-users or remove-user ROLE"));
    const QString role = positional.value(1);
    if (needsRole && !isRoleName(role))
        return context.fail(
            BadInput,
            QCoreApplication::translate("cli", "\"%1\" is not a role name (lower-case letters, digits and _ only)")
                .arg(role.left(64)));
    const QStringList districts = parser.values(u"district"_s);
    if (action == u"add-user") {
        if (districts.isEmpty())
            return context.fail(BadInput, QCoreApplication::translate("cli", "add-user needs at least one --district"));
        const QStringList known = RuleData::standard().districtNames();
        for (const QString &district : districts) {
            if (!known.contains(district))
                return context.fail(BadInput,
                                    QCoreApplication::translate("cli", "\"%1\" is not a district (known: %2)")
                                        .arg(district.left(64), known.join(u", "_s)));
        }
    } else if (!districts.isEmpty()) {
        return context.fail(BadInput, QCoreApplication::translate("cli", "only add-user takes --district"));
    }

    const QString path = CaseService::resolvePath(context.dbPath);
    if (!StoreAddress::isServerUri(path))
        return context.fail(
            BadInput,
            QCoreApplication::translate("cli", "admin works on a team store; name it with --db postgresql://…"));
    auto opened = CaseService::open(path, CaseService::Mode::ReadWrite);
    if (!opened.store)
        return context.fail(Failure, opened.error);
    const TeamAccess access(opened.store->connection());
    QString error;
    if (action == u"list-users") {
        const auto users = access.users(&error);
        if (!error.isEmpty())
            return context.fail(Failure, error);
        for (const TeamAccess::User &user : users)
            CliContext::printLine(user.role + u'\t' + user.districts.join(u", "_s));
        return Success;
    }
    if (action == u"add-user" ? !access.addUser(role, districts, &error) : !access.removeUser(role, &error))
        return context.fail(Failure, error);
    CliContext::printLine(
        action == u"add-user"
            ? QCoreApplication::translate("cli", "%1 sees the cases of: %2").arg(role, districts.join(u", "_s))
            : QCoreApplication::translate("cli", "%1 is no longer a user of this store").arg(role));
    return Success;
}

} // namespace samordna::cli
