// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace samordna::ui {

// F1: what each box of the method means, in plain words, so the program can
// be used without the method document at hand.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    static QString helpHtml();
};

} // namespace samordna::ui
