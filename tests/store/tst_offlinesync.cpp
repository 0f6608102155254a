// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliProcess.h"
#include "StoreBackend.h"
#include "StoreTestSupport.h"

#include "store/AuditLog.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QTest>

#include <functional>

using namespace storeTest;
using namespace Qt::StringLiterals;
using samordna::AuditLog;

namespace {

using cliProcess::Run;

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SAMORDNA_LANG"_s, u"en"_s);
    environment.insert(u"USER"_s, u"sara"_s);
    environment.remove(u"SAMORDNA_DB"_s);
    // The settings (--mine reads "my details") live in the test's own folder.
    environment.insert(u"XDG_CONFIG_HOME"_s, home);
    return environment;
}

QStringList lines(const QByteArray &out)
{
    QStringList result = QString::fromUtf8(out).split(u'\n');
    result.removeAll(QString());
    return result;
}

} // namespace

// Work taken along on a laptop and brought back, seen as a social worker
// and her colleagues see it: the CLI's output, exit codes and exports.
class TestOfflineSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void checkoutMakesAPrivateFileColleaguesSee();
    void differentFieldsOnBothSidesMerge();
    void sameFieldOnBothSidesIsAConflictUntilChosen();
    void changedOnOneSideOnly();
    void caseMadeOfflineArrivesUnderItsOwnId();
    void personWithATeamCaseIsAConflict();
    void syncTwiceDoublesNothing();
    void killedSyncCompletesWhenRunAgain();
    void oldFileWarnsAtEveryStart();
    void checkoutByAgendaAndMine();

private:
    Run cli(const QStringList &arguments, const QString &db);
    // Exports a case, lets `edit` change its "case" object, saves it with update.
    void edit(const QString &db, const QString &id, const std::function<void(QJsonObject &)> &edit);
    QJsonObject exported(const QString &db, const QString &id);
    void addNote(QJsonObject &c, const QString &text);
    QString m_team;
    QString m_file;
    std::unique_ptr<TestStores> m_stores;
};

Run TestOfflineSync::cli(const QStringList &arguments, const QString &db)
{
    return cliProcess::run(QStringList{u"--db"_s, db} + arguments, cliEnvironment(m_stores->filePath(u"config"_s)));
}

QJsonObject TestOfflineSync::exported(const QString &db, const QString &id)
{
    const Run run = cli({u"export"_s, u"--case"_s, id}, db);
    return QJsonDocument::fromJson(run.out).object().value(u"case").toObject();
}

void TestOfflineSync::edit(const QString &db, const QString &id, const std::function<void(QJsonObject &)> &change)
{
    const Run run = cli({u"export"_s, u"--case"_s, id}, db);
    QCOMPARE(run.exitCode, 0);
    QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QJsonObject c = document.value(u"case").toObject();
    change(c);
    document[u"case"_s] = c;
    const QString path = m_stores->filePath(u"edit.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
    const Run updated = cli({u"update"_s, path}, db);
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
}

void TestOfflineSync::addNote(QJsonObject &c, const QString &text)
{
    QJsonArray journal = c.value(u"journal").toArray();
    journal << QJsonObject{{u"date"_s, u"2026-11-21"_s}, {u"author"_s, u"Sara"_s}, {u"text"_s, text}};
    c[u"journal"_s] = journal;
}

void TestOfflineSync::initTestCase_data()
{
    addBackendRows();
}

void TestOfflineSync::init()
{
    m_stores.reset();
    STORE_TEST_BACKEND(m_stores);
    m_team = m_stores->fresh(u"team.sqlite"_s);
    QVERIFY(!m_team.isEmpty());
    m_file = m_stores->filePath(u"laptop.sqlite"_s);
    const Run imported = cli(QStringList{u"import"_s} + caseFiles(), m_team);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestOfflineSync::checkoutMakesAPrivateFileColleaguesSee()
{
    const Run out = cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s, u"--case"_s, u"FX-3"_s}, m_team);
    QVERIFY2(out.exitCode == 0, out.err.constData());
    QCOMPARE(lines(out.out).size(), 2);
    QCOMPARE(QFileInfo(m_file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The file is an ordinary store holding the two cases as they are.
    QCOMPARE(lines(cli({u"list"_s}, m_file).out).size(), 2);
    QCOMPARE(cli({u"check"_s}, m_file).exitCode, 0);
    // It finds its team store again from any folder.
    if (!m_stores->isServer())
        QCOMPARE(
            RawConnection(m_file).value(u"SELECT value FROM store_properties WHERE key = 'offline.team'"_s).toString(),
            QFileInfo(m_team).absoluteFilePath());
    QJsonObject inFile = exported(m_file, u"FX-1"_s);
    QJsonObject inTeam = exported(m_team, u"FX-1"_s);
    QCOMPARE(inFile, inTeam);

    // Colleagues see who took which case, in the list and when they open it.
    const QStringList list = lines(cli({u"list"_s}, m_team).out);
    QCOMPARE(list.size(), 3);
    // A team store names the user its server authenticated; a file the OS
    // account, whatever $USER says.
    const QString user = m_stores->isServer() ? ownerRole() : AuditLog::systemUser();
    QVERIFY2(list.at(0).endsWith(u"\tchecked out by "_s + user + u", "_s + QDate::currentDate().toString(Qt::ISODate)
                                 + u" (laptop.sqlite on "_s + QSysInfo::machineHostName() + u')'),
             qPrintable(list.at(0)));
    QVERIFY(list.at(1).endsWith(u'\t'));
    const Run shown = cli({u"show"_s, u"FX-3"_s}, m_team);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.contains(QByteArray("checked out by " + user.toUtf8())), shown.err.constData());
    QVERIFY(cli({u"audit"_s, u"--case"_s, u"FX-1"_s}, m_team).out.contains("\tcheckout\t"));
    QVERIFY(cli({u"audit"_s, u"--case"_s, u"FX-1"_s}, m_file).out.contains("\tcheckout\t"));

    // Nothing is written over: not an existing file, not an unknown case.
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-2"_s}, m_team).exitCode, 2);
    const QString other = m_stores->filePath(u"other.sqlite"_s);
    const Run unknown = cli({u"checkout"_s, u"--to"_s, other, u"--case"_s, u"FX-9"_s}, m_team);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("FX-9"));
    QVERIFY(!QFileInfo::exists(other));
}

