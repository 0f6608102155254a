// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoData.h"
#include "service/CaseService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A temporary store filled with the demo cases, the same for every run.
struct GuiTestStore
{
    static constexpr int Count = samordna::DemoData::DefaultCount;
    static constexpr quint32 Seed = 2026;

    QTemporaryDir dir;
    std::unique_ptr<samordna::CaseService> store;

    bool open(const QDate &today, int count = Count)
    {
        if (!dir.isValid())
            return false;
        auto opened = samordna::CaseService::open(dir.filePath(QStringLiteral("cases.sqlite")));
        if (!opened.store) {
            qWarning("store: %s", qPrintable(opened.error));
            return false;
        }
        store = std::move(opened.store);
        QString error;
        if (!samordna::DemoData::fill(*store, count, today, Seed, &error)) {
            qWarning("demo: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    // The first of the demo cases in `stage`; empty when none is.
    QString firstCaseIn(samordna::Stage stage) const
    {
        QString id;
        store->forEachSummary([&](const samordna::CaseSummary &summary) {
            if (id.isEmpty() && summary.stage == stage)
                id = summary.id;
        });
        return id;
    }
};
