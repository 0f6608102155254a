// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoGenerator.h"
#include "domain/Personnummer.h"
#include "service/CaseService.h"

#include <QList>
#include <QStringList>
#include <QTest>

// A few fictitious cases in box 1 with names and personnummer that cannot be
// mistaken for anything else on a screen, created in a store.
struct MeetingTestCases
{
    static constexpr quint32 Seed = 4711;

    static QList<samordna::CaseRecord> records(const QDate &today, int count)
    {
        QList<samordna::CaseRecord> result;
        const QList<samordna::CaseRecord> generated = samordna::DemoGenerator::generate(count * 20, today, Seed);
        for (samordna::CaseRecord record : generated) {
            if (record.stage != samordna::Stage::Ruta1 || record.person.name.size() < 6)
                continue;
            record.meetings.clear();
            result << record;
            if (result.size() == count)
                break;
        }
        return result;
    }

    // Creates `count` cases; their ids, in creation order.
    static QStringList create(samordna::CaseService &store, const QDate &today, int count)
    {
        QStringList ids;
        for (const samordna::CaseRecord &record : records(today, count)) {
            const samordna::WriteResult result = store.createCase(record);
            if (!result.ok()) {
                qWarning("create: %s", qPrintable(result.message));
                return {};
            }
            ids << result.caseId;
        }
        return ids;
    }

    // Every way the personnummer can be written or partly shown, so a test
    // can look for any of them.
    static QStringList personnummerForms(const QString &written, const QDate &today)
    {
        QStringList forms{written};
        const auto parsed = samordna::Personnummer::parse(written, today);
        if (parsed) {
            const QString normalized = parsed.value->normalized();
            QString digits = normalized;
            digits.remove(u'-');
            // The masked form still shows the birth date; it is as personal here.
            forms << normalized << digits << digits.mid(2) << normalized.mid(2) << parsed.value->masked()
                  << digits.left(8) << digits.mid(2, 6);
        }
        forms.removeDuplicates();
        return forms;
    }
};
