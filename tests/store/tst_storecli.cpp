// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliProcess.h"
#include "StoreBackend.h"
#include "StoreTestSupport.h"

#include "demo/DemoGenerator.h"
#include "service/CaseService.h"
#include "store/AuditLog.h"
#include "store/KonsultationsteamMeetings.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace storeTest;
using samordna::AuditLog;
using namespace Qt::StringLiterals;

namespace {

using cliProcess::Run;

QString caseId(const QJsonObject &document)
{
    return document.value(u"case").toObject().value(u"id").toString();
}

// An exported document as the fixture it came from: export adds the
// store's revision of the case.
QJsonObject withoutRevision(QJsonObject document)
{
    QJsonObject inner = document.value(u"case").toObject();
    inner.remove(u"revision"_s);
    document[u"case"_s] = inner;
    return document;
}

// A store's konsultationsteam meetings, agendas and advice, one line each,
// as a person reading them in the program would compare them.
QStringList meetingsOf(const QString &store)
{
    auto opened = samordna::CaseService::open(store);
    if (!opened.store) {
        qWarning("open: %s", qPrintable(opened.error));
        return {};
    }
    samordna::KonsultationsteamMeetings meetings(*opened.store);
    QStringList lines;
    for (const samordna::KonsultationsteamMeeting &meeting : meetings.meetings()) {
        lines << u"meeting %1 %2 [%3] %4 items=%5"_s.arg(meeting.id)
                     .arg(meeting.date.toString(Qt::ISODate), meeting.participants, meeting.district)
                     .arg(meeting.agendaCount);
        for (const samordna::AgendaItem &item : meetings.agenda(meeting.id))
            lines << u"  item %1 #%2 %3 advice=%4 note=[%5] at=%6 question=[%7]"_s.arg(item.id)
                         .arg(item.position)
                         .arg(item.caseId)
                         .arg(item.advice ? int(*item.advice) : -1)
                         .arg(item.note, item.recordedAt.toString(Qt::ISODateWithMs), item.question);
    }
    return lines;
}

qint64 exportedRevision(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"case").toObject().value(u"revision").toInteger(-1);
}

} // namespace

// samordna-cli's store commands, seen from outside: exit codes, output and
// the files they leave.
class TestStoreCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void initCreatesPrivateStore();
    void importExportRoundTrip();
    void badFileIsNamedAndNothingOfItStored();
    void listHidesPersonalData();
    void showPrintsTheAssessReport();
    void auditShowsTheTrail();
    void refusedFilesAreLeftUnchanged_data();
    void refusedFilesAreLeftUnchanged();
    void checkAndMissingStore();
    void backupWhileAnotherProcessWrites();
    void readOnlyStoreRefusesWhatCannotBeAudited_data();
    void readOnlyStoreRefusesWhatCannotBeAudited();
    void damagedStoreIsNeverListedInPart();
    void importStoreKeepsIdsAndHistory();
    void updateSavesTheDocumentAsANewRevision();
    void updateRefusesAStaleRevision();
    void updateRefusesWhatItCannotPlace_data();
    void updateRefusesWhatItCannotPlace();
    void importStoreRefusesIdsOutsideTheGrammar();
    void importStoreNamesTheCaseTheServerRefuses();
    void serverPasswordComesFromLibpqOnly();
    void importStoreLeavesOutAgendaItemsOfCasesNotImported();
    void importStoreAsAUserBringsInOnlyTheirDistricts();
    void importStoreAsAUserMeetsClashesItCannotSee();

private:
    // A login role of Norr on the team store under test; its address.
    QString norrUser();
    Run cli(const QStringList &arguments, const QString &db = {}, const QString &language = u"en"_s);
    QString m_store;
    std::unique_ptr<TestStores> m_stores;
};

Run TestStoreCli::cli(const QStringList &arguments, const QString &db, const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (language.isEmpty())
        environment.remove(u"SAMORDNA_LANG"_s); // the program's own default
    else
        environment.insert(u"SAMORDNA_LANG"_s, language);
    environment.insert(u"USER"_s, u"cli-tester"_s);
    environment.remove(u"SAMORDNA_DB"_s);
    return cliProcess::run(QStringList{u"--db"_s, db.isEmpty() ? m_store : db} + arguments, environment);
}

QString TestStoreCli::norrUser()
{
    const QString role = u"samordna_test_norr"_s;
    if (!m_stores->server().ensureRole(role) || cli({u"init"_s}).exitCode != 0
        || cli({u"admin"_s, u"add-user"_s, role, u"--district"_s, u"Norr"_s}).exitCode != 0)
        return {};
    return TestServer::address(role, m_store.section(u'/', 3).section(u'?', 0, 0));
}

void TestStoreCli::initTestCase_data()
{
    addBackendRows();
}

void TestStoreCli::init()
{
    m_stores.reset();
    STORE_TEST_BACKEND(m_stores);
    m_store = m_stores->fresh();
    QVERIFY(!m_store.isEmpty());
}

