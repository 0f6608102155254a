// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// Opens a new case in box 1. The personnummer is checked as it is typed, and
// an open case for the same person is pointed out before a second is made.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCaseDialog(CaseService *store, QWidget *parent = nullptr);

    // The id of the case created when the dialog was accepted.
    QString createdCaseId() const { return m_createdId; }
    void accept() override;

private:
    void validate();

    CaseService *m_store = nullptr;
    QLineEdit *m_personnummerEdit = nullptr;
    QLabel *m_personnummerError = nullptr;
    QLabel *m_existingWarning = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_districtCombo = nullptr;
    QLineEdit *m_workerNameEdit = nullptr;
    QLineEdit *m_workerPhoneEdit = nullptr;
    QLineEdit *m_workerEmailEdit = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_normalized;
    QString m_createdId;
};

} // namespace samordna::ui
