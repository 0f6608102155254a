// SPDX-License-Identifier: GPL-3.0-or-later
// Writes tests/data/store/store-v3.sqlite with the program as it was at
// schema version 3, through its own store API: the three fixture cases
// imported, moved through the boxes with notes, a konsultationsteam
// meeting with an agenda and recorded advice, a journal note marked wrong,
// plan, complements and the derived-columns stamp (store_properties).
#include "io/CaseDocument.h"
#include "service/CaseService.h"
#include "store/KonsultationsteamMeetings.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>

#include <cstdio>

using namespace samordna;
using namespace Qt::StringLiterals;

namespace {
int fail(const QString &what)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return fail(u"usage: fixture_writer STORE FX1 FX2 FX3"_s);
    auto opened = CaseService::open(args.at(1));
    if (!opened.store)
        return fail(opened.error);
    CaseService &store = *opened.store;
    store.setUser(u"fixture"_s);

    // The day each step happened, as the program's clock saw it.
    const auto on = [](const QDate &day) { Clock::setToday(day); };
    on(QDate(2026, 9, 1));
    QList<CaseRecord> records;
    for (int i = 2; i <= 4; ++i) {
        QFile file(args.at(i));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        const auto read = caseDocument::read(file.readAll(), QDate(2026, 11, 23));
        if (!read)
            return fail(read.errorText());
        records << *read.record;
    }
    QStringList ids;
    if (const WriteResult r = store.importCases(records, &ids); !r.ok())
        return fail(r.message);

    // A konsultationsteam meeting: FX-1 and FX-2 on the agenda, FK's advice
    // on FX-2 recorded (into its meetings and journal, as the window does).
    KonsultationsteamMeetings meetings(store);
    on(QDate(2026, 9, 15));
    const auto meeting = meetings.createMeeting(QDate(2026, 9, 15), u"FK: Handläggare; IoF: Socialsekreterare"_s);
    if (!meeting)
        return fail(meetings.lastError());
    if (const auto item1 = meetings.addToAgenda(*meeting, u"FX-1"_s); !item1)
        return fail(meetings.lastError());
    const auto item2 = meetings.addToAgenda(*meeting, u"FX-2"_s);
    if (!item2)
        return fail(meetings.lastError());
    if (const WriteResult r = meetings.recordAdvice(*item2, Advice::ComplementNeeded,
                                                    u"Läkarintyget behöver förtydligas."_s);
        !r.ok())
        return fail(r.message);

    const auto move = [&store](const QString &id, Stage to, const QString &note) {
        const auto stored = store.loadCase(id);
        if (!stored)
            return stored.error;
        const WriteResult r = store.transition(id, to, note, stored->revision, Clock::today());
        return r.ok() ? QString() : r.message;
    };
    const auto edit = [&store](const QString &id, const std::function<void(CaseRecord &)> &change) {
        auto stored = store.loadCase(id);
        if (!stored)
            return stored.error;
        change(stored->record);
        const WriteResult r = store.saveCase(stored->record, stored->revision);
        return r.ok() ? QString() : r.message;
    };
    // FX-2 (box 2a): a complement, a journal note marked wrong, back to 1 and to 2a again.
    QString error;
    on(QDate(2026, 9, 20));
    if (!(error = edit(u"FX-2"_s, [](CaseRecord &r) {
              r.complements << Complement{ComplementKind::RehabKoordinator, QDate(2026, 9, 20),
                                          u"Ringt rehab-koordinatorn."_s};
              r.journal << JournalEntry{QDate(2026, 9, 20), u"Socialsekreterare"_s, u"Fel anteckning."_s, {}, {}};
          })).isEmpty())
        return fail(error);
    on(QDate(2026, 9, 21));
    if (!(error = edit(u"FX-2"_s, [](CaseRecord &r) {
              JournalEntry &wrong = r.journal.last();
              wrong.markedWrongDate = QDate(2026, 9, 21);
              wrong.markedWrongReason = u"Fel ärende."_s;
          })).isEmpty())
        return fail(error);
    on(QDate(2026, 10, 1));
    if (!(error = move(u"FX-2"_s, Stage::Ruta1, u"Nytt läkarintyg har kommit."_s)).isEmpty())
        return fail(error);
    on(QDate(2026, 10, 20));
    if (!(error = move(u"FX-2"_s, Stage::Ruta2a, u"FK vill ha mer underlag."_s)).isEmpty())
        return fail(error);

    // FX-1 (box 3): FK's contact, the avstämningsmöte held, on to box 4 and a plan.
    on(QDate(2026, 10, 30));
    if (!(error = edit(u"FX-1"_s, [](CaseRecord &r) {
              r.meetings << Meeting{MeetingKind::Avstamningsmote, QDate(2026, 10, 30), QDate(2026, 10, 12),
                                    std::nullopt, u"Avstämningsmöte hos FK."_s};
          })).isEmpty())
        return fail(error);
    if (!(error = move(u"FX-1"_s, Stage::Ruta4, u"Avstämningsmöte hållet."_s)).isEmpty())
        return fail(error);
    on(QDate(2026, 11, 2));
    if (!(error = edit(u"FX-1"_s, [](CaseRecord &r) {
              r.plan << PlanMeasure{u"Arbetsträning"_s, Party::AF, QDate(2026, 11, 16), {}, MeasureStatus::Planned};
          })).isEmpty())
        return fail(error);
    // Open it, as a reader would: an audit row.
    on(QDate(2026, 11, 3));
    if (const auto opened3 = store.openCase(u"FX-3"_s); !opened3)
        return fail(opened3.error);
    std::puts("written");
    return 0;
}