void TestStoreCli::initCreatesPrivateStore()
{
    const Run run = cli({u"init"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    if (m_stores->isServer()) {
        QVERIFY(run.out.contains("schema version"));
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        return;
    }
    QVERIFY(QFileInfo::exists(m_store));
    QCOMPARE(QFileInfo(m_store).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(cli({u"init"_s}).exitCode, 0); // again: nothing to do
}

void TestStoreCli::importExportRoundTrip()
{
    const Run imported = cli(QStringList{u"import"_s} + caseFiles());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out.count('\n'), 3);

    const Run all = cli({u"export"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray documents = QJsonDocument::fromJson(all.out).array();
    QCOMPARE(documents.size(), 3);
    for (qsizetype i = 0; i < documents.size(); ++i)
        QCOMPARE(withoutRevision(documents.at(i).toObject()), jsonObject(caseFiles().at(i)));

    const QString out = m_stores->filePath(u"fx-2.json"_s);
    QCOMPARE(cli({u"export"_s, u"--case"_s, u"FX-2"_s, out}).exitCode, 0);
    QCOMPARE(exportedRevision(readAll(out)), 1);
    QCOMPARE(withoutRevision(jsonObject(out)), jsonObject(caseFiles().at(1)));
    QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // What was exported imports again, into a second store, unchanged.
    const QString second = m_stores->fresh(u"second.sqlite"_s);
    QCOMPARE(cli({u"import"_s, out}, second).exitCode, 0);
    const Run again = cli({u"export"_s, u"--case"_s, u"FX-2"_s}, second);
    QCOMPARE(withoutRevision(QJsonDocument::fromJson(again.out).object()), jsonObject(caseFiles().at(1)));

    const Run missing = cli({u"export"_s, u"--case"_s, u"NO-SUCH"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.startsWith("error: "));
}

void TestStoreCli::badFileIsNamedAndNothingOfItStored()
{
    QJsonObject bad = jsonObject(caseFiles().at(0));
    QJsonObject badCase = bad.value(u"case").toObject();
    badCase[u"id"] = u"BAD-1"_s;
    QJsonArray meetings = badCase.value(u"meetings").toArray();
    QJsonObject meeting = meetings.at(0).toObject();
    meeting[u"kind"] = u"fika"_s; // a wrong value deep in the document
    meetings[0] = meeting;
    badCase[u"meetings"] = meetings;
    bad[u"case"] = badCase;
    const QString badFile = m_stores->filePath(u"bad-case.json"_s);
    QVERIFY(writeFile(badFile, QJsonDocument(bad).toJson()));

    const Run run = cli({u"import"_s, caseFiles().at(0), badFile, caseFiles().at(1)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad-case.json") && run.err.contains("case.meetings[0].kind"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("error: "));
    const Run listed = cli({u"list"_s});
    QVERIFY(listed.out.contains("FX-1\t"));
    QVERIFY(listed.out.contains("FX-2\t"));
    QVERIFY(!listed.out.contains("BAD-1"));

    // An id that exists already is a clash, named with its file.
    const Run clash = cli({u"import"_s, caseFiles().at(0)});
    QCOMPARE(clash.exitCode, 2);
    QVERIFY2(clash.err.contains("fx-1.json") && clash.err.contains("FX-1"), clash.err.constData());
}

void TestStoreCli::listHidesPersonalData()
{
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    const Run list = cli({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> columns = lines.at(0).split('\t');
    QCOMPARE(columns.size(), 5);
    QCOMPARE(columns.at(0), "FX-1");
    QCOMPARE(columns.at(1), "Norr");
    QCOMPARE(columns.at(2), "ruta3");
    QVERIFY(QDateTime::fromString(QString::fromUtf8(columns.at(3)), Qt::ISODate).isValid());
    QCOMPARE(columns.at(4), ""); // not taken along by anyone
    for (const char *personal : {"Testa", "Testsson", "900315", "Prova", "850612"})
        QVERIFY(!list.out.contains(personal));

    const Run shown = cli({u"list"_s, u"--show-personal"_s});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("Testa Testsson\t19900315-2387"));
    const Run audit = cli({u"audit"_s});
    QVERIFY(audit.out.contains("\treveal\t"));
}

void TestStoreCli::showPrintsTheAssessReport()
{
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    for (qsizetype i = 0; i < caseFiles().size(); ++i) {
        const QString id = caseId(jsonObject(caseFiles().at(i)));
        const Run shown = cli({u"--today"_s, u"2026-11-22"_s, u"show"_s, id});
        QCOMPARE(shown.exitCode, 0);
        const Run assessed = cli({u"--today"_s, u"2026-11-22"_s, u"assess"_s, caseFiles().at(i)});
        QCOMPARE(assessed.exitCode, 0);
        QCOMPARE(shown.out, assessed.out);
    }
    const Run missing = cli({u"show"_s, u"NO-SUCH"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.startsWith("error: "));
}

void TestStoreCli::auditShowsTheTrail()
{
    QCOMPARE(cli({u"import"_s, caseFiles().at(0)}).exitCode, 0);
    QCOMPARE(cli({u"show"_s, u"FX-1"_s}).exitCode, 0);
    QCOMPARE(cli({u"export"_s, u"--case"_s, u"FX-1"_s}).exitCode, 0);
    QCOMPARE(cli({u"backup"_s, m_stores->filePath(u"copy.sqlite"_s)}).exitCode, 0);

    const Run audit = cli({u"audit"_s});
    QCOMPARE(audit.exitCode, 0);
    const QList<QByteArray> lines = audit.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 4);
    QStringList actions;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> columns = line.split('\t');
        QCOMPARE(columns.size(), 6);
        // A team store's audit names the server's user; a file's the OS
        // account, not $USER (set to "cli-tester" above).
        QCOMPARE(columns.at(2), m_stores->isServer() ? ownerRole().toUtf8() : AuditLog::systemUser().toUtf8());
        QVERIFY(columns.at(2) != "cli-tester");
        actions << QString::fromUtf8(columns.at(4));
    }
    QCOMPARE(actions, (QStringList{u"import"_s, u"open"_s, u"export"_s, u"backup"_s}));
    QVERIFY(!audit.out.contains("Testa"));
    QCOMPARE(cli({u"audit"_s, u"--case"_s, u"FX-1"_s}).out.trimmed().split('\n').size(), 3);
}

void TestStoreCli::refusedFilesAreLeftUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("damaged") << u"damaged"_s;
    QTest::newRow("newer") << u"newer"_s;
}

void TestStoreCli::refusedFilesAreLeftUnchanged()
{
    STORE_TEST_FILE_ONLY(m_stores);
    QFETCH(QString, kind);
    if (kind == u"text") {
        QVERIFY(writeFile(m_store, "inte en databas\n"));
    } else {
        QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
        QByteArray bytes = readAll(m_store);
        if (kind == u"damaged") {
            for (qsizetype i = 4096; i < bytes.size(); ++i)
                bytes[i] = char(0x5a ^ (i & 0x1f));
        } else {
            bytes[63] = 99; // PRAGMA user_version, in the header: far past this program
        }
        QVERIFY(writeFile(m_store, bytes));
    }
    const QByteArray before = sha256(m_store);
    for (const QStringList &arguments : {QStringList{u"list"_s}, QStringList{u"check"_s}, QStringList{u"init"_s},
                                         QStringList{u"import"_s, caseFiles().at(0)}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(sha256(m_store), before);
    }
}

void TestStoreCli::checkAndMissingStore()
{
    STORE_TEST_FILE_ONLY(m_stores);
    const Run missing = cli({u"list"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_store)); // reading never creates a store
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    const Run check = cli({u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out.trimmed(), "ok");
}

void TestStoreCli::backupWhileAnotherProcessWrites()
{
    STORE_TEST_FILE_ONLY(m_stores);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    QProcess writer;
    writer.start(QStringLiteral(STORE_WRITER_PATH), {m_store, u"1000000"_s, u"2"_s});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(10000));

    const QString copy = m_stores->filePath(u"backup.sqlite"_s);
    const Run backup = cli({u"backup"_s, copy});
    QCOMPARE(writer.state(), QProcess::Running);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QVERIFY2(backup.exitCode == 0, backup.err.constData());

    QCOMPARE(cli({u"check"_s}, copy).exitCode, 0);
    const Run list = cli({u"list"_s}, copy);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.count('\n') > 3);
    QCOMPARE(withoutRevision(QJsonDocument::fromJson(cli({u"export"_s, u"--case"_s, u"FX-3"_s}, copy).out).object()),
             jsonObject(caseFiles().at(2)));
    // The backup command never writes over a file.
    QCOMPARE(cli({u"backup"_s, copy}).exitCode, 2);
}

void TestStoreCli::readOnlyStoreRefusesWhatCannotBeAudited_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestStoreCli::readOnlyStoreRefusesWhatCannotBeAudited()
{
    STORE_TEST_FILE_ONLY(m_stores);
    QFETCH(bool, folder);
    const QString holder = m_stores->filePath(u"holder"_s);
    QVERIFY(QDir().mkpath(holder));
    m_store = holder + u"/store.sqlite"_s;
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    const Run trailBefore = cli({u"audit"_s});
    QCOMPARE(trailBefore.exitCode, 0);

    const QString out = m_stores->filePath(u"out"_s);
    const auto readOnly = QFileDevice::ReadOwner | (folder ? QFileDevice::ExeOwner : QFileDevice::Permissions());
    QVERIFY(QFile::setPermissions(folder ? holder : m_store, readOnly));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(holder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });

    // Each of these shows or copies personal data, and none can be audited.
    const QList<QStringList> audited{
        {u"list"_s, u"--show-personal"_s},
        {u"show"_s, u"FX-1"_s},
        {u"export"_s},
        {u"export"_s, u"--case"_s, u"FX-1"_s, out + u".json"_s},
        {u"backup"_s, out + u".sqlite"_s},
        {u"document"_s, u"aktanteckning"_s, u"--case"_s, u"FX-1"_s, u"--out"_s, out + u".pdf"_s},
    };
    for (const QStringList &arguments : audited) {
        const Run run = cli(arguments);
        const QByteArray what = arguments.join(u' ').toUtf8() + ": " + run.err;
        QVERIFY2(run.exitCode == 1, what.constData());
        QVERIFY2(run.err.contains("error: ") && run.err.contains("audit log cannot be written"), what.constData());
        QVERIFY2(run.err.contains(folder ? "that holds the store is read-only" : "store.sqlite is read-only"),
                 what.constData());
        for (const char *personal : {"Testa", "Testsson", "900315"})
            QVERIFY2(!run.out.contains(personal), what.constData());
    }
    for (const char *suffix : {".json", ".sqlite", ".pdf"})
        QVERIFY2(!QFileInfo::exists(out + QLatin1StringView(suffix)), suffix);

    // The reason in the user's language: Swedish unless asked otherwise.
    const Run swedish = cli({u"show"_s, u"FX-1"_s}, {}, {});
    QCOMPARE(swedish.exitCode, 1);
    QVERIFY2(swedish.err.contains("granskningslogg"), swedish.err.constData());
    QVERIFY2(swedish.err.contains("skrivskydd"), swedish.err.constData());

    // What reveals nothing still works, and nothing was written.
    const Run list = cli({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count('\n'), 3);
    QCOMPARE(cli({u"audit"_s}).out, trailBefore.out);
}

void TestStoreCli::damagedStoreIsNeverListedInPart()
{
    STORE_TEST_FILE_ONLY(m_stores);
    {
        auto opened = samordna::CaseService::open(m_store);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->importCases(samordna::DemoGenerator::generate(60, referenceDate(), 3)).ok());
    }
    // One page of the cases table, past the first rows that opening reads,
    // zeroed as a failing disk leaves it.
    QVERIFY(zeroLeafPage(m_store, u"cases"_s, 2));

    const Run list = cli({u"list"_s});
    QVERIFY2(list.exitCode == 1, list.err.constData());
    QVERIFY2(list.err.startsWith("error: the list stopped after "), list.err.constData());
    QVERIFY2(list.err.contains("malformed") || list.err.contains("damaged"), list.err.constData());
    QVERIFY(list.out.isEmpty()); // no partial list that looks whole

    const Run init = cli({u"init"_s});
    QVERIFY2(init.exitCode == 1, init.out.constData());
    QVERIFY(!init.out.contains("store ready"));
    QVERIFY2(init.err.contains("damaged") || init.err.contains("malformed"), init.err.constData());
}

// A local store moved into a team store: the same cases, the same
// export, the history along; an id the team store has is reported and
// nothing of that case written.
void TestStoreCli::importStoreKeepsIdsAndHistory()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString file = m_stores->filePath(u"local.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0);
    QCOMPARE(cli({u"show"_s, u"FX-1"_s}, file).exitCode, 0);
    // Two konsultationsteam meetings held on the laptop: advice recorded
    // (into the case's record and journal too), a question prepared.
    {
        auto opened = samordna::CaseService::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto first = meetings.createMeeting(QDate(2026, 11, 10), u"FK, IoF Norr"_s, u"Norr"_s);
        const auto second = meetings.createMeeting(QDate(2026, 11, 24), u"FK"_s);
        QVERIFY(first && second);
        const auto advised = meetings.addToAgenda(*first, u"FX-1"_s);
        QVERIFY(advised);
        QVERIFY(
            meetings.recordAdvice(*advised, samordna::Advice::ComplementNeeded, u"Ask the doctor."_s, u"Sara"_s).ok());
        const auto asked = meetings.addToAgenda(*second, u"FX-2"_s);
        QVERIFY(asked && meetings.addToAgenda(*second, u"FX-3"_s));
        QVERIFY(meetings.setQuestion(*asked, u"Is a medical opinion enough?"_s));
        QVERIFY(meetings.moveAgendaItem(*asked, 1));
    }
    const QStringList fileMeetings = meetingsOf(file);
    QCOMPARE(fileMeetings.size(), 5);
    const Run fileAudit = cli({u"audit"_s}, file);

    const Run moved = cli({u"import-store"_s, file});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QCOMPARE(moved.out.count('\n'), 5);
    QVERIFY2(moved.out.contains("konsultationsteam meeting 1 imported\n")
                 && moved.out.contains("konsultationsteam meeting 2 imported\n"),
             moved.out.constData());
    const Run teamExport = cli({u"export"_s});
    QCOMPARE(teamExport.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(teamExport.out).array(),
             QJsonDocument::fromJson(cli({u"export"_s}, file).out).array());
    // The meetings, agendas and advice as the file has them, ids kept; the
    // next meeting made in the team store numbers after them.
    QCOMPARE(meetingsOf(m_store), fileMeetings);
    {
        auto opened = samordna::CaseService::open(m_store);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto next = meetings.createMeeting(QDate(2026, 12, 8), u"FK"_s, u"Norr"_s);
        QVERIFY2(next, qPrintable(meetings.lastError()));
        QCOMPARE(*next, 3);
        const auto item = meetings.addToAgenda(*next, u"FX-1"_s);
        QVERIFY2(item, qPrintable(meetings.lastError()));
        QCOMPARE(*item, 4);
    }
    // The file's history comes along, as it was written, before the import's own rows.
    const Run teamAudit = cli({u"audit"_s});
    const QList<QByteArray> fileRows = fileAudit.out.chopped(1).split('\n');
    const QList<QByteArray> teamRows = teamAudit.out.chopped(1).split('\n');
    QVERIFY(teamRows.size() > fileRows.size());
    for (const QByteArray &row : fileRows) {
        const QByteArray withoutId = row.mid(row.indexOf('\t')); // the team store numbers its own rows
        QVERIFY2(teamAudit.out.contains(QByteArray(withoutId + '\n')), row.constData());
    }

    const int before = teamRows.size();
    const Run again = cli({u"import-store"_s, file});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("FX-1") && again.err.contains("FX-3")
                 && again.err.contains("konsultationsteam meetings (or items of their agendas) already; nothing of "
                                       "them was written: 1, 2"),
             again.err.constData());
    QCOMPARE(again.out, QByteArray());
    QCOMPARE(cli({u"audit"_s}).out.trimmed().split('\n').size(), before);
    QCOMPARE(cli({u"list"_s}).out.count('\n'), 3);
}

// An exported case, edited and given back, is the next revision of the
// case, audited as a change naming the fields.
void TestStoreCli::updateSavesTheDocumentAsANewRevision()
{
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    const Run exported = cli({u"export"_s, u"--case"_s, u"FX-1"_s});
    QCOMPARE(exportedRevision(exported.out), 1);
    QJsonObject document = QJsonDocument::fromJson(exported.out).object();
    QJsonObject inner = document.value(u"case").toObject();
    inner[u"fkContactDate"_s] = u"2026-11-02"_s;
    QJsonArray journal = inner.value(u"journal").toArray();
    journal.append(QJsonObject{{u"date"_s, u"2026-11-21"_s}, {u"author"_s, u"Sara"_s}, {u"text"_s, u"Ringt FK."_s}});
    inner[u"journal"_s] = journal;
    document[u"case"_s] = inner;
    const QString edited = m_stores->filePath(u"edited.json"_s);
    QVERIFY(writeFile(edited, QJsonDocument(document).toJson()));

    const Run updated = cli({u"update"_s, edited});
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(updated.out, QByteArray("FX-1\t2\n"));
    const Run again = cli({u"export"_s, u"--case"_s, u"FX-1"_s});
    QCOMPARE(exportedRevision(again.out), 2);
    QCOMPARE(withoutRevision(QJsonDocument::fromJson(again.out).object()), withoutRevision(document));
    const Run audit = cli({u"audit"_s, u"--case"_s, u"FX-1"_s});
    QVERIFY2(audit.out.contains("\tchange\tfkContactDate,journal\n"), audit.out.constData());
}

// A document edited from revision 1 after someone saved revision 2 would
// silently undo that change: it is refused, exit 3, and nothing is written.
void TestStoreCli::updateRefusesAStaleRevision()
{
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    const QByteArray exported = cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out;
    const auto edit = [&](const QString &name, const QString &date) {
        QJsonObject document = QJsonDocument::fromJson(exported).object();
        QJsonObject inner = document.value(u"case").toObject();
        inner[u"fkContactDate"_s] = date;
        document[u"case"_s] = inner;
        const QString path = m_stores->filePath(name);
        writeFile(path, QJsonDocument(document).toJson());
        return path;
    };
    const QString first = edit(u"first.json"_s, u"2026-11-03"_s);
    const QString second = edit(u"second.json"_s, u"2026-11-04"_s);
    QCOMPARE(cli({u"update"_s, first}).exitCode, 0);
    const Run stale = cli({u"update"_s, second});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.startsWith("error: case FX-2 was changed") && stale.err.contains("revision 1")
                 && stale.err.contains("revision 2"),
             stale.err.constData());
    QCOMPARE(stale.err.count('\n'), 1);
    const QJsonObject stored = QJsonDocument::fromJson(cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out).object();
    QCOMPARE(stored.value(u"case").toObject().value(u"fkContactDate").toString(), u"2026-11-03"_s);
    QCOMPARE(stored.value(u"case").toObject().value(u"revision").toInt(), 2);
}

void TestStoreCli::updateRefusesWhatItCannotPlace_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("no revision") << u"revision="_s << 2 << u"case.revision"_s;
    QTest::newRow("no id") << u"id="_s << 2 << u"case.id"_s;
    QTest::newRow("unknown case") << u"id=FX-9"_s << 2 << u"there is no case FX-9"_s;
    QTest::newRow("bad id") << u"id=../x"_s << 2 << u"case.id"_s;
    QTest::newRow("journal rewritten") << u"journal="_s << 2 << u"journal notes cannot be removed"_s;
}

// update changes a stored case and nothing else: a document it cannot tie
// to one stored revision is refused, naming why, and the store is as before.
void TestStoreCli::updateRefusesWhatItCannotPlace()
{
    QFETCH(QString, change);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    QJsonObject document = QJsonDocument::fromJson(cli({u"export"_s, u"--case"_s, u"FX-1"_s}).out).object();
    QJsonObject inner = document.value(u"case").toObject();
    const QString key = change.section(u'=', 0, 0);
    const QString value = change.section(u'=', 1);
    if (value.isEmpty())
        inner.remove(key);
    else
        inner[key] = value;
    document[u"case"_s] = inner;
    const QString path = m_stores->filePath(u"doc.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
    const QByteArray before = cli({u"export"_s}).out;
    const Run refused = cli({u"update"_s, path});
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.startsWith("error: ") && refused.err.contains(named.toUtf8()), refused.err.constData());
    QCOMPARE(cli({u"export"_s}).out, before);
}

// A store file written by hand or by an older program: a case whose id
// the grammar refuses does not come into the team store; the others do.
void TestStoreCli::importStoreRefusesIdsOutsideTheGrammar()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString file = m_stores->filePath(u"hostile.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0);
    {
        RawConnection raw(file);
        QString error;
        QVERIFY2(raw.exec(u"UPDATE cases SET id = '../x' WHERE id = 'FX-3'"_s, &error), qPrintable(error));
    }
    const Run moved = cli({u"import-store"_s, file});
    QCOMPARE(moved.exitCode, 2);
    QVERIFY2(moved.err.contains("\"../x\""), moved.err.constData());
    const Run list = cli({u"list"_s});
    QCOMPARE(list.out.count('\n'), 2);
    QVERIFY(!list.out.contains("../x"));
}

// Cases go in by the batch; one the server refuses (a text PostgreSQL
// cannot hold) is named, nothing of it is written, the cases before it are
// in, and the import stops there.
void TestStoreCli::importStoreNamesTheCaseTheServerRefuses()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString file = m_stores->filePath(u"odd.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0);
    {
        RawConnection raw(file);
        QString error;
        QVERIFY2(raw.exec(u"UPDATE cases SET social_worker_name = 'a' || char(0) || 'b' WHERE id = 'FX-2'"_s, &error),
                 qPrintable(error));
    }
    const Run moved = cli({u"import-store"_s, file});
    QCOMPARE(moved.exitCode, 1);
    QCOMPARE(moved.out, QByteArray("FX-1 imported\n"));
    QVERIFY2(moved.err.startsWith("error: case FX-2 was not imported: "), moved.err.constData());
    const Run list = cli({u"list"_s});
    QCOMPARE(list.out.count('\n'), 1);
    QVERIFY(list.out.startsWith("FX-1\t"));
    QVERIFY(cli({u"audit"_s, u"--case"_s, u"FX-2"_s}).out.isEmpty());
}

// A server that asks for a password: samordna-cli never asks for one nor
// takes one in the address; with none it says what is missing, a wrong one
// is named as such, and PGPASSWORD or ~/.pgpass let it in.
void TestStoreCli::serverPasswordComesFromLibpqOnly()
{
    if (!m_stores->isServer())
        QSKIP("a team store's server asks for the password");
    STORE_TEST_REQUIRE_PASSWORD_ROLE();
    const QString role = TestServer::passwordRole();
    QVERIFY(m_stores->server().passwordRoleReady());
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles()).exitCode, 0);
    QCOMPARE(cli({u"admin"_s, u"add-user"_s, role, u"--district"_s, u"Norr"_s}).exitCode, 0);
    const QString address = TestServer::address(role, m_store.section(u'/', 3).section(u'?', 0, 0));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SAMORDNA_LANG"_s, u"en"_s);
    environment.remove(u"SAMORDNA_DB"_s);
    environment.remove(u"PGPASSWORD"_s);
    environment.remove(u"PGPASSFILE"_s);
    environment.insert(u"HOME"_s, home.path());
    const QStringList list{u"--db"_s, address, u"list"_s};

    const Run none = cliProcess::run(list, environment);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(
        none.err.contains(QByteArray("the server asks for the password of " + role.toUtf8() + ", and none was given"))
            && none.err.contains("~/.pgpass") && none.err.contains("PGPASSWORD"),
        none.err.constData());
    QVERIFY(none.out.isEmpty());

    QProcessEnvironment wrong = environment;
    wrong.insert(u"PGPASSWORD"_s, u"fel-lösen"_s);
    const Run refused = cliProcess::run(list, wrong);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QByteArray("the server did not accept the password of " + role.toUtf8())),
             refused.err.constData());
    QVERIFY(!refused.err.contains("fel-l"));

    QProcessEnvironment right = environment;
    right.insert(u"PGPASSWORD"_s, TestServer::passwordOfRole());
    const Run listed = cliProcess::run(list, right);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(listed.out.startsWith("FX-1\tNorr\t"), listed.out.constData());

    QFile pgpass(home.filePath(u".pgpass"_s));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(u"*:*:*:%1:%2\n"_s.arg(role, TestServer::passwordOfRole()).toUtf8());
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run fromFile = cliProcess::run(list, environment);
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    QCOMPARE(fromFile.out, listed.out);
}

