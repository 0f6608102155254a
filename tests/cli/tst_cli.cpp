// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// samordna-cli as a user runs it: the report on stdout for every sample case,
// the exit codes, and exactly one "error:" line on stderr for bad input.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reports_data();
    void reports();
    void standardInput();
    void globalOptionAfterCommand();
    void badInput_data();
    void badInput();
    void badInputOnStandardInput();
    void missingFile();
    void badToday_data();
    void badToday();
    void helpAndVersion_data();
    void helpAndVersion();
    void todayByDefault();

private:
    using Run = cliProcess::Run;
    Run run(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_home;
};

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(SAMORDNA_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Compares a report with the expected one: every key equal, except that a
// criterion's legal reference need only contain the expected citation (the
// specification lets its wording differ).
QString difference(const QJsonObject &got, const QJsonObject &expected)
{
    QStringList gotKeys = got.keys();
    QStringList expectedKeys = expected.keys();
    if (gotKeys != expectedKeys)
        return u"keys: "_s + gotKeys.join(u',') + u" instead of "_s + expectedKeys.join(u',');
    for (const QString &key : expectedKeys) {
        if (key != u"criteria") {
            if (got.value(key) != expected.value(key))
                return key + u": "_s
                    + QString::fromUtf8(QJsonDocument(QJsonArray{got.value(key)}).toJson(QJsonDocument::Compact))
                    + u" instead of "_s
                    + QString::fromUtf8(QJsonDocument(QJsonArray{expected.value(key)}).toJson(QJsonDocument::Compact));
            continue;
        }
        const QJsonArray g = got.value(key).toArray();
        const QJsonArray e = expected.value(key).toArray();
        if (g.size() != e.size())
            return u"criteria: %1 instead of %2"_s.arg(g.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QJsonObject gc = g.at(i).toObject();
            const QJsonObject ec = e.at(i).toObject();
            if (gc.value(u"code") != ec.value(u"code") || gc.value(u"status") != ec.value(u"status"))
                return u"criteria[%1]: %2 %3 instead of %4 %5"_s.arg(i).arg(
                    gc.value(u"code").toString(), gc.value(u"status").toString(), ec.value(u"code").toString(),
                    ec.value(u"status").toString());
            if (!gc.value(u"ref").toString().contains(ec.value(u"ref").toString()))
                return u"criteria[%1].ref: \"%2\" does not cite \"%3\""_s.arg(i).arg(gc.value(u"ref").toString(),
                                                                                     ec.value(u"ref").toString());
        }
    }
    return {};
}

} // namespace

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SAMORDNA_CLI_PATH)));
    QVERIFY(m_home.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &input)
{
    // A private home and store, so the run touches nothing of the user's and
    // we can see that assess writes no store.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SAMORDNA_TODAY"_s);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"SAMORDNA_DB"_s, m_home.filePath(u"store.sqlite"_s));
    environment.insert(u"SAMORDNA_LANG"_s, u"en"_s);
    return cliProcess::run(arguments, environment, input);
}

void TestCli::reports_data()
{
    QTest::addColumn<QString>("casePath");
    QTest::addColumn<QString>("expectedPath");

    for (const QString &folder : {u"examples"_s, u"cases"_s}) {
        const QDir dir(dataPath(folder));
        const QStringList expected = dir.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
        for (const QString &name : expected) {
            const QString caseName = name.chopped(int(qstrlen(".expected.json"))) + u".json"_s;
            QTest::newRow(qPrintable(folder + u'/' + caseName)) << dir.filePath(caseName) << dir.filePath(name);
        }
    }
}

void TestCli::reports()
{
    QFETCH(QString, casePath);
    QFETCH(QString, expectedPath);
    const QJsonObject expected = QJsonDocument::fromJson(fileBytes(expectedPath)).object();
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
    // The expected report names its date of assessment.
    const QString today = expected.value(u"date").toString();

    const Run result = run({u"--today"_s, today, u"assess"_s, casePath});
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument got = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && got.isObject(), result.out.constData());
    const QString diff = difference(got.object(), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY2(!QFile::exists(m_home.filePath(u"store.sqlite"_s)), "assess must not create a store");
}

