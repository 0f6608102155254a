// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

NoteDialog::NoteDialog(const QString &title, const QString &prompt, const QString &editObjectName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(editObjectName + u"Dialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(editObjectName);
    m_edit->setMinimumWidth(360);
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_okButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NoteDialog::text() const
{
    return m_edit->text().trimmed();
}

QString NoteDialog::ask(QWidget *parent, const QString &title, const QString &prompt, const QString &editObjectName)
{
    NoteDialog dialog(title, prompt, editObjectName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.text();
}

} // namespace samordna::ui
