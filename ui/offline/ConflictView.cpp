// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline/ConflictView.h"

#include "domain/Stage.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

enum Column { CaseColumn, FieldColumn, TeamColumn, OfflineColumn, KeptColumn, ColumnCount };

} // namespace

ConflictView::ConflictView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_keepTeam(new QPushButton(tr("Keep the &team store's value"), this))
    , m_keepOffline(new QPushButton(tr("Keep &this file's value"), this))
{
    setObjectName(u"conflictView"_s);
    m_intro->setObjectName(u"conflictIntro"_s);
    m_table->setObjectName(u"conflictTable"_s);
    m_keepTeam->setObjectName(u"keepTeamButton"_s);
    m_keepOffline->setObjectName(u"keepOfflineButton"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These fields were changed both here and in the team store since the cases were taken "
                        "along. Nothing was overwritten. Choose for each which value the case keeps; your choice is "
                        "recorded in the audit log, and the next sync brings it in."));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Field"), tr("In the team store"), tr("In this file"), tr("Kept")});
    m_table->setAccessibleName(tr("Fields changed on both sides"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TeamColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OfflineColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictView::updateButtons);
    connect(m_keepTeam, &QPushButton::clicked, this, [this] { choose(sync::FieldChoice::Team); });
    connect(m_keepOffline, &QPushButton::clicked, this, [this] { choose(sync::FieldChoice::Offline); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepTeam);
    buttons->addWidget(m_keepOffline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QString ConflictView::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {u"person.personnummer"_s, QT_TR_NOOP("Personnummer")},
        {u"person.name"_s, QT_TR_NOOP("Name")},
        {u"district"_s, QT_TR_NOOP("District")},
        {u"socialWorker"_s, QT_TR_NOOP("Social worker")},
        {u"socialWorker.name"_s, QT_TR_NOOP("Social worker's name")},
        {u"socialWorker.phone"_s, QT_TR_NOOP("Social worker's phone")},
        {u"socialWorker.email"_s, QT_TR_NOOP("Social worker's e-mail")},
        {u"stage"_s, QT_TR_NOOP("Box")},
        {u"facts.hasSgi"_s, QT_TR_NOOP("Has SGI")},
        {u"facts.insuredInSweden"_s, QT_TR_NOOP("Insured in Sweden")},
        {u"facts.euAsIfInsured"_s, QT_TR_NOOP("Insured through the EU rules")},
        {u"facts.workCapacityReducedByIllness"_s, QT_TR_NOOP("Work capacity reduced by illness")},
        {u"facts.needsRehabilitation"_s, QT_TR_NOOP("Needs rehabilitation")},
        {u"facts.needsCoordination"_s, QT_TR_NOOP("Needs coordination")},
        {u"facts.medicalDocumentation"_s, QT_TR_NOOP("Medical documentation")},
        {u"facts.needsMapped"_s, QT_TR_NOOP("Needs mapped")},
        {u"consent.given"_s, QT_TR_NOOP("Consent given")},
        {u"consent.date"_s, QT_TR_NOOP("Consent date")},
        {u"consent.revokedDate"_s, QT_TR_NOOP("Consent revoked")},
        {u"application.sentDate"_s, QT_TR_NOOP("Application sent")},
        {u"application.receivedByFkDate"_s, QT_TR_NOOP("Application received by FK")},
        {u"application.decision"_s, QT_TR_NOOP("FK's decision")},
        {u"application.decisionDate"_s, QT_TR_NOOP("Date of FK's decision")},
        {u"fkContactDate"_s, QT_TR_NOOP("Contact with FK")},
        {u"closure.workCapacity"_s, QT_TR_NOOP("Work capacity at closure")},
        {u"closure.reductionDuration"_s, QT_TR_NOOP("How long the reduction lasts")},
        {u"closure.againstWholeLabourMarket"_s, QT_TR_NOOP("Judged against the whole labour market")},
        {u"closure.closedDate"_s, QT_TR_NOOP("Closed")},
        {u"closure.continuedBy"_s, QT_TR_NOOP("Continued by")},
        {u"forFk.illnessHistory"_s, QT_TR_NOOP("For FK: illness history")},
        {u"forFk.triedMeasures"_s, QT_TR_NOOP("For FK: measures tried")},
        {u"forFk.otherInformation"_s, QT_TR_NOOP("For FK: other information")},
    };
    const auto found = titles.constFind(field);
    return found == titles.constEnd() ? field : tr(*found);
}

QString ConflictView::displayValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("(not recorded)");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonObject object = value.toObject();
    if (object.contains(u"stage") && object.contains(u"stageHistory")) {
        // The box, and the day the case entered it.
        const auto stage = stageFromCode(object.value(u"stage").toString());
        const QJsonArray history = object.value(u"stageHistory").toArray();
        const QString title = stage ? stageTitle(*stage) : object.value(u"stage").toString();
        if (history.isEmpty())
            return title;
        return tr("%1, since %2").arg(title, history.last().toObject().value(u"from").toString());
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray())
            parts << (entry.isString()
                          ? entry.toString()
                          : QString::fromUtf8(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact)));
        return parts.join(u", "_s);
    }
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << it.key() + u": "_s + displayValue(it.value());
    return parts.join(u"; "_s);
}

void ConflictView::setConflicts(const QList<sync::StoredConflict> &conflicts)
{
    m_conflicts = conflicts;
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const sync::StoredConflict &stored = conflicts.at(row);
        const bool newPerson = stored.conflict.field == u"person.personnummer";
        const QString team = newPerson ? tr("already has case %1").arg(displayValue(stored.conflict.team))
                                       : displayValue(stored.conflict.team);
        const QString offline = newPerson ? tr("a new case made here") : displayValue(stored.conflict.offline);
        QString kept;
        if (stored.chosen)
            kept = *stored.chosen == sync::FieldChoice::Team ? tr("the team store's") : tr("this file's");
        const QStringList texts{stored.caseId, fieldTitle(stored.conflict.field), team, offline, kept};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(column == FieldColumn ? stored.conflict.field : texts.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(CaseColumn);
    m_table->resizeColumnToContents(FieldColumn);
    m_table->resizeRowsToContents();
    if (!conflicts.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

int ConflictView::openCount() const
{
    return int(std::count_if(m_conflicts.begin(), m_conflicts.end(),
                             [](const sync::StoredConflict &stored) { return !stored.chosen; }));
}

void ConflictView::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size();
    m_keepOffline->setEnabled(any);
    // A second case for a person is added or not; "the team's value" is
    // the case that is already there, which stays either way.
    m_keepTeam->setEnabled(any && m_conflicts.at(row).conflict.field != u"person.personnummer");
}

void ConflictView::choose(sync::FieldChoice::Side side)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const sync::StoredConflict &stored = m_conflicts.at(row);
    Q_EMIT chosen(stored.caseId, stored.conflict.field, side);
}

} // namespace samordna::ui
