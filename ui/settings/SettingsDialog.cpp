// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "rules/RuleData.h"
#include "settings/DistrictContacts.h"
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
    m_pages->addTab(createDistrictsPage(), tr("Districts"));

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

QWidget *SettingsDialog::createDistrictsPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"districtsPage"_s);
    auto *intro = new QLabel(tr("If FK gets no contact with the social worker within one week, FK turns to the "
                                "district's contact person, who helps put FK in touch (the method document, box 3). "
                                "Write each district's contact person here, with a phone number or e-mail."),
                             page);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(intro);
    const DistrictContacts saved = DistrictContacts::load();
    // What the district file says shows until something is written here.
    const DistrictContacts none;
    none.apply();
    for (const District &district : RuleData::standard().districts) {
        auto *edit = new QLineEdit(saved.byDistrict.value(district.name), page);
        edit->setObjectName(u"contactPersonEdit_"_s + district.name);
        edit->setPlaceholderText(district.contactPerson.trimmed().isEmpty() ? tr("Name, phone or e-mail")
                                                                            : district.contactPerson);
        edit->setToolTip(district.address.join(u", "_s));
        edit->setAccessibleName(tr("Contact person, %1").arg(district.name));
        form->addRow(district.name + u':', edit);
        m_contactEdits.insert(district.name, edit);
    }
    saved.apply();
    return page;
}

void SettingsDialog::accept()
{
    MyDetails{m_nameEdit->text(), m_phoneEdit->text(), m_emailEdit->text()}.save();
    DistrictContacts contacts;
    for (auto it = m_contactEdits.cbegin(); it != m_contactEdits.cend(); ++it)
        contacts.byDistrict.insert(it.key(), it.value()->text());
    contacts.save();
    contacts.apply();
    QDialog::accept();
}

} // namespace samordna::ui
