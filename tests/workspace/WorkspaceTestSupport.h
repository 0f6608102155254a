// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Personnummer.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace samordna::test {

using namespace Qt::StringLiterals;

// A valid personnummer for someone born on `birth` (fictitious birth number).
inline QString personnummerFor(const QDate &birth, int birthNumber = 239)
{
    const QString first9 = birth.toString(u"yyMMdd"_s) + u"%1"_s.arg(birthNumber, 3, 10, QLatin1Char('0'));
    return birth.toString(u"yyyyMMdd"_s) + u'-' + first9.mid(6) + QString::number(luhnCheckDigit(first9));
}

// Types text as key presses, also the letters outside ASCII (å, ä, ö) that
// QTest::keyClicks cannot send.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Runs `answer` on the next modal dialog once it is shown; the dialog's own
// event loop is running then, so keys typed into it are processed.
inline void whenModalShown(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

// Types `text` into the line edit named `editName` of the next modal
// dialog and presses Enter.
inline void typeIntoNextDialog(const QString &editName, const QString &text)
{
    whenModalShown([editName, text](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>(editName);
        QVERIFY2(edit, qPrintable(u"no %1 in the dialog"_s.arg(editName)));
        edit->setFocus();
        typeText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    // Let pending layout requests run, as they would before the next paint.
    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR));
    QVERIFY(widget->grab().save(QStringLiteral(SAMORDNA_SCREENSHOT_DIR) + u'/' + name));
}

} // namespace samordna::test
