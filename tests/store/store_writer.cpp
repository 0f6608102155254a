// SPDX-License-Identifier: GPL-3.0-or-later
// Saves cases into a store in a loop and prints each case's id once its
// transaction has committed, so a test that kills this process knows which
// cases must have survived. Used by the crash and concurrency tests.
#include "service/CaseService.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include <cstdio>

using namespace samordna;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: store_writer STORE [COUNT [PAUSE_MS]]\n", stderr);
        return 2;
    }
    const int count = arguments.size() > 2 ? arguments.at(2).toInt() : 1000000;
    // A pause between saves leaves other processes a moment to take the
    // write lock, as a person saving now and then would; without it the
    // loop holds the lock almost all the time.
    const int pauseMs = arguments.size() > 3 ? arguments.at(3).toInt() : 0;
    auto opened = CaseService::open(arguments.at(1));
    if (!opened.store) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.error));
        return 1;
    }
    opened.store->setUser(u"store_writer"_s);
    const QStringList districts{u"Norr"_s, u"Öster"_s, u"Söder"_s, u"Väster"_s, u"Innerstaden"_s};
    for (int i = 0; i < count; ++i) {
        CaseRecord record;
        record.person = {u"19900315-2387"_s, u"Fiktiv Skrivare"_s};
        record.district = districts.at(i % districts.size());
        record.facts.hasSgi = false;
        record.journal << JournalEntry{QDate(2026, 1, 1), u"Skrivare"_s, u"Anteckning %1."_s.arg(i), {}, {}};
        record.meetings << Meeting{MeetingKind::Konsultationsteam, QDate(2026, 1, 2), {}, std::nullopt, {}};
        const WriteResult result = opened.store->createCase(record);
        if (!result.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(result.message));
            return 1;
        }
        const QByteArray line = result.caseId.toUtf8() + '\n';
        // One write per line, so a kill never leaves half an id behind.
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    return 0;
}
