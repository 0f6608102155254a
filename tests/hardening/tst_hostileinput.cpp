// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "store/AuditLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace hardening;
using samordna::AuditLog;
using namespace Qt::StringLiterals;

// Attacks through samordna-cli's doors: hostile ids, echoed values, sizes,
// links, permissions and the audit log, as someone with a shell and a case
// document in hand would try them.
class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hostileIdsAreRefusedAtImport_data();
    void hostileIdsAreRefusedAtImport();
    void hostileIdsAreRefusedOnTheCommandLine_data();
    void hostileIdsAreRefusedOnTheCommandLine();
    void echoedValuesAreQuotedAndCut_data();
    void echoedValuesAreQuotedAndCut();
    void listColumnsStayColumns();
    void oversizedInputIsRefusedNamingIt();
    void tooManyEntriesAreRefusedNamingTheKey();
    void farFutureDatesAreRefused();
    void controlCharactersInNamesAreRefused();
    void unusableDistrictEnvironmentIsRefused();
    void duplicatePersonNeedsToBeAskedFor();
    void outputsNeverFollowLinks_data();
    void outputsNeverFollowLinks();
    void outputsArePrivate();
    void auditUserIsTheAccount();
    void showPersonalAuditsEachCase();
    void deletedOrEditedAuditRowsAreFound_data();
    void deletedOrEditedAuditRowsAreFound();

private:
    QString importOne(const QJsonObject &document);
    QStringList auditActions(const QString &caseId = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(u"store.sqlite"_s);
    QCOMPARE(cli(m_store, {u"init"_s}).exitCode, 0);
}

QString TestHostileInput::importOne(const QJsonObject &document)
{
    static int counter = 0;
    const QString file = writeCase(*m_dir, u"case-%1.json"_s.arg(++counter), document);
    const Run run = cli(m_store, {u"import"_s, file});
    if (run.exitCode != 0)
        qWarning("import: %s", run.err.constData());
    return QString::fromUtf8(run.out).section(u'\t', 0, 0);
}

QStringList TestHostileInput::auditActions(const QString &caseId)
{
    QStringList arguments{u"audit"_s};
    if (!caseId.isEmpty())
        arguments << u"--case"_s << caseId;
    const Run run = cli(m_store, arguments);
    QStringList actions;
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.isEmpty())
            actions << QString::fromUtf8(line.split('\t').value(4));
    }
    return actions;
}

void TestHostileInput::hostileIdsAreRefusedAtImport_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent folders") << u"../../x"_s;
    QTest::newRow("absolute") << u"/tmp/x"_s;
    QTest::newRow("sub-folder") << u"a/b"_s;
    QTest::newRow("dot-dot") << u".."_s;
    QTest::newRow("newline") << u"S-1\nerror: all is well"_s;
    QTest::newRow("tab") << u"S-1\tNorr"_s;
    QTest::newRow("direction override") << u"S-1\u202Enosj.exe"_s;
    QTest::newRow("terminal escape") << u"S-1\x1b]0;owned\x07"_s;
    QTest::newRow("too long") << QString(65, u'A');
    QTest::newRow("dash first") << u"--help"_s;
}

void TestHostileInput::hostileIdsAreRefusedAtImport()
{
    QFETCH(QString, id);
    const QString file = writeCase(*m_dir, u"hostile.json"_s, caseDocument(id));
    const Run run = cli(m_store, {u"import"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("case.id"), run.err.constData());
    QString why;
    QVERIFY2(isOneSafeErrorLine(run.err, &why), qPrintable(why));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli(m_store, {u"list"_s}).out, QByteArray());
}

void TestHostileInput::hostileIdsAreRefusedOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList{u"show"_s, u"../../etc/passwd"_s};
    QTest::newRow("export --case") << QStringList{u"export"_s, u"--case"_s, u"a/b"_s};
    QTest::newRow("audit --case") << QStringList{u"audit"_s, u"--case"_s, u"x\ny"_s};
    QTest::newRow("document --case") << QStringList{u"document"_s, u"underlag-7434"_s, u"--case"_s,
                                                    u"../x"_s,     u"--out"_s,         u"x.pdf"_s};
}

