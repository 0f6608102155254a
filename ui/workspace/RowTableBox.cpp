// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/RowTableBox.h"

#include "workspace/CasePage.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

RowTableBox::RowTableBox(const QString &title, QAbstractItemModel *model, const QString &name, const QString &addText,
                         const QString &removeText, QWidget *parent)
    : QGroupBox(title, parent)
{
    const QString capitalised = name.left(1).toUpper() + name.mid(1);
    auto *layout = new QVBoxLayout(this);
    m_table = CasePage::makeTable(model, name + u"Table"_s, this);
    // A handful of rows is usual; more scroll inside the table rather than
    // pushing the rest of the page away.
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(190);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(addText, this);
    m_add->setObjectName(u"add"_s + capitalised + u"Button"_s);
    m_remove = new QPushButton(removeText, this);
    m_remove->setObjectName(u"remove"_s + capitalised + u"Button"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RowTableBox::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0)
            Q_EMIT removeRequested(row);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &RowTableBox::updateButtons);
    updateButtons();
}

void RowTableBox::focusLastRow(int column)
{
    const int last = m_table->model()->rowCount() - 1;
    if (last < 0)
        return;
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(last, column));
}

void RowTableBox::updateButtons()
{
    m_remove->setEnabled(m_table->model()->rowCount() > 0);
}

} // namespace samordna::ui
