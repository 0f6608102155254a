// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Reads a PDF the way a person would, through poppler's tools, so the tests
// check what is on the page rather than what was asked for.
namespace pdftext {

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

// The PDF's text with every run of white space made one space, so a line
// wrapped on the page still matches the sentence; compatibility
// normalisation undoes the font's ligatures ("ﬁ" → "fi").
inline QString textOf(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// One page as <pngBase>.png at 60 dpi.
inline bool pageToPng(const QString &pdfPath, const QString &pngBase, int page = 1)
{
    const QString number = QString::number(page);
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), number,
                   QStringLiteral("-l"), number, QStringLiteral("-singlefile"), pdfPath, pngBase});
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

inline int pageCount(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (!process.waitForFinished(30000))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace pdftext
