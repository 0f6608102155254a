// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace samordna::ui {

// The aktanteckning of one case in a window of its own, apart from the
// konsultationsteam window that may be on the shared screen: it names the
// client, so the presenter moves it to their own screen before reading it.
class AktanteckningWindow : public QWidget
{
    Q_OBJECT

public:
    AktanteckningWindow(const QString &caseId, const QString &text, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    // The panel that opened the window copies, so every copy is audited once.
    void copyRequested();
    void previewRequested();

private:
    QPlainTextEdit *m_text;
};

} // namespace samordna::ui
