// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDocumentKind.h"

#include <QCoreApplication>

namespace samordna {

namespace {

struct KindEntry
{
    CaseDocumentKind kind;
    const char *code;
    const char *title; // translated in context "CaseDocuments"
};

// One table, so a new kind is added in one place.
constexpr KindEntry kindTable[] = {
    {CaseDocumentKind::Underlag7434, "underlag-7434",
     QT_TRANSLATE_NOOP("CaseDocuments", "Basis for the application (form 7434)")},
    {CaseDocumentKind::SammanfattningFk, "sammanfattning-fk",
     QT_TRANSLATE_NOOP("CaseDocuments", "Summary for Försäkringskassan")},
    {CaseDocumentKind::Aktanteckning, "aktanteckning",
     QT_TRANSLATE_NOOP("CaseDocuments", "Aktanteckning: konsultationsteam")},
    {CaseDocumentKind::Rehabiliteringsplan, "rehabiliteringsplan",
     QT_TRANSLATE_NOOP("CaseDocuments", "Summary of the rehabilitation plan")},
    {CaseDocumentKind::AdressKallelse, "adress-kallelse",
     QT_TRANSLATE_NOOP("CaseDocuments", "Address for invitations")},
};

} // namespace

const QList<CaseDocumentKind> &allDocumentKinds()
{
    static const QList<CaseDocumentKind> kinds = [] {
        QList<CaseDocumentKind> list;
        for (const auto &entry : kindTable)
            list << entry.kind;
        return list;
    }();
    return kinds;
}

QString documentKindCode(CaseDocumentKind kind)
{
    for (const auto &entry : kindTable) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<CaseDocumentKind> documentKindFromCode(const QString &code)
{
    for (const auto &entry : kindTable) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList allDocumentKindCodes()
{
    QStringList codes;
    for (const auto &entry : kindTable)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

QString documentTitle(CaseDocumentKind kind)
{
    for (const auto &entry : kindTable) {
        if (entry.kind == kind)
            return QCoreApplication::translate("CaseDocuments", entry.title);
    }
    return {};
}

} // namespace samordna