// A case the team store has already is a clash: its agenda item in the
// file's meeting belongs to the file's case, not to the team store's, so
// the meeting comes in without it, and says so.
void TestStoreCli::importStoreLeavesOutAgendaItemsOfCasesNotImported()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString file = m_stores->filePath(u"local.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0);
    {
        auto opened = samordna::CaseService::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto meeting = meetings.createMeeting(QDate(2026, 11, 10), u"FK"_s);
        QVERIFY(meeting);
        QVERIFY(meetings.addToAgenda(*meeting, u"FX-1"_s) && meetings.addToAgenda(*meeting, u"FX-2"_s));
    }
    QCOMPARE(cli({u"import"_s, caseFiles().at(1)}).exitCode, 0); // FX-2, made in the team store
    const QByteArray teamCase = cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out;

    const Run moved = cli({u"import-store"_s, file});
    QCOMPARE(moved.exitCode, 2);
    QVERIFY2(moved.err.contains("the team store has these cases already; nothing of them was written: FX-2"),
             moved.err.constData());
    QVERIFY2(moved.out.contains("konsultationsteam meeting 1 imported without the agenda items of cases not "
                                "imported: FX-2\n"),
             moved.out.constData());
    QCOMPARE(cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out, teamCase);
    const QStringList team = meetingsOf(m_store);
    QCOMPARE(team.size(), 2);
    QVERIFY2(team.at(0).endsWith(u"items=1"_s) && team.at(1).contains(u" #1 FX-1 "_s), qPrintable(team.join(u'\n')));
}

