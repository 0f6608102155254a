// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CasePage.h"

class QPlainTextEdit;

namespace samordna::ui {

class DateEdit;

// Box 2b: FK will not coordinate. Why, in the case's own facts, in the
// note written when the case moved here and in the social worker's own
// words (kept in the store only: the case document has no key for it), the
// date of FK's avslagsbeslut when it came by letter, and that the social
// worker continues without FK.
class Ruta2bPage : public CasePage
{
    Q_OBJECT

public:
    explicit Ruta2bPage(QWidget *parent = nullptr);
    void setOwnReason(const QString &reason);

Q_SIGNALS:
    // The reason in the social worker's words, changed, as the field is left.
    void ownReasonEdited(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fill(const CaseRecord &record, const Assessment &assessment) override;

private:
    QLabel *m_reason = nullptr;
    QLabel *m_movedBecause = nullptr;
    DateEdit *m_rejectionDate = nullptr;
    QPlainTextEdit *m_ownReason = nullptr;
    QString m_shownOwnReason;
};

} // namespace samordna::ui
