// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CaseMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace samordna::sync;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject note(const QString &text, const QString &marked = {})
{
    QJsonObject entry{{u"date"_s, u"2026-11-20"_s}, {u"author"_s, u"Sara"_s}, {u"text"_s, text}};
    if (!marked.isEmpty())
        entry[u"markedWrong"_s] = QJsonObject{{u"date"_s, u"2026-11-21"_s}, {u"reason"_s, marked}};
    return entry;
}

QStringList texts(const QJsonArray &journal)
{
    QStringList result;
    for (const QJsonValue &entry : journal)
        result << entry.toObject().value(u"text").toString()
                + (entry.toObject().contains(u"markedWrong") ? u"!"_s : u""_s);
    return result;
}

} // namespace

// The three-way merge a sync does per case: what a social worker finds in
// the team store and in the file afterwards.
class TestCaseMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void journalsKeepEveryNoteOnce();
    void entriesAddedAndRemoved();
    void stageMovesWithItsHistory();
    void choiceDecidesOnlyTheValuesItWasMadeBetween();
};

void TestCaseMerge::fields_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("team");
    QTest::addColumn<QByteArray>("offline");
    QTest::addColumn<QByteArray>("merged");
    QTest::addColumn<QStringList>("conflicts");

    QTest::newRow("unchanged") << QByteArray(R"({"fkContactDate":null})") << QByteArray(R"({"fkContactDate":null})")
                               << QByteArray(R"({"fkContactDate":null})") << QByteArray(R"({"fkContactDate":null})")
                               << QStringList{};
    QTest::newRow("offline only") << QByteArray(R"({"fkContactDate":null})") << QByteArray(R"({"fkContactDate":null})")
                                  << QByteArray(R"({"fkContactDate":"2026-11-02"})")
                                  << QByteArray(R"({"fkContactDate":"2026-11-02"})") << QStringList{};
    QTest::newRow("team only") << QByteArray(R"({"fkContactDate":null})")
                               << QByteArray(R"({"fkContactDate":"2026-11-03"})")
                               << QByteArray(R"({"fkContactDate":null})")
                               << QByteArray(R"({"fkContactDate":"2026-11-03"})") << QStringList{};
    QTest::newRow("same change both sides")
        << QByteArray(R"({"fkContactDate":null})") << QByteArray(R"({"fkContactDate":"2026-11-03"})")
        << QByteArray(R"({"fkContactDate":"2026-11-03"})") << QByteArray(R"({"fkContactDate":"2026-11-03"})")
        << QStringList{};
    QTest::newRow("different fields of one object")
        << QByteArray(R"({"facts":{"hasSgi":null,"needsMapped":null}})")
        << QByteArray(R"({"facts":{"hasSgi":false,"needsMapped":null}})")
        << QByteArray(R"({"facts":{"hasSgi":null,"needsMapped":true}})")
        << QByteArray(R"({"facts":{"hasSgi":false,"needsMapped":true}})") << QStringList{};
    QTest::newRow("one field both sides")
        << QByteArray(R"({"fkContactDate":null})") << QByteArray(R"({"fkContactDate":"2026-11-03"})")
        << QByteArray(R"({"fkContactDate":"2026-11-04"})") << QByteArray(R"({"fkContactDate":"2026-11-03"})")
        << QStringList{u"fkContactDate"_s};
    QTest::newRow("nested field both sides")
        << QByteArray(R"({"facts":{"hasSgi":null}})") << QByteArray(R"({"facts":{"hasSgi":false}})")
        << QByteArray(R"({"facts":{"hasSgi":true}})") << QByteArray(R"({"facts":{"hasSgi":false}})")
        << QStringList{u"facts.hasSgi"_s};
    QTest::newRow("social worker made known on one side, phone on the other")
        << QByteArray(R"({"socialWorker":null})")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"","email":""}})")
        << QByteArray(R"({"socialWorker":null})")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"","email":""}})") << QStringList{};
    QTest::newRow("social worker's phone and e-mail")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"","email":""}})")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"040-1","email":""}})")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"","email":"s@x.se"}})")
        << QByteArray(R"({"socialWorker":{"name":"Sara","phone":"040-1","email":"s@x.se"}})") << QStringList{};
}

void TestCaseMerge::fields()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, team);
    QFETCH(QByteArray, offline);
    QFETCH(QByteArray, merged);
    QFETCH(QStringList, conflicts);
    const MergeOutcome outcome = mergeCase(object(base), object(team), object(offline));
    QStringList found;
    for (const FieldConflict &conflict : outcome.conflicts)
        found << conflict.field;
    QCOMPARE(found, conflicts);
    if (!conflicts.isEmpty()) {
        // Both values are kept in the conflict, and the team's stays in place.
        const FieldConflict &conflict = outcome.conflicts.constFirst();
        QCOMPARE(conflict.team, fieldValue(object(team), conflict.field));
        QCOMPARE(conflict.offline, fieldValue(object(offline), conflict.field));
        QCOMPARE(conflict.base, fieldValue(object(base), conflict.field));
    }
    QCOMPARE(outcome.team, object(merged));
    QCOMPARE(outcome.file, object(merged));
}