void TestOfflineSync::differentFieldsOnBothSidesMerge()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s}, m_team).exitCode, 0);
    edit(m_file, u"FX-1"_s, [&](QJsonObject &c) {
        c[u"fkContactDate"_s] = u"2026-10-22"_s;
        addNote(c, u"Skrivet på tåget."_s);
    });
    edit(m_team, u"FX-1"_s, [&](QJsonObject &c) {
        QJsonObject forFk = c.value(u"forFk").toObject();
        forFk[u"otherInformation"_s] = u"Kollegan fyllde i."_s;
        c[u"forFk"_s] = forFk;
        addNote(c, u"Skrivet på kontoret."_s);
    });

    const Run synced = cli({u"sync"_s}, m_file);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(lines(synced.out).first(), u"FX-1\tmerged"_s);
    // Emptied after a complete sync: nothing stays on the laptop.
    QVERIFY(!QFileInfo::exists(m_file));
    QVERIFY(lines(synced.out).last().startsWith(u"emptied: "_s));

    const QJsonObject merged = exported(m_team, u"FX-1"_s);
    QCOMPARE(merged.value(u"fkContactDate").toString(), u"2026-10-22"_s);
    QCOMPARE(merged.value(u"forFk").toObject().value(u"otherInformation").toString(), u"Kollegan fyllde i."_s);
    QStringList notes;
    for (const QJsonValue &entry : merged.value(u"journal").toArray())
        notes << entry.toObject().value(u"text").toString();
    QCOMPARE(notes.count(u"Skrivet på tåget."_s), 1);
    QCOMPARE(notes.count(u"Skrivet på kontoret."_s), 1);
    QCOMPARE(notes.size(), 4);
    QCOMPARE(merged.value(u"revision").toInt(), 3);

    // The laptop's audit rows are in the team log with their file; the
    // checkout is over.
    const QByteArray audit = cli({u"audit"_s, u"--case"_s, u"FX-1"_s}, m_team).out;
    QVERIFY2(audit.contains("\tsync\t"), audit.constData());
    QVERIFY(cli({u"list"_s}, m_team).out.contains("\t\n"));
    QVERIFY(!cli({u"list"_s}, m_team).out.contains("checked out"));
}

