// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/CasePage.h"

#include "workspace/WrappingColumns.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

CasePage::CasePage(Stage stage, const QString &intro, QWidget *parent)
    : CasePage(stageCode(stage) + u"Page"_s, tr("Box %1: %2").arg(stageNumber(stage), stageTitle(stage)), intro, parent)
{
    m_stage = stage;
}

CasePage::CasePage(const QString &objectName, const QString &headingText, const QString &intro, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(u"pageScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    m_content = new QVBoxLayout(body);
    auto *heading = new QLabel(headingText, body);
    heading->setObjectName(u"pageHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    scroll->setAccessibleName(heading->text());
    m_content->addWidget(heading);
    if (!intro.isEmpty())
        m_content->addWidget(makeText(intro, body));
    scroll->setWidget(body);
    outer->addWidget(scroll);
}

void CasePage::display(const CaseRecord &record, const Assessment &assessment)
{
    if (!m_labelsWrap) {
        // Every label on the page wraps, so a laptop's narrow pane shows the
        // answers beside or under their questions, never off to the right.
        // Form rows are the exception: there a long question puts its
        // answer on the next line (WrapLongRows), as a wrapped label would be
        // cut to the answer's height.
        for (QLabel *label : findChildren<QLabel *>()) {
            const auto *form = label->parentWidget() ? qobject_cast<QFormLayout *>(label->parentWidget()->layout())
                                                     : nullptr;
            if (form && form->indexOf(label) >= 0)
                continue;
            label->setWordWrap(true);
        }
        for (QFormLayout *form : findChildren<QFormLayout *>())
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        m_labelsWrap = true;
    }
    m_filling = true;
    fill(record, assessment);
    m_filling = false;
}

int CasePage::neededWidth() const
{
    return m_scroll->widget()->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width()
        + 2 * m_scroll->frameWidth();
}

void CasePage::request(const QString &description, const QString &mergeKey, const CaseChange &change)
{
    if (!m_filling)
        Q_EMIT changeRequested(description, mergeKey, change);
}

void CasePage::setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void CasePage::setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QTableView *CasePage::makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    // A screen reader names the table by the group it stands in.
    if (auto *group = qobject_cast<QGroupBox *>(parent))
        view->setAccessibleName(group->title().remove(u'&'));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table instead of walking its cells, so the page stays
    // one Tab stop per control.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    // Columns as wide as what they hold while that fits; in a narrow pane
    // the long texts wrap, so the table needs no sideways scrolling.
    new WrappingColumns(view);
    view->setMinimumHeight(140);
    return view;
}

QLabel *CasePage::makeText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace samordna::ui
