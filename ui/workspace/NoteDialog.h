// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace samordna::ui {

// Asks for a short, required text: the note for a transition or the reason a
// journal note is marked wrong. Tests find it as the active modal widget and
// its edit by object name.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &title, const QString &prompt, const QString &editObjectName, QWidget *parent = nullptr);

    QString text() const;

    // The text, or an empty string when the user cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &prompt, const QString &editObjectName);

private:
    QLineEdit *m_edit = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace samordna::ui
