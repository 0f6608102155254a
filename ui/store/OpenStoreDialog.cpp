// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OpenStoreDialog.h"

#include "common/StateColors.h"
#include "store/RecentStores.h"
#include "store/StoreAddress.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

OpenStoreDialog::OpenStoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_browse(new QPushButton(tr("&Choose file…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"openStoreDialog"_s);
    setWindowTitle(tr("Open store"));
    m_address->setObjectName(u"storeAddressEdit"_s);
    m_recent->setObjectName(u"recentStoresList"_s);
    m_problem->setObjectName(u"storeAddressProblem"_s);
    m_browse->setObjectName(u"chooseStoreFileButton"_s);
    m_buttons->button(QDialogButtonBox::Open)->setObjectName(u"openStoreButton"_s);

    auto *intro = new QLabel(
        tr("A store file on this computer, or your team's store on a PostgreSQL server, written as "
           "<tt>postgresql://user@server/database</tt> (with <tt>?host=/folder</tt> for a local socket). "
           "Samordna never keeps a password: it uses ~/.pgpass, PGPASSWORD or your organisation's single "
           "sign-on, or asks you and forgets it when it closes."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *addressLabel = new QLabel(tr("&Store:"), this);
    addressLabel->setBuddy(m_address);
    m_address->setPlaceholderText(tr("A file, or postgresql://user@server/database"));
    m_address->setClearButtonEnabled(true);
    m_address->setText(QDir::toNativeSeparators(current));
    m_address->selectAll();
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_browse);

    auto *recentLabel = new QLabel(tr("&Recent stores:"), this);
    recentLabel->setBuddy(m_recent);
    for (const QString &store : recentStores::load())
        m_recent->addItem(StoreAddress::isServerUri(store) ? store : QDir::toNativeSeparators(store));
    m_recent->setAccessibleName(tr("Recent stores"));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StateColors(palette()).styleSheet(u"QLabel"_s, ColorState::Error, false));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addressLabel);
    layout->addLayout(addressRow);
    layout->addWidget(m_problem);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_browse, &QPushButton::clicked, this, &OpenStoreDialog::chooseFile);
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_address->setText(text);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_address->setText(item->text());
        accept();
    });
    connect(m_address, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString OpenStoreDialog::address() const
{
    const QString text = m_address->text().trimmed();
    return StoreAddress::isServerUri(text) ? text : QDir::fromNativeSeparators(text);
}

void OpenStoreDialog::accept()
{
    QString error;
    const QString text = address();
    if (text.isEmpty())
        error = tr("Name a store file or a team store's address.");
    else if (!StoreAddress::parse(text, &error))
        error[0] = error.at(0).toUpper();
    else if (!StoreAddress::isServerUri(text) && QFileInfo(text).isDir())
        error = tr("%1 is a folder; choose a store file in it.").arg(QDir::toNativeSeparators(text));
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
        m_address->setFocus();
        return;
    }
    QDialog::accept();
}

void OpenStoreDialog::chooseFile()
{
    const QString start = StoreAddress::isServerUri(address()) ? QDir::homePath() : QFileInfo(address()).absolutePath();
    // A name that does not exist yet makes a new, empty store.
    const QString file = QFileDialog::getSaveFileName(this, tr("Choose a store file"), start,
                                                      tr("Samordna stores (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_address->setText(QDir::toNativeSeparators(file));
    m_problem->hide();
}

} // namespace samordna::ui
