// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace samordna::ui {

// What the source documents say that helps in every box: who is responsible
// for what, what FK does and does not do, and the support the person may be
// entitled to while in rehabilitation.
class InformationPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit InformationPanel(QWidget *parent = nullptr);
};

} // namespace samordna::ui
