// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace samordna::ui {

// "Open store…": a store file on this computer, or a team store on a
// PostgreSQL server named by its postgresql:// address, typed or chosen
// from the stores opened last. It checks the address; opening it (and a
// password the server asks for) is StoreOpener's.
class OpenStoreDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is the store open now, shown first.
    explicit OpenStoreDialog(const QString &current, QWidget *parent = nullptr);

    // The address chosen, once accepted.
    QString address() const;

    void accept() override;

private:
    void chooseFile();

    QLineEdit *m_address = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace samordna::ui
