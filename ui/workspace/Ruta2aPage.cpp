// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Ruta2aPage.h"

#include "util/Clock.h"
#include "workspace/ComplementModel.h"
#include "workspace/TableDelegates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

Ruta2aPage::Ruta2aPage(ComplementModel *complements, QWidget *parent)
    : CasePage(Stage::Ruta2a,
               tr("The medical documentation needs clarifying before FK can grant coordination. You or the person "
                  "contact the healthcare unit; its rehab-koordinator is often the best way in. You can work with "
                  "healthcare through a SIP or send questions to the doctor. When new documentation arrives, "
                  "assess it again and ask FK once more (back to box 1)."),
               parent)
    , m_model(complements)
{
    QWidget *body = contentLayout()->parentWidget();
    m_table = makeTable(complements, u"complementsTable"_s, body);
    m_table->setAccessibleName(tr("Complements"));
    installComplementDelegates(m_table);
    m_table->horizontalHeader()->resizeSection(ComplementModel::KindColumn, 260);
    m_table->setMinimumHeight(220);
    contentLayout()->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add contact"), body);
    m_add->setObjectName(u"addComplementButton"_s);
    m_remove = new QPushButton(tr("Remove contact"), body);
    m_remove->setObjectName(u"removeComplementButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    contentLayout()->addStretch();

    connect(m_add, &QPushButton::clicked, this, [this] {
        request(tr("Add complement"), {}, [](CaseRecord &r) {
            Complement complement;
            complement.date = Clock::today();
            r.complements.append(complement);
        });
        const int last = m_model->rowCount() - 1;
        if (last >= 0) {
            m_table->setFocus();
            m_table->setCurrentIndex(m_model->index(last, ComplementModel::KindColumn));
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row < 0)
            return;
        request(tr("Remove complement"), {}, [row](CaseRecord &r) {
            if (row < r.complements.size())
                r.complements.removeAt(row);
        });
    });
}

void Ruta2aPage::fill(const CaseRecord &record, const Assessment &)
{
    m_remove->setEnabled(!record.complements.isEmpty());
}

} // namespace samordna::ui
