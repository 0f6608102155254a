// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "DataFiles.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace samordna::language {

QString chosen(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString fromEnvironment = qEnvironmentVariable("SAMORDNA_LANG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("sv")).toString();
}

QString requestedIn(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool install(const QString &code)
{
    QLocale::setDefault(QLocale(code == u"en" ? QStringLiteral("en_SE") : QStringLiteral("sv_SE")));
    if (code == u"en")
        return true;
    // Qt's own texts (dialog buttons, the command line's help): Debian ships
    // Swedish as the older, partial qt_sv rather than qtbase_sv. The
    // project's catalogue, installed after it and so asked first, carries
    // the texts Samordna shows that qt_sv lacks or words oddly.
    auto *qt = new QTranslator(QCoreApplication::instance());
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_") + code, qtTranslations)
        || qt->load(QStringLiteral("qt_") + code, qtTranslations))
        QCoreApplication::installTranslator(qt);
    // The installed translation first, so a package's own catalogue is the one
    // used; the built-in copy serves a program run from its build folder.
    auto *own = new QTranslator(QCoreApplication::instance());
    const QString installed = datafiles::installedFolder();
    const QString name = QStringLiteral("samordna_") + code;
    const bool loaded = (!installed.isEmpty() && own->load(name, installed + QStringLiteral("/translations")))
        || own->load(name, QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(own);
    return loaded;
}

} // namespace samordna::language
