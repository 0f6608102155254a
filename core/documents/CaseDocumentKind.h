// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace samordna {

// The papers a case needs around the application to Försäkringskassan,
// in the order a case meets them.
enum class CaseDocumentKind {
    Underlag7434,
    SammanfattningFk,
    Aktanteckning,
    Rehabiliteringsplan,
    AdressKallelse,
};

const QList<CaseDocumentKind> &allDocumentKinds();
// "underlag-7434" … as the command line and the audit log name them.
QString documentKindCode(CaseDocumentKind kind);
std::optional<CaseDocumentKind> documentKindFromCode(const QString &code);
QStringList allDocumentKindCodes();
// The document's heading (translatable).
QString documentTitle(CaseDocumentKind kind);

} // namespace samordna