void TestHostileInput::hostileIdsAreRefusedOnTheCommandLine()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(m_store, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("case id"), run.err.constData());
    QString why;
    QVERIFY2(isOneSafeErrorLine(run.err, &why), qPrintable(why));
    QVERIFY(!QFileInfo::exists(QDir::current().filePath(u"x.pdf"_s)));
}

void TestHostileInput::echoedValuesAreQuotedAndCut_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("document"); // written to a file given as the last argument
    const auto withDistrict = [](const QString &district) {
        QJsonObject document = caseDocument(u"S-1"_s);
        QJsonObject c = document.value(u"case").toObject();
        c.insert(u"district"_s, district);
        document.insert(u"case"_s, c);
        return QJsonDocument(document).toJson();
    };
    QTest::newRow("newline in a district") << QStringList{u"assess"_s} << withDistrict(u"X\nerror: forged"_s);
    QTest::newRow("terminal escape") << QStringList{u"assess"_s} << withDistrict(u"\x1b[2J\x1b[31mX"_s);
    QTest::newRow("3 MB value") << QStringList{u"assess"_s} << withDistrict(QString(3 * 1024 * 1024, u'x'));
    QTest::newRow("bad date") << QStringList{u"--today"_s, u"2026-01-01\n\x1b[31m"_s, u"assess"_s}
                              << withDistrict(u"Norr"_s);
    QTest::newRow("unknown command") << QStringList{u"\x1b[31mimport\nerror: x"_s} << QByteArray();
    QTest::newRow("unknown document kind")
        << QStringList{u"document"_s, QString(5000, u'k') + u"\n"_s, u"--case"_s, u"S-1"_s, u"--out"_s, u"a.pdf"_s}
        << QByteArray();
    QTest::newRow("file name") << QStringList{u"assess"_s, u"/nonexistent/\n\x1b[31mx.json"_s} << QByteArray();
}

void TestHostileInput::echoedValuesAreQuotedAndCut()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, document);
    if (!document.isEmpty()) {
        const QString file = m_dir->filePath(u"echo.json"_s);
        QVERIFY(writeFile(file, document));
        arguments << file;
    }
    const Run run = cli(m_store, arguments);
    QVERIFY(run.exitCode == 1 || run.exitCode == 2);
    QVERIFY(!run.err.isEmpty());
    QString why;
    QVERIFY2(isOneSafeErrorLine(run.err, &why), qPrintable(why));
}

void TestHostileInput::listColumnsStayColumns()
{
    importOne(caseDocument(u"S-1"_s));
    // Values put into the file behind the program's back still cannot add
    // columns or rows to what it prints.
    {
        RawStore raw(m_store);
        QVERIFY(raw.exec(u"UPDATE cases SET name = 'A\tB\nC', district = 'X\tY'"_s));
    }
    const Run run = cli(m_store, {u"list"_s, u"--show-personal"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().count('\t'), 5);
    QVERIFY(lines.constFirst().contains("A\\tB\\nC"));
    const Run audit = cli(m_store, {u"audit"_s});
    for (const QByteArray &line : audit.out.trimmed().split('\n'))
        QCOMPARE(line.count('\t'), 5);
}

void TestHostileInput::oversizedInputIsRefusedNamingIt()
{
    const Run zero = cli({}, {u"assess"_s, u"/dev/zero"_s});
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains("/dev/zero") && zero.err.contains("larger than"), zero.err.constData());

    const QString big = m_dir->filePath(u"big.json"_s);
    QVERIFY(writeFile(big, QByteArray(5 * 1024 * 1024, ' ') + QJsonDocument(caseDocument(u"S-1"_s)).toJson()));
    const Run run = cli(m_store, {u"import"_s, big});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("big.json"), run.err.constData());
    QCOMPARE(cli(m_store, {u"list"_s}).out, QByteArray());
}

