// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/StatsReport.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace samordna::ui {

// The whole follow-up report on paper: period, district, every chart (drawn
// in the light theme, for paper) with its table, and the note on
// suppression. For the printer and for PDF alike.
class FollowUpDocument
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpDocument)

public:
    // A new document (the caller owns it) laid out for `device`'s page.
    static QTextDocument *build(const stats::StatsReport &report, QPagedPaintDevice *device);
    static bool print(const stats::StatsReport &report, QPagedPaintDevice *device);
    // Writes the report as PDF; the reason when it cannot.
    static bool writePdf(const stats::StatsReport &report, const QString &path, QString *error);
    // "2026-01-01 – 2026-06-30, all districts"
    static QString periodText(const stats::StatsReport &report);
};

} // namespace samordna::ui
