// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

namespace samordna::ui {

// Every question the program asks in a message box goes through here, so a
// test can answer the next one without a person at the screen.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // The answer the next box gives at once instead of being shown. Called
    // again before that box, it queues the answer for the box after it;
    // NoButton forgets every queued answer.
    static void setNextAnswer(Button answer);
    // How many boxes have been asked since the last call, and the last text.
    static int takeAskedCount();
    static QString lastText();

    // Optional labels for buttons whose standard text does not fit the
    // question (e.g. Reset shown as "Reload").
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton, const QHash<Button, QString> &labels = {});
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton, const QHash<Button, QString> &labels = {});
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton,
                              const QHash<Button, QString> &labels = {});

private:
    static Button ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton, const QHash<Button, QString> &labels);
};

} // namespace samordna::ui
