// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/AktanteckningWindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

AktanteckningWindow::AktanteckningWindow(const QString &caseId, const QString &text, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"aktanteckningWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    // The title names the case, never the client: window lists and task
    // bars show it on every screen.
    setWindowTitle(tr("Aktanteckning – case %1").arg(caseId));

    auto *hint = new QLabel(tr("This note names the client. Keep this window on your own screen."), this);
    hint->setObjectName(u"aktanteckningWindowHint"_s);
    hint->setWordWrap(true);
    m_text->setObjectName(u"aktanteckningText"_s);
    m_text->setAccessibleName(tr("Aktanteckning"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(text);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(u"copyAktanteckningWindowButton"_s);
    auto *preview = new QPushButton(tr("&Preview…"), this);
    preview->setObjectName(u"previewAktanteckningButton"_s);
    auto *close = new QPushButton(tr("C&lose"), this);
    close->setObjectName(u"closeAktanteckningWindowButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(preview);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(copy, &QPushButton::clicked, this, &AktanteckningWindow::copyRequested);
    connect(preview, &QPushButton::clicked, this, &AktanteckningWindow::previewRequested);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    // Small enough for a laptop next to a projector.
    QSize size(640, 560);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

QString AktanteckningWindow::text() const
{
    return m_text->toPlainText();
}

} // namespace samordna::ui