void TestCaseMerge::journalsKeepEveryNoteOnce()
{
    const QJsonObject base{{u"journal"_s, QJsonArray{note(u"a"_s), note(u"b"_s)}}};
    const QJsonObject team{{u"journal"_s, QJsonArray{note(u"a"_s), note(u"b"_s, u"fel"_s), note(u"t"_s)}}};
    const QJsonObject offline{{u"journal"_s, QJsonArray{note(u"a"_s, u"fel"_s), note(u"b"_s), note(u"o"_s)}}};
    const MergeOutcome outcome = mergeCase(base, team, offline);
    QVERIFY(outcome.conflicts.isEmpty());
    // Each side keeps its notes where they are and gets the other's after.
    QCOMPARE(texts(outcome.team.value(u"journal").toArray()), (QStringList{u"a!"_s, u"b!"_s, u"t"_s, u"o"_s}));
    QCOMPARE(texts(outcome.file.value(u"journal").toArray()), (QStringList{u"a!"_s, u"b!"_s, u"o"_s, u"t"_s}));

    // Merging again with what was written (a sync run twice, or again after
    // it was stopped between the two stores) adds nothing.
    const MergeOutcome again = mergeCase(base, outcome.team, offline);
    QCOMPARE(texts(again.team.value(u"journal").toArray()), texts(outcome.team.value(u"journal").toArray()));
    const MergeOutcome settled = mergeCase(outcome.team, outcome.team, outcome.file);
    QCOMPARE(settled.team, outcome.team);
    QCOMPARE(settled.file, outcome.file);
}

void TestCaseMerge::entriesAddedAndRemoved()
{
    const auto plan = [](std::initializer_list<const char *> measures) {
        QJsonArray list;
        for (const char *measure : measures)
            list << QJsonObject{{u"measure"_s, QString::fromUtf8(measure)}, {u"status"_s, u"planned"_s}};
        return QJsonObject{{u"plan"_s, list}};
    };
    // Offline removed "x" and added "o"; the team added "t".
    const MergeOutcome outcome = mergeCase(plan({"x", "y"}), plan({"x", "y", "t"}), plan({"y", "o"}));
    QVERIFY(outcome.conflicts.isEmpty());
    QCOMPARE(outcome.team, plan({"y", "t", "o"}));
    // Again, as after a stopped sync: the team has it all already.
    QCOMPARE(mergeCase(plan({"x", "y"}), outcome.team, plan({"y", "o"})).team, plan({"y", "t", "o"}));
}

void TestCaseMerge::stageMovesWithItsHistory()
{
    const QJsonObject base = object(R"({"stage":"ruta1","stageHistory":[{"stage":"ruta1","from":"2026-09-01"}]})");
    const QJsonObject moved = object(
        R"({"stage":"ruta3","stageHistory":[{"stage":"ruta1","from":"2026-09-01"},{"stage":"ruta3","from":"2026-11-01"}]})");
    const QJsonObject other = object(
        R"({"stage":"ruta2b","stageHistory":[{"stage":"ruta1","from":"2026-09-01"},{"stage":"ruta2b","from":"2026-11-02"}]})");
    QCOMPARE(mergeCase(base, base, moved).team, moved);
    const MergeOutcome both = mergeCase(base, moved, other);
    QCOMPARE(both.conflicts.size(), 1);
    QCOMPARE(both.conflicts.constFirst().field, u"stage"_s);
    QCOMPARE(both.team, moved);
}

void TestCaseMerge::choiceDecidesOnlyTheValuesItWasMadeBetween()
{
    const QJsonObject base = object(R"({"fkContactDate":null})");
    const QJsonObject team = object(R"({"fkContactDate":"2026-11-03"})");
    const QJsonObject offline = object(R"({"fkContactDate":"2026-11-04"})");
    const FieldChoice keepOffline{u"fkContactDate"_s, team.value(u"fkContactDate"), offline.value(u"fkContactDate"),
                                  FieldChoice::Offline};
    const MergeOutcome chosen = mergeCase(base, team, offline, {keepOffline});
    QVERIFY(chosen.conflicts.isEmpty());
    QCOMPARE(chosen.team, offline);
    // Someone changed the team's value again after the choice: it stands anew.
    const MergeOutcome renewed = mergeCase(base, object(R"({"fkContactDate":"2026-11-05"})"), offline, {keepOffline});
    QCOMPARE(renewed.conflicts.size(), 1);
}

QTEST_GUILESS_MAIN(TestCaseMerge)
#include "tst_casemerge.moc"
