// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace samordna::ui {

// A scroll area that asks its layout for the height its content needs at
// its present width, and at least a few lines of it when space is short.
// A plain QScrollArea asks for little, so a layout beside a widget that
// wants much (the process map) leaves it a sliver on a laptop's screen.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FittingScrollArea(QWidget *parent = nullptr);

    // Lines of text always given, space allowing, when the content is taller.
    void setMinimumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Called when the content changed what it needs.
    void contentChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int contentHeight() const;

    int m_minimumLines = 6;
};

} // namespace samordna::ui
