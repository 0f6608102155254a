// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RecentStores.h"

#include "store/StoreAddress.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace samordna::ui::recentStores {

namespace {
const QString Key = u"stores/recent"_s;

// The same file named two ways is one store.
QString normalised(const QString &address)
{
    return StoreAddress::isServerUri(address) ? address : QFileInfo(address).absoluteFilePath();
}
} // namespace

QStringList load()
{
    QStringList stores = QSettings().value(Key).toStringList();
    stores.removeAll(QString());
    return stores.mid(0, MaximumCount);
}

void remember(const QString &address)
{
    QString error;
    const QString text = address.trimmed();
    if (text.isEmpty() || !StoreAddress::parse(text, &error))
        return;
    QStringList stores = load();
    stores.removeAll(normalised(text));
    stores.prepend(normalised(text));
    QSettings().setValue(Key, stores.mid(0, MaximumCount));
}

} // namespace samordna::ui::recentStores