void TestOfflineSync::sameFieldOnBothSidesIsAConflictUntilChosen()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s, u"--case"_s, u"FX-2"_s}, m_team).exitCode,
             0);
    edit(m_file, u"FX-1"_s, [&](QJsonObject &c) {
        c[u"fkContactDate"_s] = u"2026-10-22"_s;
        addNote(c, u"Offline."_s);
    });
    edit(m_team, u"FX-1"_s, [&](QJsonObject &c) { c[u"fkContactDate"_s] = u"2026-10-25"_s; });
    const QJsonObject teamBefore = exported(m_team, u"FX-1"_s);

    const Run synced = cli({u"sync"_s}, m_file);
    QCOMPARE(synced.exitCode, 3);
    QCOMPARE(lines(synced.out), (QStringList{u"FX-1\tconflict\tfkContactDate"_s, u"FX-2\tunchanged"_s}));
    QVERIFY(synced.err.startsWith("error: "));
    // Nothing overwritten: each side keeps its value, the file is kept.
    QVERIFY(QFileInfo::exists(m_file));
    QCOMPARE(exported(m_team, u"FX-1"_s), teamBefore);
    QCOMPARE(exported(m_file, u"FX-1"_s).value(u"fkContactDate").toString(), u"2026-10-22"_s);
    // Both values are kept for the choice.
    const Run listed = cli({u"resolve"_s}, m_file);
    QCOMPARE(lines(listed.out), (QStringList{u"FX-1\tfkContactDate\t2026-10-25\t2026-10-22"_s}));
    // Run again before choosing: the same conflict, nothing written.
    QCOMPARE(cli({u"sync"_s}, m_file).exitCode, 3);
    QCOMPARE(exported(m_team, u"FX-1"_s), teamBefore);

    const Run chosen = cli({u"resolve"_s, u"FX-1"_s, u"fkContactDate"_s, u"--take"_s, u"offline"_s}, m_file);
    QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
    const Run again = cli({u"sync"_s}, m_file);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(lines(again.out).first(), u"FX-1\tpushed"_s);
    const QJsonObject after = exported(m_team, u"FX-1"_s);
    QCOMPARE(after.value(u"fkContactDate").toString(), u"2026-10-22"_s);
    QVERIFY(QJsonDocument(after).toJson().contains("Offline."));
    // The choice is on record in the team log, from the file it was made in.
    const QByteArray audit = cli({u"audit"_s, u"--case"_s, u"FX-1"_s}, m_team).out;
    QVERIFY2(audit.contains("\tchoose\tfield=fkContactDate,kept=offline\n"), audit.constData());
}

void TestOfflineSync::changedOnOneSideOnly()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s, u"--case"_s, u"FX-2"_s}, m_team).exitCode,
             0);
    edit(m_file, u"FX-1"_s, [&](QJsonObject &c) { addNote(c, u"Bara offline."_s); });
    edit(m_team, u"FX-2"_s, [&](QJsonObject &c) { addNote(c, u"Bara i teamet."_s); });
    const Run synced = cli({u"sync"_s, u"--keep"_s}, m_file);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(lines(synced.out), (QStringList{u"FX-1\tpushed"_s, u"FX-2\tpulled"_s}));
    QVERIFY(QFileInfo::exists(m_file));
    QCOMPARE(exported(m_file, u"FX-2"_s).value(u"journal"), exported(m_team, u"FX-2"_s).value(u"journal"));
    QCOMPARE(exported(m_file, u"FX-1"_s).value(u"journal"), exported(m_team, u"FX-1"_s).value(u"journal"));
}

void TestOfflineSync::caseMadeOfflineArrivesUnderItsOwnId()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s}, m_team).exitCode, 0);
    QJsonObject document = jsonObject(caseFiles().at(1));
    QJsonObject c = document.value(u"case").toObject();
    c.remove(u"id"_s);
    c[u"person"_s] = QJsonObject{{u"personnummer"_s, u"19811218-9876"_s}, {u"name"_s, u"Ny Klient"_s}};
    document[u"case"_s] = c;
    const QString path = m_stores->filePath(u"new.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
    const Run made = cli({u"import"_s, path}, m_file);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString id = QString::fromUtf8(made.out).section(u'\t', 0, 0);
    // Not an id the team store gives ("S-…"), nor the same in another file.
    QVERIFY2(id.startsWith(u'L') && id.endsWith(u"-000001"_s), qPrintable(id));

    const Run synced = cli({u"sync"_s, u"--keep"_s}, m_file);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(lines(synced.out).contains(id + u"\tpushed"_s));
    QJsonObject inTeam = exported(m_team, id);
    QJsonObject inFile = exported(m_file, id);
    inTeam.remove(u"revision"_s);
    inFile.remove(u"revision"_s);
    QCOMPARE(inTeam, inFile);
    // Its history came along: the import made in the file, with the file named.
    QVERIFY(cli({u"audit"_s, u"--case"_s, id}, m_team).out.contains("\timport\t"));
    QCOMPARE(lines(cli({u"sync"_s, u"--keep"_s}, m_file).out),
             (QStringList{u"FX-1\tunchanged"_s, id + u"\tunchanged"_s}));
}

