// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace samordna::ui {

// A push button whose long text is shortened with "…" when the button is
// narrow, rather than setting the width of the pane it stands in: the box
// page beside it keeps the room. The whole text is its accessible name.
class ElidedButton : public QPushButton
{
    Q_OBJECT

public:
    ElidedButton(const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_fullText; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize sizeFor(const QString &text) const;
    void elide();

    QString m_fullText;
};

} // namespace samordna::ui
