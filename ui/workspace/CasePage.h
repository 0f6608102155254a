// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseRecord.h"
#include "rules/Assessment.h"
#include "workspace/CaseChange.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace samordna::ui {

// One box's page: shows the open case as the method document asks in that
// box, and hands every edit to the workspace as a CaseChange. While the page
// is being filled from the case, its own change signals are ignored.
class CasePage : public QWidget
{
    Q_OBJECT

public:
    CasePage(Stage stage, const QString &intro, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    // The page scrolls inside its own area, so the workspace can keep each
    // case's place on it.
    QScrollArea *scrollArea() const { return m_scroll; }
    // The width that shows the whole page, words wrapped, with no
    // scrolling sideways.
    int neededWidth() const;
    void display(const CaseRecord &record, const Assessment &assessment);

    // A table of a case's rows as every page shows one: one cell selected,
    // edited by typing or F2, columns as wide as what they hold.
    static QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

Q_SIGNALS:
    void changeRequested(const QString &description, const QString &mergeKey, const samordna::ui::CaseChange &change);

protected:
    // A page beside the boxes' own (what goes to FK): its object name and
    // heading; stage() is not asked of it.
    CasePage(const QString &objectName, const QString &heading, const QString &intro, QWidget *parent);

    virtual void fill(const CaseRecord &record, const Assessment &assessment) = 0;
    void request(const QString &description, const QString &mergeKey, const CaseChange &change);
    bool isFilling() const { return m_filling; }
    QVBoxLayout *contentLayout() const { return m_content; }

    static void setTextKeepingCursor(QLineEdit *edit, const QString &text);
    static void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text);
    static QLabel *makeText(const QString &text, QWidget *parent);

private:
    Stage m_stage = Stage::Ruta1;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_content = nullptr;
    bool m_filling = false;
    bool m_labelsWrap = false;
};

} // namespace samordna::ui
