// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;
class QTabWidget;

namespace samordna::ui {

// The program's settings, one page per subject: "My details" (the social
// worker's name, phone and e-mail) and "Districts" (each district's contact
// person). Saved with QSettings when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    void accept() override;

private:
    QWidget *createMyDetailsPage();
    QWidget *createDistrictsPage();

    QTabWidget *m_pages;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QHash<QString, QLineEdit *> m_contactEdits; // by district name
};

} // namespace samordna::ui
