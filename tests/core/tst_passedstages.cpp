// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseBuilder.h"

#include "rules/ProcessRules.h"

#include <QTest>

using namespace samordna;
using namespace Qt::StringLiterals;

// Which boxes the process map marks as passed, and the journal line of a
// move that both writes and reads that history.
class TestPassedStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passed_data();
    void passed();
    void journalLine_data();
    void journalLine();
};

namespace {

JournalEntry note(const QString &text, bool markedWrong = false)
{
    JournalEntry entry;
    entry.date = QDate(2026, 11, 1);
    entry.text = text;
    if (markedWrong) {
        entry.markedWrongDate = QDate(2026, 11, 2);
        entry.markedWrongReason = u"Wrong case"_s;
    }
    return entry;
}

CaseRecord withJournal(Stage stage, const QList<JournalEntry> &journal)
{
    CaseRecord record = CaseBuilder(stage).build();
    record.journal = journal;
    return record;
}

} // namespace

void TestPassedStages::passed_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QList<Stage>>("expected");

    QTest::newRow("1: nothing passed") << CaseBuilder(Stage::Ruta1).build() << QList<Stage>{};
    QTest::newRow("2a: came from 1") << CaseBuilder(Stage::Ruta2a).build() << QList<Stage>{Stage::Ruta1};
    QTest::newRow("2b: came from 1") << CaseBuilder(Stage::Ruta2b).build() << QList<Stage>{Stage::Ruta1};
    QTest::newRow("3: after 1") << CaseBuilder(Stage::Ruta3).build() << QList<Stage>{Stage::Ruta1};
    QTest::newRow("5: the main path before it")
        << CaseBuilder(Stage::Ruta5).build() << QList<Stage>{Stage::Ruta1, Stage::Ruta3, Stage::Ruta4};
    QTest::newRow("6b: the whole main path")
        << CaseBuilder(Stage::Ruta6b).build() << QList<Stage>{Stage::Ruta1, Stage::Ruta3, Stage::Ruta4, Stage::Ruta5};

    CaseRecord complemented = CaseBuilder(Stage::Ruta3).build();
    complemented.complements << Complement{ComplementKind::Sip, QDate(2026, 10, 1), u"SIP held"_s};
    QTest::newRow("3: complementing work passes 2a") << complemented << QList<Stage>{Stage::Ruta1, Stage::Ruta2a};
    complemented.stage = Stage::Ruta2a;
    QTest::newRow("2a: its own work does not pass it") << complemented << QList<Stage>{Stage::Ruta1};

    QTest::newRow("1: back from 2b, in English")
        << withJournal(Stage::Ruta1, {note(u"Box 2b → box 1: new documentation"_s)}) << QList<Stage>{Stage::Ruta2b};
    QTest::newRow("1: back from 2a, in Swedish")
        << withJournal(Stage::Ruta1, {note(u"Ruta 2a → ruta 1: nytt underlag"_s)}) << QList<Stage>{Stage::Ruta2a};
    QTest::newRow("4: back from 5 is not the current box")
        << withJournal(Stage::Ruta4, {note(u"Box 4 → box 5"_s), note(u"Box 5 → box 4: plan adjusted"_s)})
        << QList<Stage>{Stage::Ruta1, Stage::Ruta3, Stage::Ruta5};
    QTest::newRow("1: a note marked wrong counts for nothing")
        << withJournal(Stage::Ruta1, {note(u"Box 2b → box 1"_s, true)}) << QList<Stage>{};
    QTest::newRow("1: an ordinary note with an arrow later on")
        << withJournal(Stage::Ruta1, {note(u"Called 3 times → no answer"_s)}) << QList<Stage>{};
}

void TestPassedStages::passed()
{
    QFETCH(CaseRecord, record);
    QFETCH(QList<Stage>, expected);
    QCOMPARE(process::passedStages(record), expected);
}

void TestPassedStages::journalLine_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");

    QTest::newRow("with a note") << Stage::Ruta1 << Stage::Ruta3 << u"  FK granted  "_s
                                 << u"Box 1 → box 3: FK granted"_s;
    QTest::newRow("without a note") << Stage::Ruta5 << Stage::Ruta6b << QString() << u"Box 5 → box 6b"_s;
}

void TestPassedStages::journalLine()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    const QString line = process::transitionNote(from, to, note);
    QCOMPARE(line, expected);
    QCOMPARE(process::stageLeftIn(line), std::optional<Stage>(from));
}

QTEST_GUILESS_MAIN(TestPassedStages)
#include "tst_passedstages.moc"
