// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace samordna::ui {

// The responsible social worker: name, phone and e-mail, or "not known".
// Blankett 7434 needs the contact details; when nobody is known, FK sends
// its invitation to the district's address instead.
class SocialWorkerEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit SocialWorkerEditor(QWidget *parent = nullptr);

    void setSocialWorker(const std::optional<SocialWorker> &worker);

Q_SIGNALS:
    // `field` names what changed, so typing in one field is one undo step.
    void edited(const std::optional<samordna::SocialWorker> &worker, const QString &field);

private:
    std::optional<SocialWorker> current() const;

    QCheckBox *m_unknown = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    bool m_setting = false;
};

} // namespace samordna::ui
