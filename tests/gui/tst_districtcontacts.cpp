// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestWindow.h"

#include "rules/Assessor.h"
#include "rules/RuleData.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "workspace/Ruta3Page.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace samordna;
using namespace samordna::ui;
using namespace Qt::StringLiterals;

// The districts' contact persons, whom FK turns to when it gets no contact
// with the social worker within a week: written on the settings' Districts
// page, kept, and shown in box 3 when FK's week has passed.
class TestDistrictContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contactPersonReachesBox3();

private:
    static QLineEdit *openDistrictsPage(SettingsDialog &dialog, const QString &district);
    static void save(SettingsDialog &dialog);
    QString box3ContactText(const QString &district) const;

    const QDate m_today{2026, 11, 22};
};

void TestDistrictContacts::initTestCase()
{
    guiTest::startWithEmptySettings(u"tst_districtcontacts"_s);
    Clock::setToday(m_today);
}

QLineEdit *TestDistrictContacts::openDistrictsPage(SettingsDialog &dialog, const QString &district)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return nullptr;
    QTabWidget *pages = dialog.pages();
    QWidget *page = dialog.findChild<QWidget *>(u"districtsPage"_s);
    const int index = pages->indexOf(page);
    if (index < 0)
        return nullptr;
    // Through the tab bar, as a user would click it.
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(index).center());
    return page->findChild<QLineEdit *>(u"contactPersonEdit_"_s + district);
}

void TestDistrictContacts::save(SettingsDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"settingsButtons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

QString TestDistrictContacts::box3ContactText(const QString &district) const
{
    // FK granted twelve days ago and has not reached the social worker.
    CaseRecord record;
    record.person.personnummer = u"19900315-2387"_s;
    record.district = district;
    record.stage = Stage::Ruta3;
    record.socialWorker = SocialWorker{u"Sara Svensson"_s, u"040-123456"_s, {}};
    record.application = {m_today.addDays(-16), m_today.addDays(-14), Decision::Granted, m_today.addDays(-12)};
    Ruta3Page page;
    page.display(record, assess(record, m_today));
    auto *label = page.findChild<QLabel *>(u"contactPersonLabel"_s);
    return label ? label->text() : QString();
}

void TestDistrictContacts::contactPersonReachesBox3()
{
    // The method document names no contact persons: until one is written,
    // box 3 says none is recorded and where to write it.
    QVERIFY(box3ContactText(u"Norr"_s).contains(u"No contact person is recorded for district Norr"_s));

    {
        SettingsDialog dialog;
        QLineEdit *norr = openDistrictsPage(dialog, u"Norr"_s);
        QVERIFY(norr);
        // Every district in the district file has its field, its address as the tooltip.
        for (const District &district : RuleData::standard().districts) {
            auto *edit = dialog.findChild<QLineEdit *>(u"contactPersonEdit_"_s + district.name);
            QVERIFY2(edit, qPrintable(district.name));
            QVERIFY(edit->toolTip().contains(district.address.constLast()));
        }
        norr->setFocus();
        QTest::keyClicks(norr, u"Lena Lind, 040-34 10 00"_s);
        QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR));
        QVERIFY(dialog.grab().save(QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u"/dialog-settings-districts.png"_s));
        save(dialog);
    }
    QCOMPARE(RuleData::standard().district(u"Norr"_s)->contactPerson, u"Lena Lind, 040-34 10 00"_s);
    QVERIFY(RuleData::standard().district(u"Söder"_s)->contactPerson.isEmpty());
    QVERIFY2(box3ContactText(u"Norr"_s).contains(u"The district's contact person: Lena Lind, 040-34 10 00"_s),
             qPrintable(box3ContactText(u"Norr"_s)));
    QVERIFY(box3ContactText(u"Söder"_s).contains(u"No contact person is recorded for district Söder"_s));

    // Kept for the next start, and shown when the settings open again.
    QCOMPARE(QSettings().value(u"districtContacts/Norr"_s).toString(), u"Lena Lind, 040-34 10 00"_s);
    {
        SettingsDialog dialog;
        QLineEdit *norr = openDistrictsPage(dialog, u"Norr"_s);
        QVERIFY(norr);
        QCOMPARE(norr->text(), u"Lena Lind, 040-34 10 00"_s);
        // Emptied, the district file's (none) counts again.
        norr->clear();
        save(dialog);
    }
    QVERIFY(RuleData::standard().district(u"Norr"_s)->contactPerson.isEmpty());
    QVERIFY(!QSettings().contains(u"districtContacts/Norr"_s));
}

QTEST_MAIN(TestDistrictContacts)
#include "tst_districtcontacts.moc"
