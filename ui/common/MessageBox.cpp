// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MessageBox.h"

#include <QAbstractButton>
#include <QList>

namespace samordna::ui {

namespace {
QList<MessageBox::Button> s_answers;
int s_askedCount = 0;
QString s_lastText;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    if (answer == QMessageBox::NoButton)
        s_answers.clear();
    else
        s_answers.append(answer);
}

int MessageBox::takeAskedCount()
{
    const int count = s_askedCount;
    s_askedCount = 0;
    return count;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, const QHash<Button, QString> &labels)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton, labels);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton, const QHash<Button, QString> &labels)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton, labels);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton, const QHash<Button, QString> &labels)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton, labels);
}

MessageBox::Button MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton, const QHash<Button, QString> &labels)
{
    ++s_askedCount;
    s_lastText = text;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst(); // one prepared answer answers one box
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<Button>(box.exec());
}

} // namespace samordna::ui