void TestOfflineSync::personWithATeamCaseIsAConflict()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s}, m_team).exitCode, 0);
    QJsonObject document = jsonObject(caseFiles().at(1));
    QJsonObject c = document.value(u"case").toObject();
    c.remove(u"id"_s); // FX-2's person, made again offline
    document[u"case"_s] = c;
    const QString path = m_stores->filePath(u"again.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
    const Run made = cli({u"import"_s, path}, m_file);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString id = QString::fromUtf8(made.out).section(u'\t', 0, 0);
    const Run synced = cli({u"sync"_s}, m_file);
    QCOMPARE(synced.exitCode, 3);
    QVERIFY(lines(synced.out).contains(id + u"\tconflict\tperson.personnummer"_s));
    QCOMPARE(lines(cli({u"list"_s}, m_team).out).size(), 3);
    QVERIFY(cli({u"resolve"_s}, m_file).out.contains("FX-2"));
    // Chosen as a case of its own, it is added.
    QCOMPARE(cli({u"resolve"_s, id, u"person.personnummer"_s, u"--take"_s, u"offline"_s}, m_file).exitCode, 0);
    QCOMPARE(cli({u"sync"_s}, m_file).exitCode, 0);
    QCOMPARE(lines(cli({u"list"_s}, m_team).out).size(), 4);
}

void TestOfflineSync::syncTwiceDoublesNothing()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s, u"--case"_s, u"FX-2"_s}, m_team).exitCode,
             0);
    edit(m_file, u"FX-1"_s, [&](QJsonObject &c) { addNote(c, u"Offline."_s); });
    edit(m_team, u"FX-1"_s, [&](QJsonObject &c) { c[u"fkContactDate"_s] = u"2026-10-25"_s; });
    QCOMPARE(cli({u"sync"_s, u"--keep"_s}, m_file).exitCode, 0);
    const QByteArray team = cli({u"export"_s}, m_team).out;
    const Run second = cli({u"sync"_s, u"--keep"_s}, m_file);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(lines(second.out), (QStringList{u"FX-1\tunchanged"_s, u"FX-2\tunchanged"_s}));
    QCOMPARE(cli({u"export"_s}, m_team).out, team);
}