void TestHostileInput::tooManyEntriesAreRefusedNamingTheKey()
{
    QJsonObject document = caseDocument(u"S-1"_s);
    QJsonObject c = document.value(u"case").toObject();
    QJsonArray meetings;
    for (int i = 0; i < 1001; ++i)
        meetings.append(QJsonObject{{u"kind"_s, u"avstamningsmote"_s}});
    c.insert(u"meetings"_s, meetings);
    document.insert(u"case"_s, c);
    const QString file = writeCase(*m_dir, u"many.json"_s, document);
    const Run run = cli({}, {u"assess"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("case.meetings") && run.err.contains("1000"), run.err.constData());
}

void TestHostileInput::farFutureDatesAreRefused()
{
    QJsonObject document = caseDocument(u"S-1"_s);
    QJsonObject c = document.value(u"case").toObject();
    c.insert(u"fkContactDate"_s, u"9999-12-31"_s);
    document.insert(u"case"_s, c);
    const Run run = cli({}, {u"assess"_s, writeCase(*m_dir, u"future.json"_s, document)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("case.fkContactDate"), run.err.constData());
}

void TestHostileInput::controlCharactersInNamesAreRefused()
{
    for (const QString &name :
         {QString::fromUtf16(u"Anna\0Berg", 9), u"Anna\nBerg"_s, u"Anna\x1b[8mBerg"_s, u"Anna\u202EgreB"_s}) {
        const Run run = cli(m_store, {u"import"_s, writeCase(*m_dir, u"name.json"_s, caseDocument(u"S-1"_s, name))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("case.person.name"), run.err.constData());
        QString why;
        QVERIFY2(isOneSafeErrorLine(run.err, &why), qPrintable(why));
    }
    QCOMPARE(cli(m_store, {u"list"_s}).out, QByteArray());
}

void TestHostileInput::unusableDistrictEnvironmentIsRefused()
{
    const QString file = writeCase(*m_dir, u"ok.json"_s, caseDocument(u"S-1"_s));
    const Run run = cli({}, {u"assess"_s, file}, {u"SAMORDNA_DISTRICTS=/nonexistent/districts.json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("SAMORDNA_DISTRICTS"), run.err.constData());
    QCOMPARE(cli({}, {u"assess"_s, file}).exitCode, 0);
}

void TestHostileInput::duplicatePersonNeedsToBeAskedFor()
{
    QCOMPARE(importOne(caseDocument(QJsonValue::Undefined)), u"S-000001"_s);
    // The same person again (as after a killed import): refused, nothing stored.
    const QString again = writeCase(*m_dir, u"again.json"_s, caseDocument(QJsonValue::Undefined));
    const Run refused = cli(m_store, {u"import"_s, again});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("S-000001") && refused.err.contains("--allow-duplicate"), refused.err.constData());
    QCOMPARE(cli(m_store, {u"list"_s}).out.count('\n'), 1);
    // Asked for: a second case.
    const Run allowed = cli(m_store, {u"import"_s, u"--allow-duplicate"_s, again});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(cli(m_store, {u"list"_s}).out.count('\n'), 2);
    // Another person is no duplicate.
    QVERIFY(
        !importOne(caseDocument(QJsonValue::Undefined, u"Annan Person"_s, personnummer(u"19800101"_s, 123))).isEmpty());
}

void TestHostileInput::outputsNeverFollowLinks_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << u"export"_s;
    QTest::newRow("document") << u"document"_s;
    QTest::newRow("backup") << u"backup"_s;
}

void TestHostileInput::outputsNeverFollowLinks()
{
    QFETCH(QString, command);
    const QString id = importOne(caseDocument(u"S-1"_s));
    QCOMPARE(id, u"S-1"_s);
    const QString victim = m_dir->filePath(u"victim.txt"_s);
    QVERIFY(writeFile(victim, "someone else's file"));
    const QString link = m_dir->filePath(u"out.link"_s);
    QVERIFY(QFile::link(victim, link));
    const QStringList before = auditActions();

    const QStringList arguments = outputCommand(command, id, link);
    const Run run = cli(m_store, arguments);
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QString why;
    QVERIFY2(isOneSafeErrorLine(run.err, &why), qPrintable(why));
    QCOMPARE(readFile(victim), QByteArray("someone else's file"));
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing was made, so nothing is on record as made.
    QCOMPARE(auditActions(), before);
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(u".part"_s) && !name.endsWith(u"-journal"_s), qPrintable(name));
}

void TestHostileInput::outputsArePrivate()
{
    const QString id = importOne(caseDocument(u"S-1"_s));
    const QString existing = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeFile(existing, "old"));
    QVERIFY(QFile::setPermissions(
        existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(cli(m_store, {u"export"_s, u"--case"_s, id, existing}).exitCode, 0);
    QVERIFY(readFile(existing).contains("samordna-case"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(existing).permissions() & modeBits, ownerOnly);

    const QString pdf = m_dir->filePath(u"note.pdf"_s);
    const Run document = cli(m_store, {u"document"_s, u"underlag-7434"_s, u"--case"_s, id, u"--out"_s, pdf},
                             {u"UMASK_IGNORED=1"_s});
    QCOMPARE(document.exitCode, 0);
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    QVERIFY(readFile(pdf).trimmed().endsWith("%%EOF"));
    QCOMPARE(QFileInfo(pdf).permissions() & modeBits, ownerOnly);

    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QCOMPARE(cli(m_store, {u"backup"_s, backup}).exitCode, 0);
    QCOMPARE(QFileInfo(backup).permissions() & modeBits, ownerOnly);
    QVERIFY(!QFileInfo::exists(backup + u"-journal"_s));
    // An existing backup is never overwritten.
    QVERIFY(cli(m_store, {u"backup"_s, backup}).exitCode != 0);
}

void TestHostileInput::auditUserIsTheAccount()
{
    const QString file = writeCase(*m_dir, u"user.json"_s, caseDocument(u"S-1"_s));
    const Run run = cli(m_store, {u"import"_s, file}, {u"USER=mallory"_s, u"LOGNAME=mallory"_s, u"USERNAME=mallory"_s});
    QCOMPARE(run.exitCode, 0);
    const Run audit = cli(m_store, {u"audit"_s});
    const QList<QByteArray> columns = audit.out.trimmed().split('\n').constLast().split('\t');
    QCOMPARE(columns.value(4), QByteArray("import"));
    QCOMPARE(QString::fromUtf8(columns.value(2)), AuditLog::systemUser());
    QVERIFY(columns.value(2) != "mallory");
}

void TestHostileInput::showPersonalAuditsEachCase()
{
    const QString a = importOne(caseDocument(u"S-1"_s));
    const QString b = importOne(caseDocument(u"S-2"_s, u"Bo Berg"_s, personnummer(u"19800101"_s, 123)));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QCOMPARE(cli(m_store, {u"list"_s}).exitCode, 0);
    QVERIFY(!auditActions(a).contains(u"reveal"_s)); // a masked list reveals nothing
    const Run run = cli(m_store, {u"list"_s, u"--show-personal"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Bo Berg"));
    QCOMPARE(auditActions(a).count(u"reveal"_s), 1);
    QCOMPARE(auditActions(b).count(u"reveal"_s), 1);
}

void TestHostileInput::deletedOrEditedAuditRowsAreFound_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("a row deleted") << QStringList{u"DROP TRIGGER audit_log_no_delete"_s,
                                                  u"DELETE FROM audit_log WHERE id = 2"_s}
                                   << QByteArray("row 2");
    QTest::newRow("the last row deleted")
        << QStringList{u"DROP TRIGGER audit_log_no_delete"_s,
                       u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s}
        << QByteArray("last row");
    QTest::newRow("a row edited") << QStringList{u"DROP TRIGGER audit_log_no_update"_s,
                                                 u"UPDATE audit_log SET user = 'nobody' WHERE id = 2"_s}
                                  << QByteArray("row 2");
    QTest::newRow("a row added") << QStringList{u"INSERT INTO audit_log (time, user, case_id, action, details) "
                                                "VALUES ('2026-01-01T00:00:00Z', 'x', 'S-1', 'open', '')"_s}
                                 << QByteArray("chain hash");
}

void TestHostileInput::deletedOrEditedAuditRowsAreFound()
{
    QFETCH(QStringList, tampering);
    QFETCH(QByteArray, named);
    const QString id = importOne(caseDocument(u"S-1"_s));
    QCOMPARE(cli(m_store, {u"show"_s, id}).exitCode, 0);
    QCOMPARE(cli(m_store, {u"export"_s, u"--case"_s, id, m_dir->filePath(u"e.json"_s)}).exitCode, 0);
    const Run sound = cli(m_store, {u"check"_s});
    QVERIFY2(sound.exitCode == 0, sound.out.constData());
    {
        RawStore raw(m_store);
        for (const QString &statement : tampering) {
            QString error;
            QVERIFY2(raw.exec(statement, &error), qPrintable(error));
        }
    }
    const Run run = cli(m_store, {u"check"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(named), run.out.constData());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
