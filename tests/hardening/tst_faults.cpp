// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace hardening;
using namespace Qt::StringLiterals;

// A bad day: a full disk under the outputs and under the store, and a store
// that is read-only. Whatever fails leaves no file, no half file and no audit
// row saying it was made, and says why in the user's language.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fullDiskLeavesNoOutputAndNoAuditRow_data();
    void fullDiskLeavesNoOutputAndNoAuditRow();
    void fullDiskUnderTheStoreIsSaidInSwedish();
    void readOnlyOpenLeavesNoLockedSideFiles();
    void firstUseByManyAtOnce();

private:
    bool fill(qint64 leaveFree);
    QStringList auditActions();
    QStringList fullDiskEntries() const;

    QTemporaryDir m_dir;
    QString m_mount; // a small tmpfs, when one could be mounted
    QString m_store;
    QString m_caseId;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString mount = m_dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(mount));
    // Only where a file system can be mounted (root, CI); elsewhere the
    // full-disk cases are skipped and say so.
    if (::mount("tmpfs", QFile::encodeName(mount).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700") == 0)
        m_mount = mount;
    else
        qInfo("No small tmpfs could be mounted (%s): the full-disk cases are skipped", std::strerror(errno));
}

void TestFaults::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
}

void TestFaults::init()
{
    m_store = m_dir.filePath(u"store.sqlite"_s);
    QCOMPARE(cli(m_store, {u"init"_s}).exitCode, 0);
    // A case with a long journal, so its export and documents do not fit in
    // a few kilobytes.
    QJsonObject document = caseDocument(u"S-1"_s);
    QJsonObject c = document.value(u"case").toObject();
    QJsonArray journal;
    for (int i = 0; i < 200; ++i)
        journal.append(QJsonObject{{u"date"_s, u"2026-01-02"_s},
                                   {u"author"_s, u"Handläggare"_s},
                                   {u"text"_s, QString(u"Anteckning %1: "_s.arg(i) + QString(200, u'x'))}});
    c.insert(u"journal"_s, journal);
    document.insert(u"case"_s, c);
    const Run imported = cli(m_store, {u"import"_s, writeCase(m_dir, u"case.json"_s, document)});
    QCOMPARE(imported.exitCode, 0);
    m_caseId = u"S-1"_s;
}

void TestFaults::cleanup()
{
    QFile::remove(m_store);
    QFile::remove(m_store + u"-wal"_s);
    QFile::remove(m_store + u"-shm"_s);
    if (!m_mount.isEmpty()) {
        const QStringList entries = QDir(m_mount).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : entries)
            QFile::remove(QDir(m_mount).filePath(name));
    }
}

// Fills the tmpfs up to `leaveFree` bytes.
bool TestFaults::fill(qint64 leaveFree)
{
    const QByteArray path = QFile::encodeName(QDir(m_mount).filePath(u"filler"_s));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, 'f');
    qint64 written = 0;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = ::ftruncate(fd, qMax<qint64>(0, written - leaveFree)) == 0;
    ::close(fd);
    return ok;
}

QStringList TestFaults::auditActions()
{
    QStringList actions;
    for (const QByteArray &line : cli(m_store, {u"audit"_s}).out.split('\n')) {
        if (!line.isEmpty())
            actions << QString::fromUtf8(line.split('\t').value(4));
    }
    return actions;
}

QStringList TestFaults::fullDiskEntries() const
{
    QStringList entries = QDir(m_mount).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
    entries.removeAll(u"filler"_s);
    return entries;
}

void TestFaults::fullDiskLeavesNoOutputAndNoAuditRow_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<qint64>("leaveFree");
    QTest::newRow("export, nearly full") << u"export"_s << qint64(8192);
    QTest::newRow("export, full") << u"export"_s << qint64(0);
    QTest::newRow("document, nearly full") << u"document"_s << qint64(4096);
    QTest::newRow("document, full") << u"document"_s << qint64(0);
    QTest::newRow("backup, nearly full") << u"backup"_s << qint64(8192);
    QTest::newRow("backup, full") << u"backup"_s << qint64(0);
}

void TestFaults::fullDiskLeavesNoOutputAndNoAuditRow()
{
    if (m_mount.isEmpty())
        QSKIP("a small tmpfs could not be mounted here (run as root to include the full-disk cases)");
    QFETCH(QString, command);
    QFETCH(qint64, leaveFree);
    QVERIFY(fill(leaveFree));
    const QStringList before = auditActions();
    const QString target = QDir(m_mount).filePath(u"out"_s);
    const QStringList arguments = outputCommand(command, m_caseId, target);
    const Run run = cli(m_store, arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("error: ") && run.err.contains("full"), run.err.constData());
    QCOMPARE(fullDiskEntries(), QStringList());
    QCOMPARE(auditActions(), before);

    // With room again, the same command succeeds and is on record.
    QFile::remove(QDir(m_mount).filePath(u"filler"_s));
    const Run again = cli(m_store, arguments);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(fullDiskEntries(), QStringList{u"out"_s});
    QCOMPARE(auditActions().size(), before.size() + 1);
}

