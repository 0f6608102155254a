// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Language.h"
#include "util/QtTexts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

// A Swedish run must not show Qt's English on its standard buttons and
// dialogs: Debian 12 has no Swedish qtbase catalogue, so the project's own
// catalogue carries these texts.
class TestQtSwedish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messageBoxButtons_data();
    void messageBoxButtons();
    void dialogButtonBox();
    void fileDialog();
    void commandLineHelp();
    void everyListedTextIsSwedish();
};

void TestQtSwedish::initTestCase()
{
    QVERIFY(samordna::language::install(u"sv"_s));
}

void TestQtSwedish::messageBoxButtons_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<QString>("swedish");
    QTest::newRow("Save") << int(QMessageBox::Save) << u"Spara"_s;
    QTest::newRow("Discard") << int(QMessageBox::Discard) << u"Spara inte"_s;
    QTest::newRow("Cancel") << int(QMessageBox::Cancel) << u"Avbryt"_s;
    QTest::newRow("Yes") << int(QMessageBox::Yes) << u"Ja"_s;
    QTest::newRow("No") << int(QMessageBox::No) << u"Nej"_s;
    QTest::newRow("Close") << int(QMessageBox::Close) << u"Stäng"_s;
}

void TestQtSwedish::messageBoxButtons()
{
    QFETCH(int, button);
    QFETCH(QString, swedish);
    QMessageBox box(QMessageBox::Question, u"Samordna"_s, u"?"_s,
                    QMessageBox::StandardButtons(QMessageBox::StandardButton(button)));
    QAbstractButton *shown = box.button(QMessageBox::StandardButton(button));
    QVERIFY(shown);
    QCOMPARE(withoutMnemonic(shown->text()), swedish);
}

void TestQtSwedish::dialogButtonBox()
{
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(withoutMnemonic(buttons.button(QDialogButtonBox::Save)->text()), u"Spara"_s);
    QCOMPARE(withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()), u"Avbryt"_s);
}

void TestQtSwedish::fileDialog()
{
    // The dialog Qt draws itself, as on a desktop without a file chooser.
    QFileDialog dialog(nullptr, u"Spara PDF"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    auto *lookIn = dialog.findChild<QLabel *>(u"lookInLabel"_s);
    QVERIFY(lookIn);
    QCOMPARE(lookIn->text(), u"Leta i:"_s);
    auto *fileType = dialog.findChild<QLabel *>(u"fileTypeLabel"_s);
    QVERIFY(fileType);
    QCOMPARE(fileType->text(), u"Filer av typen:"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QStringList texts;
    for (QAbstractButton *button : buttons->buttons())
        texts << withoutMnemonic(button->text());
    QVERIFY2(texts.contains(u"Spara"_s) && texts.contains(u"Avbryt"_s), qPrintable(texts.join(u", "_s)));
}

void TestQtSwedish::commandLineHelp()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QString help = parser.helpText();
    QVERIFY2(help.contains(u"Flaggor:"_s), qPrintable(help));
    QVERIFY2(help.contains(u"Visar versionen."_s), qPrintable(help));
    QVERIFY2(!help.contains(u"Options:"_s), qPrintable(help));
}

void TestQtSwedish::everyListedTextIsSwedish()
{
    // Where Swedish writes the same word, the source may stand.
    const QSet<QString> sameInSwedish = {u"OK"_s, u"&OK"_s};
    for (const samordna::QtText &text : samordna::qtTexts()) {
        const QString source = QString::fromUtf8(text.source);
        const QString shown = QCoreApplication::translate(text.context, text.source);
        QVERIFY2(shown != source || sameInSwedish.contains(source),
                 qPrintable(QString::fromUtf8(text.context) + u": "_s + source));
    }
}

QTEST_MAIN(TestQtSwedish)
#include "tst_qtswedish.moc"