void TestCli::standardInput()
{
    const QString base = dataPath(u"examples/ruta6b-aktivitetsersattning"_s);
    const Run result = run({u"--today"_s, u"2026-11-22"_s, u"assess"_s, u"-"_s}, fileBytes(base + u".json"_s));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject expected = QJsonDocument::fromJson(fileBytes(base + u".expected.json"_s)).object();
    const QString diff = difference(QJsonDocument::fromJson(result.out).object(), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCli::globalOptionAfterCommand()
{
    const QString base = dataPath(u"cases/ruta6b-temporary-keep-open"_s);
    const Run result = run({u"assess"_s, u"--today"_s, u"2026-11-21"_s, base + u".json"_s});
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject expected = QJsonDocument::fromJson(fileBytes(base + u".expected.json"_s)).object();
    const QString diff = difference(QJsonDocument::fromJson(result.out).object(), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("keyPath"); // empty: the fault is in the JSON text itself

    QTest::newRow("check digit") << u"personnummer-check-digit"_s << u"case.person.personnummer"_s;
    QTest::newRow("impossible birth date") << u"personnummer-impossible-date"_s << u"case.person.personnummer"_s;
    QTest::newRow("unknown stage") << u"stage-unknown"_s << u"case.stage"_s;
    QTest::newRow("unknown district") << u"district-unknown"_s << u"case.district"_s;
    QTest::newRow("fact of the wrong type") << u"fact-wrong-type"_s << u"case.facts.hasSgi"_s;
    QTest::newRow("second meeting's kind") << u"meeting-kind-unknown"_s << u"case.meetings[1].kind"_s;
    QTest::newRow("2026-02-30") << u"date-impossible"_s << u"case.consent.date"_s;
    QTest::newRow("2026-2-3") << u"date-short"_s << u"case.meetings[0].date"_s;
    QTest::newRow("history ends in another box") << u"stage-history-last-box"_s << u"case.stageHistory"_s;
    QTest::newRow("history going back in time") << u"stage-history-decreasing"_s << u"case.stageHistory[1].from"_s;
    QTest::newRow("history dated after the date")
        << u"stage-history-after-the-date"_s << u"case.stageHistory[1].from"_s;
    QTest::newRow("history names no box") << u"stage-history-unknown-box"_s << u"case.stageHistory[0].stage"_s;
    QTest::newRow("contact's party") << u"contact-party-unknown"_s << u"case.contacts[1].party"_s;
    QTest::newRow("advice outside the table") << u"outcome-unknown"_s << u"case.meetings[0].outcome"_s;
    QTest::newRow("medical document's date") << u"medical-document-date"_s << u"case.medicalDocuments[0].date"_s;
    QTest::newRow("forFk as text") << u"for-fk-not-object"_s << u"case.forFk"_s;
    QTest::newRow("revision as text") << u"revision-not-number"_s << u"case.revision"_s;
    QTest::newRow("work capacity outside the table") << u"workcapacity-unknown"_s << u"case.closure.workCapacity"_s;
    QTest::newRow("wrong format") << u"format-wrong"_s << u"format"_s;
    QTest::newRow("version 2") << u"version-2"_s << u"version"_s;
    QTest::newRow("empty file") << u"empty"_s << QString();
    QTest::newRow("malformed JSON") << u"malformed"_s << QString();
    QTest::newRow("top-level array") << u"top-level-array"_s << QString();
}

void TestCli::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, keyPath);
    const QString path = dataPath(u"cases/invalid/"_s + file + u".json"_s);
    QVERIFY(QFile::exists(path));
    const Run result = run({u"--today"_s, u"2026-11-22"_s, u"assess"_s, path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("error:"), result.err.constData());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.size() > qsizetype(qstrlen("error: \n")), result.err.constData());
    if (!keyPath.isEmpty())
        QVERIFY2(result.err.contains(keyPath.toUtf8()), result.err.constData());
}

void TestCli::badInputOnStandardInput()
{
    const Run result = run({u"--today"_s, u"2026-11-22"_s, u"assess"_s, u"-"_s},
                           fileBytes(dataPath(u"cases/invalid/stage-unknown.json"_s)));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("error:") && result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.contains("case.stage"), result.err.constData());

    const Run empty = run({u"--today"_s, u"2026-11-22"_s, u"assess"_s, u"-"_s}, QByteArray(""));
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(empty.out, QByteArray());
    QVERIFY2(empty.err.startsWith("error:") && empty.err.count('\n') == 1, empty.err.constData());
}

void TestCli::missingFile()
{
    const Run result = run({u"--today"_s, u"2026-11-22"_s, u"assess"_s, m_home.filePath(u"no-such-case.json"_s)});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("error:") && result.err.count('\n') == 1, result.err.constData());
}

void TestCli::badToday_data()
{
    QTest::addColumn<QStringList>("arguments");

    const QString file = dataPath(u"examples/ruta1-incomplete.json"_s);
    for (const QString &bad :
         {u"2026-02-30"_s, u"2026-2-3"_s, u"22/11/2026"_s, u"today"_s, u""_s, u"2026-11-22T10:00"_s}) {
        QTest::newRow(qPrintable(u"before the command: \""_s + bad + u'"'))
            << QStringList{u"--today"_s, bad, u"assess"_s, file};
        QTest::newRow(qPrintable(u"after the command: \""_s + bad + u'"'))
            << QStringList{u"assess"_s, u"--today"_s, bad, file};
    }
}

void TestCli::badToday()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("error:") && result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.contains("--today"), result.err.constData());
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("mustContain");

    QTest::newRow("--help") << u"--help"_s << QByteArray("assess");
    QTest::newRow("-h") << u"-h"_s << QByteArray("--today");
    QTest::newRow("--version") << u"--version"_s << QByteArray(SAMORDNA_VERSION);
}

void TestCli::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, mustContain);
    const Run result = run({option});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mustContain), result.out.constData());
    QCOMPARE(result.err, QByteArray());
}

void TestCli::todayByDefault()
{
    const QDate before = QDate::currentDate();
    const Run result = run({u"assess"_s, dataPath(u"examples/ruta1-incomplete.json"_s)});
    const QDate after = QDate::currentDate();
    QCOMPARE(result.exitCode, 0);
    const QString date = QJsonDocument::fromJson(result.out).object().value(u"date").toString();
    QVERIFY2(date == before.toString(Qt::ISODate) || date == after.toString(Qt::ISODate), qPrintable(date));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
