// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/SocialWorkerEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace samordna::ui {

SocialWorkerEditor::SocialWorkerEditor(QWidget *parent)
    : QGroupBox(tr("Social worker"), parent)
{
    setObjectName(u"socialWorkerEditor"_s);
    auto *form = new QFormLayout(this);
    m_unknown = new QCheckBox(tr("Not known"), this);
    m_unknown->setObjectName(u"socialWorkerUnknownCheck"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"socialWorkerNameEdit"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"socialWorkerPhoneEdit"_s);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"socialWorkerEmailEdit"_s);
    form->addRow(m_unknown);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("E-mai&l:"), m_email);

    connect(m_unknown, &QCheckBox::toggled, this, [this] {
        if (!m_setting)
            Q_EMIT edited(current(), u"socialWorker.known"_s);
    });
    const auto watch = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            if (!m_setting)
                Q_EMIT edited(current(), field);
        });
    };
    watch(m_name, u"socialWorker.name"_s);
    watch(m_phone, u"socialWorker.phone"_s);
    watch(m_email, u"socialWorker.email"_s);
}

std::optional<SocialWorker> SocialWorkerEditor::current() const
{
    if (m_unknown->isChecked())
        return std::nullopt;
    return SocialWorker{m_name->text(), m_phone->text(), m_email->text()};
}

void SocialWorkerEditor::setSocialWorker(const std::optional<SocialWorker> &worker)
{
    m_setting = true;
    m_unknown->setChecked(!worker.has_value());
    const SocialWorker shown = worker.value_or(SocialWorker{});
    for (auto [edit, text] :
         {std::pair{m_name, shown.name}, std::pair{m_phone, shown.phone}, std::pair{m_email, shown.email}}) {
        if (edit->text() != text)
            edit->setText(text);
        edit->setEnabled(worker.has_value());
    }
    m_setting = false;
}

} // namespace samordna::ui