// A social worker of Norr moves their laptop's store into the team store
// themselves, not as its owner. Their own district's case and meeting come
// in whole; the file's cases and meetings of other districts are named as
// such, and nothing of them reaches the team store, whoever looks.
void TestStoreCli::importStoreAsAUserBringsInOnlyTheirDistricts()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString norr = norrUser();
    QVERIFY(!norr.isEmpty());
    const QString file = m_stores->filePath(u"laptop.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0); // FX-1 Norr, FX-2 Söder, FX-3 Väster
    QCOMPARE(cli({u"show"_s, u"FX-1"_s}, file).exitCode, 0);
    QCOMPARE(cli({u"show"_s, u"FX-2"_s}, file).exitCode, 0);
    {
        auto opened = samordna::CaseService::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto ofNorr = meetings.createMeeting(QDate(2026, 11, 10), u"FK, IoF Norr"_s, u"Norr"_s);
        const auto ofSoder = meetings.createMeeting(QDate(2026, 11, 11), u"FK, IoF Söder"_s, u"Söder"_s);
        const auto ofNone = meetings.createMeeting(QDate(2026, 11, 12), u"FK"_s);
        QVERIFY(ofNorr && ofSoder && ofNone);
        const auto advised = meetings.addToAgenda(*ofNorr, u"FX-1"_s);
        QVERIFY2(advised, qPrintable(meetings.lastError()));
        QVERIFY(
            meetings.recordAdvice(*advised, samordna::Advice::ComplementNeeded, u"Ask the doctor."_s, u"Sara"_s).ok());
        const auto asked = meetings.addToAgenda(*ofSoder, u"FX-2"_s);
        QVERIFY2(asked, qPrintable(meetings.lastError()));
        QVERIFY(meetings.setQuestion(*asked, u"Is a medical opinion enough?"_s));
        QVERIFY(meetings.addToAgenda(*ofNone, u"FX-1"_s));
        QCOMPARE(*ofNorr, 1);
    }
    const QStringList fileMeetings = meetingsOf(file);
    QCOMPARE(fileMeetings.size(), 6);
    const Run fileAudit = cli({u"audit"_s}, file);
    QVERIFY(fileAudit.out.contains("\tFX-2\t"));

    // In Swedish, the program's own language.
    const Run moved = cli({u"import-store"_s, file}, norr, {});
    QCOMPARE(moved.exitCode, 2);
    QCOMPARE(moved.out, QByteArray("FX-1 importerat\nkonsultationsteammöte 1 importerat\n"));
    QVERIFY2(moved.err.startsWith("error: ") && moved.err.count('\n') == 1, moved.err.constData());
    QVERIFY2(moved.err.contains("de här ärendena hör till stadsområden du inte arbetar i (dina: Norr); inget av "
                                "dem skrevs: FX-2, FX-3"),
             moved.err.constData());
    QVERIFY2(moved.err.contains("de här konsultationsteammötena hör till stadsområden du inte arbetar i (dina: "
                                "Norr); inget av dem skrevs: 2"),
             moved.err.constData());
    QVERIFY2(moved.err.contains("anger inget stadsområde") && moved.err.contains("skrevs: 3"), moved.err.constData());
    QVERIFY2(!moved.err.contains("ERROR") && !moved.err.contains("row-level"), moved.err.constData());

    // The Norr case as the file has it, its meeting with agenda and advice,
    // its history: what the user sees now.
    const Run userExport = cli({u"export"_s}, norr);
    QCOMPARE(userExport.exitCode, 0);
    const QJsonArray fileCases = QJsonDocument::fromJson(cli({u"export"_s}, file).out).array();
    QCOMPARE(QJsonDocument::fromJson(userExport.out).array(), QJsonArray{fileCases.at(0)});
    QCOMPARE(caseId(fileCases.at(0).toObject()), u"FX-1"_s);
    const qsizetype norrMeeting = fileMeetings.indexOf(u"meeting 1 2026-11-10 [FK, IoF Norr] Norr items=1"_s);
    QVERIFY(norrMeeting >= 0);
    QCOMPARE(meetingsOf(norr), fileMeetings.mid(norrMeeting, 2));
    // The history rows name the user the server let in, as every row
    // written to a team store does; when, what and about which case stay.
    const Run userAudit = cli({u"audit"_s}, norr);
    int history = 0;
    for (const QByteArray &row : fileAudit.out.chopped(1).split('\n')) {
        const QList<QByteArray> columns = row.split('\t');
        QCOMPARE(columns.size(), 6);
        if (columns.at(3) != "FX-1" && !columns.at(5).startsWith("meeting=1,"))
            continue;
        ++history;
        const QByteArray asWritten = '\t' + columns.at(1) + "\tsamordna_test_norr\t" + columns.at(3) + '\t'
            + columns.at(4) + '\t' + columns.at(5) + '\n';
        QVERIFY2(userAudit.out.contains(asWritten), row.constData());
    }
    QVERIFY(history >= 3);
    // The owner, who sees every district, finds nothing of Söder's or
    // Väster's from the import.
    QCOMPARE(cli({u"list"_s}).out.count('\n'), 1);
    RawConnection owner(m_store);
    QCOMPARE(owner.value(u"SELECT count(*) FROM cases WHERE id <> 'FX-1'"_s).toInt(), 0);
    QCOMPARE(owner
                 .value(u"SELECT count(*) FROM audit_log WHERE case_id IS DISTINCT FROM 'FX-1' AND (details LIKE "
                        "'%FX-2%' OR details LIKE '%FX-3%' OR case_id IS NOT NULL OR details LIKE 'meeting=2,%' "
                        "OR details LIKE 'meeting=3,%')"_s)
                 .toInt(),
             0);
    QCOMPARE(owner
                 .value(u"SELECT count(*) FROM konsultationsteam_meetings WHERE district IS DISTINCT FROM 'Norr' "
                        "OR participants LIKE '%Söder%'"_s)
                 .toInt(),
             0);
    QCOMPARE(owner.value(u"SELECT count(*) FROM konsultationsteam_agenda WHERE case_id <> 'FX-1'"_s).toInt(), 0);
    const Run ownerExport = cli({u"export"_s});
    QVERIFY(!ownerExport.out.contains("FX-2") && !ownerExport.out.contains("850612"));

    // Again: everything it brought is there already, and nothing changes.
    const QStringList meetingsBefore = meetingsOf(m_store);
    const QByteArray auditBefore = cli({u"audit"_s}).out;
    const Run again = cli({u"import-store"_s, file}, norr);
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.out, QByteArray());
    QVERIFY2(again.err.contains("the team store has these cases already; nothing of them was written: FX-1")
                 && again.err.contains("not work in (yours: Norr); nothing of them was written: FX-2, FX-3")
                 && again.err.contains("konsultationsteam meetings (or items of their agendas) already; nothing of "
                                       "them was written: 1"),
             again.err.constData());
    QCOMPARE(cli({u"audit"_s}).out, auditBefore);
    QCOMPARE(meetingsOf(m_store), meetingsBefore);
    QCOMPARE(cli({u"export"_s}).out, ownerExport.out);

    // Numbering goes on after the meeting brought in, for the user too.
    {
        auto opened = samordna::CaseService::open(norr);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto next = meetings.createMeeting(QDate(2026, 12, 8), u"FK"_s, u"Norr"_s);
        QVERIFY2(next, qPrintable(meetings.lastError()));
        QVERIFY(*next > 1);
        QVERIFY2(meetings.addToAgenda(*next, u"FX-1"_s), qPrintable(meetings.lastError()));
    }
}