void TestFaults::fullDiskUnderTheStoreIsSaidInSwedish()
{
    if (m_mount.isEmpty())
        QSKIP("a small tmpfs could not be mounted here (run as root to include the full-disk cases)");
    const QString store = QDir(m_mount).filePath(u"store.sqlite"_s);
    QCOMPARE(cli(store, {u"init"_s}).exitCode, 0);
    // Room for SQLite's shared-memory file, not for the case.
    QVERIFY(fill(48 * 1024));
    QJsonObject document = caseDocument(QJsonValue::Undefined);
    QJsonObject c = document.value(u"case").toObject();
    QJsonArray journal;
    for (int i = 0; i < 300; ++i)
        journal.append(QJsonObject{{u"date"_s, u"2026-01-02"_s}, {u"text"_s, QString(500, u'x')}});
    c.insert(u"journal"_s, journal);
    document.insert(u"case"_s, c);
    const Run run = cli(store, {u"import"_s, writeCase(m_dir, u"big.json"_s, document)}, {u"SAMORDNA_LANG=sv"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("full"), run.err.constData()); // "disken är full"
    QVERIFY2(!run.err.contains("database or disk is full") && !run.err.contains("Unknown error")
                 && !run.err.contains("Okänt fel"),
             run.err.constData());
    QFile::remove(QDir(m_mount).filePath(u"filler"_s));
    // Nothing half-written: the store is whole and holds no case.
    const Run check = cli(store, {u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(cli(store, {u"list"_s}).out, QByteArray());
}

void TestFaults::readOnlyOpenLeavesNoLockedSideFiles()
{
    // Closed cleanly, a store leaves no -wal or -shm; opened read-only
    // (0400), SQLite makes them with the file's own mode.
    QVERIFY(!QFileInfo::exists(m_store + u"-shm"_s));
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner));
    const Run listed = cli(m_store, {u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains("S-1"));
    for (const QString &suffix : {u"-shm"_s, u"-wal"_s}) {
        const QFileInfo side(m_store + suffix);
        if (side.exists())
            QVERIFY2(side.permissions() & QFileDevice::WriteOwner, qPrintable(suffix + u" is left read-only"_s));
    }
    // Made writable again, the store takes writes.
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run imported = cli(
        m_store,
        {u"import"_s,
         writeCase(m_dir, u"second.json"_s, caseDocument(u"S-2"_s, u"Bo Berg"_s, personnummer(u"19800101"_s, 123)))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

// Several programs start on a store nobody has made yet, as a team's
// laptops do on a shared folder the first morning: one makes it, the others
// open what it made; none fails on a file that is half-made.
void TestFaults::firstUseByManyAtOnce()
{
    // Enough programs and rounds that they meet in every step of setting
    // up: the switch to WAL, the first schema, the reads that check it.
    constexpr int Programs = 10;
    for (int round = 0; round < 5; ++round) {
        const QString store = m_dir.filePath(u"first-%1.sqlite"_s.arg(round));
        std::vector<std::unique_ptr<QProcess>> programs;
        for (int i = 0; i < Programs; ++i) {
            const QString file = writeCase(
                m_dir, u"first-%1-%2.json"_s.arg(round).arg(i),
                caseDocument(u"F-%1"_s.arg(i), u"Person %1"_s.arg(i), personnummer(u"19800101"_s, 100 + i)));
            auto program = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SAMORDNA_LANG"_s, u"en"_s);
            env.remove(u"SAMORDNA_DB"_s);
            program->setProcessEnvironment(env);
            program->start(QStringLiteral(SAMORDNA_CLI_PATH), {u"--db"_s, store, u"import"_s, file});
            programs.push_back(std::move(program));
        }
        for (auto &program : programs) {
            QVERIFY(program->waitForFinished(60000));
            const QByteArray errors = program->readAllStandardError();
            QVERIFY2(program->exitStatus() == QProcess::NormalExit && program->exitCode() == 0, errors.constData());
        }
        const Run listed = cli(store, {u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count('\n'), Programs);
        QCOMPARE(cli(store, {u"check"_s}).exitCode, 0);
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
