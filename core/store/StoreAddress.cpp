// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace samordna {

namespace {

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// libpq's conninfo quoting: single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString uriError(const QString &why)
{
    return QCoreApplication::translate("CaseStore", "the team store address is not understood: %1").arg(why);
}

} // namespace

bool StoreAddress::isServerUri(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<StoreAddress> StoreAddress::parse(const QString &text, QString *error)
{
    StoreAddress address;
    address.m_text = text;
    if (!isServerUri(text)) {
        address.m_kind = Kind::File;
        return address;
    }
    address.m_kind = Kind::Server;
    QStringView rest = QStringView(text).mid(text.indexOf(u"://"_s) + 3);

    // The query first, then the path, then the authority: '?' and '/' do
    // not occur in hosts, and libpq reads the URI in the same order.
    const qsizetype queryStart = rest.indexOf(u'?');
    const QStringView query = queryStart >= 0 ? rest.mid(queryStart + 1) : QStringView();
    if (queryStart >= 0)
        rest = rest.left(queryStart);
    const qsizetype pathStart = rest.indexOf(u'/');
    const QStringView authority = pathStart >= 0 ? rest.left(pathStart) : rest;
    address.m_database = pathStart >= 0 ? decoded(rest.mid(pathStart + 1)) : QString();
    if (address.m_database.contains(u'/')) {
        *error = uriError(QCoreApplication::translate("CaseStore", "the database name contains '/'"));
        return std::nullopt;
    }

    QStringView hostPart = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPart = authority.mid(at + 1);
        if (userInfo.contains(u':')) {
            *error = QCoreApplication::translate(
                "CaseStore",
                "the team store address contains a password; Samordna never keeps one. Leave it out and use "
                "~/.pgpass, PGPASSWORD or your organisation's single sign-on, or type it when asked");
            return std::nullopt;
        }
        address.m_user = decoded(userInfo);
    }

    // host[:port][,host[:port]…]; an IPv6 address is written in brackets.
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    if (!hostPart.isEmpty()) {
        for (QStringView entry : hostPart.split(u',')) {
            QString host;
            QString port;
            if (entry.startsWith(u'[')) {
                const qsizetype close = entry.indexOf(u']');
                if (close < 0) {
                    *error = uriError(QCoreApplication::translate("CaseStore", "an unclosed '[' in the host"));
                    return std::nullopt;
                }
                host = entry.mid(1, close - 1).toString();
                const QStringView after = entry.mid(close + 1);
                if (after.startsWith(u':'))
                    port = after.mid(1).toString();
            } else if (const qsizetype colon = entry.indexOf(u':'); colon >= 0) {
                host = decoded(entry.left(colon));
                port = entry.mid(colon + 1).toString();
            } else {
                host = decoded(entry);
            }
            bool numeric = port.isEmpty();
            if (!port.isEmpty())
                port.toUShort(&numeric);
            if (!numeric) {
                *error = uriError(
                    QCoreApplication::translate("CaseStore", "the port \"%1\" is not a number").arg(port));
                return std::nullopt;
            }
            anyPort = anyPort || !port.isEmpty();
            hosts << host;
            ports << port;
        }
    }
    bool anyHost = false;
    for (const QString &host : std::as_const(hosts))
        anyHost = anyHost || !host.isEmpty();
    if (anyHost)
        address.m_hosts = hosts.join(u',');
    if (anyPort)
        address.m_ports = ports.join(u',');

    if (!query.isEmpty()) {
        for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                *error = uriError(
                    QCoreApplication::translate("CaseStore", "the parameter \"%1\" has no value").arg(decoded(pair)));
                return std::nullopt;
            }
            const QString key = decoded(pair.left(equals));
            const QString value = decoded(pair.mid(equals + 1));
            if (key == u"password") {
                *error = QCoreApplication::translate(
                    "CaseStore",
                    "the team store address contains a password; Samordna never keeps one. Leave it out and "
                    "use ~/.pgpass, PGPASSWORD or your organisation's single sign-on, or type it when asked");
                return std::nullopt;
            }
            if (key == u"dbname")
                address.m_database = value;
            else if (key == u"user")
                address.m_user = value;
            else
                address.m_parameters.append({key, value});
        }
    }
    if (address.m_database.isEmpty()) {
        *error = uriError(QCoreApplication::translate("CaseStore", "no database is named (…/DATABASE)"));
        return std::nullopt;
    }
    return address;
}

QString StoreAddress::parameter(const QString &key) const
{
    for (const auto &[name, value] : m_parameters) {
        if (name == key)
            return value;
    }
    return {};
}

QString StoreAddress::connectOptions() const
{
    QStringList options;
    const bool hostParameter = !parameter(u"host"_s).isEmpty();
    if (!m_hosts.isEmpty() && !hostParameter)
        options << u"host="_s + quoted(m_hosts);
    if (!m_ports.isEmpty() && parameter(u"port"_s).isEmpty())
        options << u"port="_s + quoted(m_ports);
    if (!m_user.isEmpty())
        options << u"user="_s + quoted(m_user);
    for (const auto &[key, value] : m_parameters)
        options << key + u'=' + quoted(value);
    return options.join(u';');
}

QString StoreAddress::displayHost() const
{
    if (const QString socket = parameter(u"host"_s); !socket.isEmpty())
        return socket;
    if (!m_hosts.isEmpty())
        return m_hosts;
    return u"localhost"_s;
}

} // namespace samordna
