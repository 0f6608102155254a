// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTabWidget;

namespace samordna::ui {

// The program's settings, one page per subject: "My details" (the social
// worker's name, phone and e-mail). Saved with QSettings when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    void accept() override;

private:
    QWidget *createMyDetailsPage();

    QTabWidget *m_pages;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
};

} // namespace samordna::ui