// A sync killed at a random moment (SIGKILL: no rollback, no clean-up), then
// run again: every case whole in both stores, no note and no audit row twice.
void TestOfflineSync::killedSyncCompletesWhenRunAgain()
{
    constexpr int Cases = 24;
    QJsonArray many;
    const QJsonObject template_ = jsonObject(caseFiles().at(0));
    QStringList ids;
    for (int i = 0; i < Cases; ++i) {
        QJsonObject document = template_;
        QJsonObject c = document.value(u"case").toObject();
        const QString id = u"K-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        c[u"id"_s] = id;
        ids << id;
        document[u"case"_s] = c;
        const QString path = m_stores->filePath(id + u".json"_s);
        QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
        // One person's many cases: asked for, as a second open case is.
        QCOMPARE(cli({u"import"_s, u"--allow-duplicate"_s, path}, m_team).exitCode, 0);
    }
    QStringList arguments{u"checkout"_s, u"--to"_s, m_file};
    for (const QString &id : std::as_const(ids))
        arguments << u"--case"_s << id;
    QCOMPARE(cli(arguments, m_team).exitCode, 0);
    for (const QString &id : std::as_const(ids)) {
        edit(m_file, id, [&](QJsonObject &c) {
            c[u"fkContactDate"_s] = u"2026-10-22"_s;
            addNote(c, u"Offline " + id);
        });
        edit(m_team, id, [&](QJsonObject &c) { addNote(c, u"Team " + id); });
    }

    const quint32 seed = qEnvironmentVariableIsSet("SAMORDNA_TEST_SEED")
        ? qEnvironmentVariable("SAMORDNA_TEST_SEED").toUInt()
        : QRandomGenerator::global()->generate();
    qInfo("kill moment seeded with %u (SAMORDNA_TEST_SEED=%u repeats it)", seed, seed);
    // Killed after a random number of cases have reported done: mid-way
    // through the next one's writes, or between the two stores.
    const int after = int(QRandomGenerator(seed).bounded(1, Cases / 2));
    QProcess sync;
    sync.setProcessEnvironment(cliEnvironment(m_stores->filePath(u"config"_s)));
    sync.start(QStringLiteral(SAMORDNA_CLI_PATH), {u"--db"_s, m_file, u"sync"_s});
    QVERIFY(sync.waitForStarted());
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (seen.count('\n') < after && sync.state() == QProcess::Running && timer.elapsed() < 60000) {
        sync.waitForReadyRead(100);
        seen += sync.readAllStandardOutput();
    }
    QCOMPARE(sync.state(), QProcess::Running);
    sync.kill();
    QVERIFY(sync.waitForFinished());
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFileInfo::exists(m_file));

    const Run again = cli({u"sync"_s, u"--keep"_s}, m_file);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(lines(again.out).size(), Cases);
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject team = exported(m_team, id);
        QCOMPARE(team.value(u"fkContactDate").toString(), u"2026-10-22"_s);
        QStringList notes;
        for (const QJsonValue &entry : team.value(u"journal").toArray())
            notes << entry.toObject().value(u"text").toString();
        QCOMPARE(notes.count(u"Offline " + id), 1);
        QCOMPARE(notes.count(u"Team " + id), 1);
        QCOMPARE(notes.size(), 4);
        QJsonObject file = exported(m_file, id);
        QCOMPARE(file.value(u"journal").toArray().size(), 4);
    }
    // No audit row of the file arrived twice.
    RawConnection raw(m_team);
    QCOMPARE(raw.value(u"SELECT count(*) - count(DISTINCT origin_key) FROM audit_log WHERE origin_key IS NOT NULL"_s)
                 .toInt(),
             0);
    QVERIFY(raw.value(u"SELECT count(*) FROM audit_log WHERE origin_key IS NOT NULL"_s).toInt() >= 2 * Cases);
    QCOMPARE(cli({u"check"_s}, m_team).exitCode, 0);
    QCOMPARE(cli({u"check"_s}, m_file).exitCode, 0);
}

void TestOfflineSync::oldFileWarnsAtEveryStart()
{
    QCOMPARE(cli({u"checkout"_s, u"--to"_s, m_file, u"--case"_s, u"FX-1"_s}, m_team).exitCode, 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(!cli({u"list"_s}, m_file).err.contains("warning"));
    const QString later = QDate::currentDate().addDays(14).toString(Qt::ISODate);
    const Run old = cli({u"--today"_s, later, u"list"_s}, m_file);
    QCOMPARE(old.exitCode, 0);
    QVERIFY2(old.err.startsWith("warning: this file has carried cases out of the team store for 14 day")
                 && old.err.contains(QByteArray(QByteArray("since ") + today.toUtf8())),
             old.err.constData());
    QVERIFY(!cli({u"--today"_s, later, u"list"_s}, m_team).err.contains("warning"));
}

void TestOfflineSync::checkoutByAgendaAndMine()
{
    // "Mine": the open cases whose social worker is the name in my details.
    QVERIFY(QDir().mkpath(m_stores->filePath(u"config/Samordna"_s)));
    QVERIFY(writeFile(m_stores->filePath(u"config/Samordna/samordna.conf"_s), "[myDetails]\nname=HANDLÄGGARE  ETT\n"));
    const Run mine = cli({u"checkout"_s, u"--to"_s, m_file, u"--mine"_s}, m_team);
    QVERIFY2(mine.exitCode == 0, mine.err.constData());
    QStringList taken;
    for (const QString &line : lines(mine.out))
        taken << line.section(u'\t', 0, 0);
    QVERIFY(taken.contains(u"FX-1"_s));
    for (const QString &id : std::as_const(taken))
        QCOMPARE(exported(m_team, id).value(u"socialWorker").toObject().value(u"name").toString(),
                 u"Handläggare Ett"_s);

    const Run noMeeting = cli({u"checkout"_s, u"--to"_s, m_stores->filePath(u"m.sqlite"_s), u"--agenda"_s, u"77"_s},
                              m_team);
    QCOMPARE(noMeeting.exitCode, 2);
    QVERIFY(noMeeting.err.contains("77"));
}

QTEST_GUILESS_MAIN(TestOfflineSync)
#include "tst_offlinesync.moc"
