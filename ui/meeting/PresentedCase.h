// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"

#include <QList>
#include <QString>

#include <optional>

namespace samordna::ui {

// What the presentation view may show of a case on the shared screen, and
// nothing more: the record's name and personnummer never reach it, so no
// widget there can show them by mistake.
struct PresentedCase
{
    int number = 0; // the agenda number, from 1
    int total = 0;
    std::optional<int> age;
    QString district;
    Stage stage = Stage::Ruta1;
    QList<Criterion> criteria;
    QList<Missing> missing;
    std::optional<Advice> advice;
    QString note;

    static PresentedCase from(const CaseRecord &record, const Assessment &assessment, int number, int total);
};

} // namespace samordna::ui
