// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/CaseId.h"
#include "safety/EchoText.h"
#include "safety/InputLimits.h"
#include "safety/OutputFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

namespace {
// The owner's, the group's and others' bits, without the current user's.
constexpr QFileDevice::Permissions modeBits = QFileDevice::Permissions(0x7077);
} // namespace

// The small guards every door uses: the case-id grammar, echoed values,
// bounded reads and whole-or-nothing output files.
class TestSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseIdGrammar_data();
    void caseIdGrammar();
    void echoedValuesStayOnOneShortLine_data();
    void echoedValuesStayOnOneShortLine();
    void boundedReadStopsPastTheLimit();
    void outputIsPrivateAndWhole();
    void outputReplacesAnOpenFileWithAPrivateOne();
    void outputRefusesLinksAndFolders();
    void unpublishedOutputLeavesNothing();
    void refuseModeNeverOverwrites();

private:
    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
};

void TestSafety::caseIdGrammar_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("store's own") << u"S-000123"_s << true;
    QTest::newRow("letters digits _ .") << u"abc_1.2-x"_s << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("parent folder") << u"../../x"_s << false;
    QTest::newRow("dot first") << u".hidden"_s << false;
    QTest::newRow("dash first") << u"-rf"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("newline") << u"S-1\nerror: forged"_s << false;
    QTest::newRow("tab") << u"S-1\tx"_s << false;
    QTest::newRow("NUL") << QString::fromUtf16(u"S-1\0x", 5) << false;
    QTest::newRow("space") << u"S 1"_s << false;
    QTest::newRow("direction override") << u"S-1\u202Efdp.exe"_s << false;
    QTest::newRow("non-ASCII letter") << u"Ä-1"_s << false;
    QTest::newRow("fullwidth solidus") << u"a\uFF0Fb"_s << false;
}

void TestSafety::caseIdGrammar()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(caseId::isValid(id), valid);
    QCOMPARE(caseId::problem(id).isEmpty(), valid);
    if (!valid) {
        // The reason names the value without carrying its control characters.
        QVERIFY(!echo::hasControlCharacters(caseId::problem(id)));
        QVERIFY(!caseId::problem(id).contains(u'\n'));
    }
}

void TestSafety::echoedValuesStayOnOneShortLine_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Norr"_s << u"Norr"_s;
    QTest::newRow("Swedish letters") << u"Västra Innerstaden"_s << u"Västra Innerstaden"_s;
    QTest::newRow("newline") << u"a\nerror: b"_s << u"a\\nerror: b"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
    QTest::newRow("terminal escape") << u"\x1b[31mred"_s << u"\\u001B[31mred"_s;
    QTest::newRow("direction override") << u"x\u202Ey"_s << u"x\\u202Ey"_s;
    QTest::newRow("line separator") << u"x\u2028y"_s << u"x\\u2028y"_s;
    QTest::newRow("long") << QString(10000, u'x') << QString(80, u'x') + u'…';
    QTest::newRow("emoji kept") << u"ok 😀"_s << u"ok 😀"_s;
}

void TestSafety::echoedValuesStayOnOneShortLine()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(echo::cut(value), expected);
}

void TestSafety::boundedReadStopsPastTheLimit()
{
    QByteArray data(1000, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QByteArray read;
    QCOMPARE(inputLimits::readBounded(buffer, &read, 999), inputLimits::ReadOutcome::TooLarge);
    QVERIFY(read.isEmpty());
    buffer.seek(0);
    QCOMPARE(inputLimits::readBounded(buffer, &read, 1000), inputLimits::ReadOutcome::Read);
    QCOMPARE(read.size(), 1000);

    // A device that never ends is cut off, not read into all memory.
    QFile zero(u"/dev/zero"_s);
    if (zero.open(QIODevice::ReadOnly))
        QCOMPARE(inputLimits::readBounded(zero, &read), inputLimits::ReadOutcome::TooLarge);
}

void TestSafety::outputIsPrivateAndWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"out.json"_s);
    OutputFile output(target);
    QString error;
    QVERIFY2(output.create(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target)); // nothing under the name until whole
    QCOMPARE(QFileInfo(output.temporaryPath()).absolutePath(), dir.path());
    QCOMPARE(QFileInfo(output.temporaryPath()).permissions() & modeBits,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(output.write("hello", &error));
    QVERIFY2(output.commit(&error), qPrintable(error));
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("hello"));
    QCOMPARE(written.permissions() & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(entries(dir.path()), QStringList{u"out.json"_s});
}

void TestSafety::outputReplacesAnOpenFileWithAPrivateOne()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"out.json"_s);
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old personal data, world-readable");
    }
    QVERIFY(QFile::setPermissions(
        target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    OutputFile output(target);
    QString error;
    QVERIFY(output.create(&error));
    QVERIFY(output.write("new", &error));
    QVERIFY(output.commit(&error));
    QCOMPARE(QFileInfo(target).permissions() & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestSafety::outputRefusesLinksAndFolders()
{
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(u"elsewhere.txt"_s);
    {
        QFile file(elsewhere);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched");
    }
    const QString link = dir.filePath(u"link.json"_s);
    QVERIFY(QFile::link(elsewhere, link));
    OutputFile throughLink(link);
    QString error;
    QVERIFY(!throughLink.create(&error));
    QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));

    const QString dangling = dir.filePath(u"dangling.json"_s);
    QVERIFY(QFile::link(dir.filePath(u"nowhere"_s), dangling));
    OutputFile throughDangling(dangling);
    QVERIFY(!throughDangling.create(&error));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"nowhere"_s)));

    OutputFile folder(dir.path());
    QVERIFY(!folder.create(&error));

    QFile file(elsewhere);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("untouched"));
}

void TestSafety::unpublishedOutputLeavesNothing()
{
    QTemporaryDir dir;
    {
        OutputFile output(dir.filePath(u"out.pdf"_s));
        QString error;
        QVERIFY(output.create(&error));
        QVERIFY(output.write("half a PDF", &error));
        QVERIFY(output.finish(&error));
        // The caller fails (an audit row could not be written) and returns.
    }
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestSafety::refuseModeNeverOverwrites()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"backup.sqlite"_s);
    OutputFile output(target, OutputFile::Existing::Refuse);
    QString error;
    QVERIFY(output.create(&error));
    QVERIFY(output.write("copy", &error));
    // Someone makes the file in between: it stays theirs.
    {
        QFile other(target);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("theirs");
    }
    QVERIFY(!output.commit(&error));
    QVERIFY2(error.contains(u"exists already"_s), qPrintable(error));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("theirs"));
    QCOMPARE(entries(dir.path()), QStringList{u"backup.sqlite"_s});
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
