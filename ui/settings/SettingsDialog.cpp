// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "settings/MyDetails.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_pages->setObjectName(u"settingsPages"_s);
    m_pages->addTab(createMyDetailsPage(), tr("My details"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(520, 300);
}

QWidget *SettingsDialog::createMyDetailsPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"myDetailsPage"_s);
    const MyDetails details = MyDetails::load();
    m_nameEdit = new QLineEdit(details.name, page);
    m_nameEdit->setObjectName(u"myNameEdit"_s);
    m_phoneEdit = new QLineEdit(details.phone, page);
    m_phoneEdit->setObjectName(u"myPhoneEdit"_s);
    m_emailEdit = new QLineEdit(details.email, page);
    m_emailEdit->setObjectName(u"myEmailEdit"_s);

    auto *intro = new QLabel(tr("Filled into each new case as its social worker (blankett 7434 needs the contact "
                                "details), and the name signs the journal notes you write."),
                             page);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Phone:"), m_phoneEdit);
    form->addRow(tr("&E-mail:"), m_emailEdit);
    return page;
}

void SettingsDialog::accept()
{
    MyDetails{m_nameEdit->text(), m_phoneEdit->text(), m_emailEdit->text()}.save();
    QDialog::accept();
}

} // namespace samordna::ui
