// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreOpener.h"

#include "store/StoreAddress.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

// Translation context of the password question.
struct StorePassword
{
    Q_DECLARE_TR_FUNCTIONS(StorePassword)
};

// Three tries, as a login window gives.
constexpr int PasswordTries = 3;

} // namespace

CaseService::OpenResult openStore(QWidget *parent, const QString &address)
{
    auto opened = CaseService::open(address);
    QString error;
    const auto parsed = StoreAddress::parse(address, &error);
    for (int attempt = 0; !opened.store && opened.passwordNeeded && parsed && attempt < PasswordTries; ++attempt) {
        QInputDialog dialog(parent);
        dialog.setObjectName(u"storePasswordDialog"_s);
        dialog.setWindowTitle(StorePassword::tr("Password for the team store"));
        const QString who = parsed->user().isEmpty() ? StorePassword::tr("your user") : parsed->user();
        dialog.setLabelText(
            (attempt == 0 ? QString() : StorePassword::tr("That password was not accepted.") + u"\n\n"_s)
            + StorePassword::tr("The server %1 asks for the password of %2 for the team store %3. Samordna keeps "
                                "it only while it runs and never writes it anywhere.")
                  .arg(parsed->displayHost(), who, parsed->database()));
        dialog.setTextEchoMode(QLineEdit::Password);
        // The explanation wraps, as a login window's does, instead of
        // stretching the dialog across the screen.
        if (auto *label = dialog.findChild<QLabel *>()) {
            label->setWordWrap(true);
            label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
        }
        if (dialog.exec() != QDialog::Accepted)
            break;
        opened = CaseService::open(address, CaseService::Mode::ReadWrite, dialog.textValue());
    }
    return opened;
}

} // namespace samordna::ui
