// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace samordna {
class CaseService;
}

namespace samordna::ui {

// "Ta med offline…": takes cases from the team store into a new store file
// for a laptop (see sync::Checkout): the open case, the user's own open
// cases, or a konsultationsteam meeting's agenda. The team store records
// who took them, for colleagues to see.
class CheckoutDialog : public QDialog
{
    Q_OBJECT

public:
    // `openCaseId`: the case open in the window, offered first; may be empty.
    CheckoutDialog(CaseService *team, const QString &openCaseId, QWidget *parent = nullptr);

    // The file the cases went into, once accepted.
    QString targetFile() const;
    QStringList takenCaseIds() const { return m_taken; }

    void accept() override;

private:
    QStringList chosenCases(QString *error) const;
    void chooseFile();
    void updateOk();

    CaseService *m_team;
    QString m_openCaseId;
    QRadioButton *m_openCase = nullptr;
    QRadioButton *m_mine = nullptr;
    QRadioButton *m_agenda = nullptr;
    QComboBox *m_meeting = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_taken;
};

} // namespace samordna::ui