// What a user of Norr cannot see still holds its ids: a case, a meeting or
// an agenda item of Söder with an id the user's file uses is a clash, said
// as any clash is, and the Söder rows stay as they were.
void TestStoreCli::importStoreAsAUserMeetsClashesItCannotSee()
{
    if (!m_stores->isServer())
        QSKIP("brings a file into a team store");
    const QString norr = norrUser();
    QVERIFY(!norr.isEmpty());
    QCOMPARE(cli({u"import"_s, caseFiles().at(1)}).exitCode, 0); // FX-2, Söder, in the team store
    {
        auto opened = samordna::CaseService::open(m_store);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto soder = meetings.createMeeting(QDate(2026, 11, 3), u"FK, IoF Söder"_s, u"Söder"_s);
        QVERIFY(soder);
        QCOMPARE(*soder, 1);
        const auto item = meetings.addToAgenda(*soder, u"FX-2"_s);
        QVERIFY(item);
        QCOMPARE(*item, 1);
    }
    const QByteArray teamCase = cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out;
    const QStringList teamMeetings = meetingsOf(m_store);

    // The laptop's FX-2 is a case of Norr; its meetings 1 and 2 are Norr's,
    // and meeting 2's one item was numbered 1 there.
    const QString file = m_stores->filePath(u"laptop.sqlite"_s);
    QCOMPARE(cli(QStringList{u"import"_s} + caseFiles(), file).exitCode, 0);
    {
        RawConnection raw(file);
        QString error;
        QVERIFY2(raw.exec(u"UPDATE cases SET district = 'Norr' WHERE id = 'FX-2'"_s, &error), qPrintable(error));
    }
    {
        auto opened = samordna::CaseService::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        samordna::KonsultationsteamMeetings meetings(*opened.store);
        const auto first = meetings.createMeeting(QDate(2026, 11, 10), u"FK, IoF Norr"_s, u"Norr"_s);
        const auto second = meetings.createMeeting(QDate(2026, 11, 17), u"FK, IoF Norr"_s, u"Norr"_s);
        QVERIFY(first && second);
        const auto item = meetings.addToAgenda(*second, u"FX-1"_s);
        QVERIFY(item);
        QCOMPARE(*item, 1);
    }

    const Run moved = cli({u"import-store"_s, file}, norr);
    QCOMPARE(moved.exitCode, 2);
    QCOMPARE(moved.out, QByteArray("FX-1 imported\n"));
    QVERIFY2(moved.err.contains("the team store has these cases already; nothing of them was written: FX-2")
                 && moved.err.contains("(or items of their agendas) already; nothing of them was written: 1, 2")
                 && moved.err.contains("not work in (yours: Norr); nothing of them was written: FX-3"),
             moved.err.constData());
    QVERIFY2(!moved.err.contains("Söder") && !moved.err.contains("ERROR"), moved.err.constData());
    QCOMPARE(cli({u"list"_s}, norr).out.count('\n'), 1);
    QCOMPARE(cli({u"export"_s, u"--case"_s, u"FX-2"_s}).out, teamCase);
    QCOMPARE(meetingsOf(m_store), teamMeetings);
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
