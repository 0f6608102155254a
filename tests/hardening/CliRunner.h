// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../cli/CliProcess.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// samordna-cli run as a user or an attacker would run it, and the files and
// store rows it leaves, looked at from outside.
namespace hardening {

using namespace Qt::StringLiterals;

// The owner's, the group's and others' bits of QFileInfo::permissions()
// (without the "current user" bits that repeat one of them).
inline constexpr QFileDevice::Permissions modeBits = QFileDevice::Permissions(0x7077);

using cliProcess::Run;

inline Run cli(const QString &store, const QStringList &arguments, const QStringList &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SAMORDNA_LANG"_s, u"en"_s);
    env.remove(u"SAMORDNA_DB"_s);
    env.remove(u"SAMORDNA_DISTRICTS"_s);
    for (const QString &setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    QStringList all;
    if (!store.isEmpty())
        all << u"--db"_s << store;
    return cliProcess::run(all + arguments, env);
}

// A valid personnummer for the date and birth number (Luhn check digit).
inline QString personnummer(const QString &yyyymmdd, int birthNumber)
{
    const QString digits = yyyymmdd.mid(2) + QString::number(birthNumber).rightJustified(3, u'0');
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int value = digits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return yyyymmdd + u'-' + QString::number(birthNumber).rightJustified(3, u'0')
        + QString::number((10 - sum % 10) % 10);
}

inline QJsonObject caseDocument(const QJsonValue &id, const QString &name = u"Testa Testsson"_s,
                                const QString &pnr = u"19900315-2387"_s)
{
    QJsonObject c{{u"person"_s, QJsonObject{{u"personnummer"_s, pnr}, {u"name"_s, name}}},
                  {u"district"_s, u"Norr"_s},
                  {u"stage"_s, u"ruta1"_s}};
    if (!id.isUndefined())
        c.insert(u"id"_s, id);
    return QJsonObject{{u"format"_s, u"samordna-case"_s}, {u"version"_s, 1}, {u"case"_s, c}};
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QString writeCase(const QTemporaryDir &dir, const QString &name, const QJsonObject &document)
{
    const QString path = dir.filePath(name);
    writeFile(path, QJsonDocument(document).toJson());
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The arguments that make `command` (export, document or backup) write
// case `id`'s personal data to `target`.
inline QStringList outputCommand(const QString &command, const QString &id, const QString &target)
{
    if (command == u"export")
        return {u"export"_s, u"--case"_s, id, target};
    if (command == u"document")
        return {u"document"_s, u"underlag-7434"_s, u"--case"_s, id, u"--out"_s, target};
    return {u"backup"_s, target};
}

// Every "error:" line is one line, starts with "error:", carries no control
// characters and stays short whatever was echoed.
inline bool isOneSafeErrorLine(const QByteArray &err, QString *why)
{
    const QList<QByteArray> lines = err.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (!line.startsWith("error: ") && !line.startsWith("warning: ")) {
            *why = u"a line that is not an error: "_s + QString::fromUtf8(line.left(100));
            return false;
        }
        if (line.size() > 1200) {
            *why = u"a line of %1 bytes"_s.arg(line.size());
            return false;
        }
        for (const char c : line) {
            if (uchar(c) < 0x20 || c == 0x7f) {
                *why = u"a control character in: "_s + QString::fromUtf8(line.left(100));
                return false;
            }
        }
    }
    if (err.startsWith("error: ") ? err.count("\nerror: ") > 0 : err.count("\nerror: ") > 1) {
        *why = u"more than one error line: "_s + QString::fromUtf8(err.left(300));
        return false;
    }
    return true;
}

// SQL straight on the store file, as someone with the file in hand could.
class RawStore
{
public:
    explicit RawStore(const QString &path)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawStore()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &statement, QString *error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(statement))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

} // namespace hardening
