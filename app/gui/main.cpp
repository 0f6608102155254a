// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "demo/DemoData.h"
#include "mainwindow/MainWindow.h"
#include "offline/SyncDialog.h"
#include "rules/RuleData.h"
#include "service/CaseService.h"
#include "settings/DistrictContacts.h"
#include "store/RecentStores.h"
#include "store/StoreOpener.h"
#include "store/StoreSession.h"
#include "sync/OfflineFile.h"
#include "util/Clock.h"
#include "util/Language.h"
#include "util/ProgramInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Translation context for the start-up messages.
struct Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

// The same demo every time, so what a new user sees can be described.
constexpr quint32 DemoSeed = 2026;

int fail(const QString &message)
{
    samordna::ui::MessageBox::warning(nullptr, Startup::tr("Samordna"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Samordna"_s);
    QApplication::setApplicationName(u"samordna"_s);
    QApplication::setApplicationVersion(samordna::programinfo::version());
    // The desktop entry's id, so the window is matched to its menu entry and icon.
    QGuiApplication::setDesktopFileName(u"se.samordna.Samordna"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"se.samordna.Samordna"_s, QIcon(u":/samordna/se.samordna.Samordna.png"_s)));

    // The help text is built from translated strings, so the language is
    // chosen from the raw arguments before the parser exists.
    const QString language = samordna::language::chosen(samordna::language::requestedIn(QApplication::arguments()));
    if (language != u"sv" && language != u"en") {
        std::fprintf(stderr, "samordna: --lang takes sv or en\n");
        return 2;
    }
    samordna::language::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Startup::tr("Samordna – coordinated rehabilitation, boxes 1–6b"));
    parser.addHelpOption();
    // Qt's own --version tells the number only; IT also asks for the licence
    // and where the store and the data are.
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, Startup::tr("Displays version information."));
    const QCommandLineOption dbOption(
        u"db"_s, Startup::tr("The case store to open (default: SAMORDNA_DB or the user's data folder)."), u"PATH"_s);
    const QCommandLineOption demoOption(u"demo"_s,
                                        Startup::tr("Open a store filled with fictitious demo cases: a new temporary "
                                                    "one, or PATH from --db when that store is new or empty."));
    const QCommandLineOption districtsOption(
        u"districts"_s, Startup::tr("Another municipality's district file (JSON, as resources/districts.json)."),
        u"FILE"_s);
    const QCommandLineOption langOption(u"lang"_s, Startup::tr("Language of the window: sv or en."), u"LANG"_s);
    const QCommandLineOption themeOption(
        u"theme"_s, Startup::tr("Appearance: system, dark or high-contrast (also in Settings)."), u"THEME"_s);
    parser.addOptions({versionOption, dbOption, demoOption, districtsOption, langOption, themeOption});
    // The menu entry starts "samordna FILE" when a store is opened from the file manager.
    parser.addPositionalArgument(u"store"_s, Startup::tr("The case store to open, as with --db."), u"[FILE]"_s);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(dbOption)))
        return fail(Startup::tr("Name one case store: either FILE or --db PATH."));
    const QString requestedStore = positional.isEmpty() ? parser.value(dbOption) : positional.first();
    if (parser.isSet(themeOption) && !samordna::ui::theme::fromName(parser.value(themeOption)))
        return fail(Startup::tr("--theme takes system, dark or high-contrast."));
    samordna::ui::theme::apply(samordna::ui::theme::chosen(parser.value(themeOption)));

    if (parser.isSet(versionOption)) {
        const QString store = samordna::CaseService::resolvePath(requestedStore);
        std::fputs(qPrintable(samordna::programinfo::summary(u"samordna"_s, store).join(u'\n') + u'\n'), stdout);
        return 0;
    }

    if (parser.isSet(districtsOption)) {
        QString error;
        if (!samordna::RuleData::useDistrictFile(parser.value(districtsOption), &error))
            return fail(Startup::tr("The district file cannot be used: %1").arg(error));
    } else {
        QString error;
        if (!samordna::RuleData::useDistrictEnvironment(&error))
            return fail(Startup::tr("The district file named in SAMORDNA_DISTRICTS cannot be used: %1").arg(error));
    }
    // The districts' contact persons written in the settings, over the file's.
    samordna::ui::DistrictContacts::load().apply();

    // A demo without --db lives in a temporary folder for this run only.
    std::unique_ptr<QTemporaryDir> demoDir;
    QString path;
    if (parser.isSet(demoOption) && requestedStore.isEmpty()) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/samordna-demo-XXXXXX"_s);
        if (!demoDir->isValid())
            return fail(Startup::tr("No temporary folder for the demo store: %1").arg(demoDir->errorString()));
        path = demoDir->filePath(u"demo.sqlite"_s);
    } else {
        path = samordna::CaseService::resolvePath(requestedStore);
    }

    // A password the team store's server asks for is asked here and kept
    // in memory by this run only.
    auto opened = samordna::ui::openStore(nullptr, path);
    if (!opened.store)
        return fail(Startup::tr("The case store %1 could not be opened.\n\n%2")
                        .arg(QDir::toNativeSeparators(path), opened.error));
    samordna::CaseService &store = *opened.store;

    if (parser.isSet(demoOption)) {
        const auto count = store.caseCount();
        if (!count)
            return fail(count.error);
        if (*count > 0)
            return fail(Startup::tr("The store %1 already holds cases. Demo cases are only added to a new or "
                                    "empty store.")
                            .arg(QDir::toNativeSeparators(path)));
        if (store.isReadOnly())
            return fail(Startup::tr("The store %1 is read-only; no demo cases can be added.")
                            .arg(QDir::toNativeSeparators(path)));
        QString error;
        if (!samordna::DemoData::fill(store, samordna::DemoData::DefaultCount, samordna::Clock::today(), DemoSeed,
                                      &error))
            return fail(error);
    }

    // Offered again by "Open store…"; a demo's temporary store is gone after this run.
    if (!demoDir)
        samordna::ui::recentStores::remember(store.path());
    samordna::ui::StoreSession session(std::move(opened.store));
    session.show();
    const int result = app.exec();
    // A file taken along whose work is all back in the team store is
    // emptied once nothing holds it open ("Töm efter synk").
    const QString toEmpty = app.property(samordna::ui::SyncDialog::EmptyOnExitProperty).toString();
    if (!toEmpty.isEmpty() && toEmpty == session.store()->path()) {
        session.end();
        QString error;
        if (!samordna::sync::OfflineFile::removeStoreFile(toEmpty, &error))
            return fail(Startup::tr("Everything is in the team store, but %1 could not be emptied: %2")
                            .arg(QDir::toNativeSeparators(toEmpty), error));
    }
    return result;
}
