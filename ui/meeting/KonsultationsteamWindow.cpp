// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting/KonsultationsteamWindow.h"

#include "common/MessageBox.h"
#include "common/WheelGuard.h"
#include "domain/Codes.h"
#include "domain/Personnummer.h"
#include "meeting/AktanteckningPanel.h"
#include "meeting/PresentationView.h"
#include "util/Clock.h"
#include "util/SearchText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace samordna::ui {

namespace {

constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
constexpr int ItemIdRole = Qt::UserRole + 3;

} // namespace

KonsultationsteamWindow::KonsultationsteamWindow(CaseService *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_meetings(std::make_unique<KonsultationsteamMeetings>(*store))
    , m_meetingCombo(new QComboBox(this))
    , m_dateEdit(new QDateEdit(this))
    , m_participantsEdit(new QLineEdit(this))
    , m_districtCombo(new QComboBox(this))
    , m_createMeetingButton(new QPushButton(tr("New meeting"), this))
    , m_saveMeetingButton(new QPushButton(tr("Save"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_caseModel(new QStandardItemModel(this))
    , m_caseProxy(new QSortFilterProxyModel(this))
    , m_caseList(new QListView(this))
    , m_addButton(new QPushButton(tr("Add to agenda →"), this))
    , m_agendaList(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_moveUpButton(new QPushButton(tr("Move up"), this))
    , m_moveDownButton(new QPushButton(tr("Move down"), this))
    , m_startButton(new QPushButton(tr("Start presentation"), this))
    , m_revealNamesCheck(new QCheckBox(tr("Show names"), this))
    , m_questionEdit(new QLineEdit(this))
    , m_aktanteckning(new AktanteckningPanel(store, this))
{
    setObjectName(u"konsultationsteamWindow"_s);
    WheelGuard::install();
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Konsultationsteam"));

    m_meetingCombo->setObjectName(u"meetingCombo"_s);
    m_meetingCombo->setMinimumContentsLength(24);
    m_meetingCombo->setPlaceholderText(tr("No meeting yet"));
    m_dateEdit->setObjectName(u"meetingDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_dateEdit->setDate(Clock::today());
    m_participantsEdit->setObjectName(u"participantsEdit"_s);
    m_participantsEdit->setPlaceholderText(tr("Who takes part, e.g. FK and the social workers of the unit"));
    m_districtCombo->setObjectName(u"meetingDistrictCombo"_s);
    m_districtCombo->setAccessibleName(tr("District of the new meeting"));
    m_districtCombo->setToolTip(tr("Whose konsultationsteam meets: only the users of that district see the meeting"));
    m_districtCombo->addItems(m_meetings->districts());
    m_districtCombo->setVisible(m_districtCombo->count() > 1);
    m_createMeetingButton->setObjectName(u"createMeetingButton"_s);
    m_createMeetingButton->setToolTip(tr("Create a meeting with this date and these participants"));
    m_saveMeetingButton->setObjectName(u"saveMeetingButton"_s);
    m_saveMeetingButton->setToolTip(tr("Save the date and participants of the chosen meeting"));
    m_searchEdit->setObjectName(u"caseSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search name, personnummer or case (names are not shown)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_caseList->setObjectName(u"casePickList"_s);
    m_caseList->setAccessibleName(tr("Cases to put on the agenda"));
    m_caseList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseList->setUniformItemSizes(true);
    m_addButton->setObjectName(u"addToAgendaButton"_s);
    m_agendaList->setObjectName(u"agendaList"_s);
    m_agendaList->setAccessibleName(tr("Agenda"));
    m_agendaList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_removeButton->setObjectName(u"removeFromAgendaButton"_s);
    m_moveUpButton->setObjectName(u"moveUpButton"_s);
    m_moveDownButton->setObjectName(u"moveDownButton"_s);
    m_startButton->setObjectName(u"startPresentationButton"_s);
    m_revealNamesCheck->setObjectName(u"revealNamesCheck"_s);
    m_revealNamesCheck->setToolTip(tr("Shows the clients' names in the case list and the agenda, after you confirm. "
                                      "Each time is written to the audit log."));
    m_startButton->setToolTip(tr("Full screen for the shared screen: no names or personnummer. Esc leaves."));
    QFont startFont = m_startButton->font();
    startFont.setBold(true);
    m_startButton->setFont(startFont);
    m_startButton->setMinimumHeight(m_startButton->sizeHint().height() * 3 / 2);

    m_questionEdit->setObjectName(u"agendaQuestionEdit"_s);
    m_questionEdit->setPlaceholderText(tr("What do you want FK's advice on?"));
    m_questionEdit->setToolTip(tr("Shown on the shared screen with the case: write no name or personnummer."));

    m_caseProxy->setSourceModel(m_caseModel);
    m_caseProxy->setFilterRole(SearchRole);
    m_caseProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_caseList->setModel(m_caseProxy);

    auto *meetingRow = new QHBoxLayout;
    meetingRow->addWidget(m_meetingCombo, 1);
    meetingRow->addWidget(m_districtCombo);
    meetingRow->addWidget(m_createMeetingButton);
    auto *meetingForm = new QFormLayout;
    meetingForm->addRow(tr("Meeting"), meetingRow);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_dateEdit);
    detailsRow->addWidget(new QLabel(tr("Participants"), this));
    detailsRow->addWidget(m_participantsEdit, 1);
    detailsRow->addWidget(m_saveMeetingButton);
    meetingForm->addRow(tr("Date"), detailsRow);
    auto *meetingBox = new QGroupBox(tr("Meeting"), this);
    meetingBox->setLayout(meetingForm);

    auto *casesBox = new QGroupBox(tr("Cases"), this);
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->addWidget(m_searchEdit);
    casesLayout->addWidget(m_caseList, 1);
    auto *casesFooter = new QHBoxLayout;
    casesFooter->addWidget(m_addButton);
    casesFooter->addStretch(1);
    casesFooter->addWidget(m_revealNamesCheck);
    casesLayout->addLayout(casesFooter);

    auto *agendaBox = new QGroupBox(tr("Agenda"), this);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_removeButton);
    agendaButtons->addWidget(m_moveUpButton);
    agendaButtons->addWidget(m_moveDownButton);
    agendaButtons->addStretch(1);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agendaList, 1);
    agendaLayout->addLayout(agendaButtons);
    auto *questionLabel = new QLabel(tr("&Question to FK about the chosen case:"), agendaBox);
    questionLabel->setBuddy(m_questionEdit);
    agendaLayout->addWidget(questionLabel);
    agendaLayout->addWidget(m_questionEdit);
    agendaLayout->addWidget(m_startButton);

    auto *afterBox = new QGroupBox(tr("After the meeting: aktanteckning of the chosen agenda case"), this);
    auto *afterLayout = new QVBoxLayout(afterBox);
    afterLayout->addWidget(m_aktanteckning);

    auto *planning = new QSplitter(Qt::Horizontal, this);
    planning->setChildrenCollapsible(false);
    planning->addWidget(casesBox);
    planning->addWidget(agendaBox);
    planning->setStretchFactor(0, 2);
    planning->setStretchFactor(1, 3);
    auto *sections = new QSplitter(Qt::Vertical, this);
    sections->setChildrenCollapsible(false);
    sections->addWidget(planning);
    sections->addWidget(afterBox);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 2);

    auto *root = new QVBoxLayout(this);
    root->addWidget(meetingBox);
    root->addWidget(sections, 1);

    connect(m_meetingCombo, &QComboBox::currentIndexChanged, this, &KonsultationsteamWindow::showMeeting);
    connect(m_createMeetingButton, &QPushButton::clicked, this, &KonsultationsteamWindow::createMeeting);
    connect(m_saveMeetingButton, &QPushButton::clicked, this, &KonsultationsteamWindow::saveMeeting);
    connect(m_searchEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_caseProxy->setFilterFixedString(foldForSearch(text.trimmed())); });
    connect(m_caseList, &QListView::doubleClicked, this, &KonsultationsteamWindow::addSelectedCase);
    connect(m_caseList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KonsultationsteamWindow::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &KonsultationsteamWindow::addSelectedCase);
    connect(m_removeButton, &QPushButton::clicked, this, &KonsultationsteamWindow::removeSelectedItem);
    connect(m_moveUpButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDownButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_startButton, &QPushButton::clicked, this, &KonsultationsteamWindow::startPresentation);
    connect(m_revealNamesCheck, &QCheckBox::toggled, this, &KonsultationsteamWindow::onRevealNamesToggled);
    connect(m_agendaList, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        showAktanteckning();
        showQuestion();
    });
    connect(m_questionEdit, &QLineEdit::editingFinished, this, &KonsultationsteamWindow::saveQuestion);

    loadCases();
    reloadMeetings(0);
    connect(m_store, &CaseService::caseChanged, this, [this](const QString &id) { refreshCase(id); });
    connect(m_store, &CaseService::casesAdded, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            refreshCase(id);
    });
    // Within a laptop's 1366×768 as well as on a large screen.
    QSize size(1100, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    if (!m_meetings->lastError().isEmpty())
        explainFailure(tr("Konsultationsteam"));
}

KonsultationsteamWindow::~KonsultationsteamWindow()
{
    // The presentation uses the meetings object, so it goes first, quietly.
    if (m_presentation) {
        m_presentation->disconnect(this);
        delete m_presentation.data();
    }
}

PresentationView *KonsultationsteamWindow::presentation() const
{
    return m_presentation;
}

qint64 KonsultationsteamWindow::currentMeetingId() const
{
    return m_meetingCombo->currentIndex() < 0 ? 0 : m_meetingCombo->currentData().toLongLong();
}

void KonsultationsteamWindow::explainFailure(const QString &title)
{
    MessageBox::warning(this, title, m_meetings->lastError());
}

void KonsultationsteamWindow::loadCases()
{
    m_caseModel->clear();
    m_summaries.clear();
    const QString error = m_store->forEachSummary([this](const CaseSummary &summary) {
        m_summaries.insert(summary.id, summary);
        m_caseModel->appendRow(caseItem(summary));
    });
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Konsultationsteam"),
                            tr("Not every case could be read, so some cannot be found here: %1").arg(error));
}

QStandardItem *KonsultationsteamWindow::caseItem(const CaseSummary &summary) const
{
    auto *item = new QStandardItem(describe(summary));
    item->setData(summary.id, CaseIdRole);
    // Searching by name or personnummer finds the case without either being shown.
    QString digits = summary.personnummer;
    digits.remove(u'-').remove(u'+');
    item->setData(foldForSearch(QStringList{summary.id, summary.name, summary.personnummer, digits}.join(u' ')),
                  SearchRole);
    return item;
}

QString KonsultationsteamWindow::describe(const CaseSummary &summary) const
{
    const QString district = summary.district.isEmpty() ? tr("no district") : summary.district;
    const auto personnummer = Personnummer::parse(summary.personnummer, Clock::today());
    const QString age = personnummer ? tr("%1 years").arg(personnummer.value->ageAt(Clock::today()))
                                     : tr("age unknown");
    const QString line = tr("%1 – %2 – %3 – box %4").arg(summary.id, age, district, stageNumber(summary.stage));
    if (!m_revealNamesCheck->isChecked())
        return line;
    return tr("%1 – %2").arg(line, summary.name);
}

void KonsultationsteamWindow::onRevealNamesToggled(bool checked)
{
    if (checked) {
        const auto answer = MessageBox::question(
            this, tr("Show names"),
            tr("The clients' names will be shown in this window. Is it on a screen only you can see?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_revealNamesCheck);
            m_revealNamesCheck->setChecked(false);
            return;
        }
        // Showing names is a deliberate act that leaves a trace.
        if (const WriteResult audited = m_store->audit(QString(), u"reveal"_s, u"konsultationsteam: names"_s);
            !audited.ok()) {
            const QSignalBlocker blocker(m_revealNamesCheck);
            m_revealNamesCheck->setChecked(false);
            MessageBox::warning(this, tr("Show names"), tr("The names stay hidden: %1").arg(audited.message));
            return;
        }
    }
    const QString current = m_caseList->currentIndex().data(CaseIdRole).toString();
    loadCases();
    for (int row = 0; row < m_caseProxy->rowCount(); ++row) {
        const QModelIndex index = m_caseProxy->index(row, 0);
        if (!current.isEmpty() && index.data(CaseIdRole).toString() == current)
            m_caseList->setCurrentIndex(index);
    }
    reloadAgenda(selectedItemId());
}

void KonsultationsteamWindow::refreshCase(const QString &id)
{
    const auto summary = m_store->summary(id);
    if (!summary)
        return; // read again when the window next loads its cases
    const bool known = m_summaries.contains(id);
    m_summaries.insert(id, *summary);
    if (!known) {
        m_caseModel->appendRow(caseItem(*summary));
    } else {
        const QModelIndexList found = m_caseModel->match(m_caseModel->index(0, 0), CaseIdRole, id, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            QStandardItem *fresh = caseItem(*summary);
            m_caseModel->setItem(found.constFirst().row(), fresh);
        }
    }
    reloadAgenda(selectedItemId());
}

void KonsultationsteamWindow::reloadMeetings(qint64 selectId)
{
    const QSignalBlocker blocker(m_meetingCombo);
    m_meetingCombo->clear();
    int select = 0;
    const QList<KonsultationsteamMeeting> meetings = m_meetings->meetings();
    for (const KonsultationsteamMeeting &meeting : meetings) {
        const QString participants = meeting.participants.isEmpty() ? QString() : u" – "_s % meeting.participants;
        m_meetingCombo->addItem(
            tr("%1%2 (%n case(s))", nullptr, meeting.agendaCount).arg(meeting.date.toString(Qt::ISODate), participants),
            meeting.id);
        if (meeting.id == selectId)
            select = m_meetingCombo->count() - 1;
    }
    m_meetingCombo->setCurrentIndex(meetings.isEmpty() ? -1 : select);
    showMeeting();
}

void KonsultationsteamWindow::showMeeting()
{
    const qint64 id = currentMeetingId();
    m_meetingDate = {};
    if (const auto meeting = id ? m_meetings->meeting(id) : std::nullopt) {
        m_meetingDate = meeting->date;
        m_dateEdit->setDate(meeting->date);
        m_participantsEdit->setText(meeting->participants);
    }
    reloadAgenda(0);
}

void KonsultationsteamWindow::createMeeting()
{
    const QString district = m_districtCombo->count() > 1 ? m_districtCombo->currentText() : QString();
    const auto id = m_meetings->createMeeting(m_dateEdit->date(), m_participantsEdit->text(), district);
    if (!id) {
        explainFailure(tr("New meeting"));
        return;
    }
    reloadMeetings(*id);
}

void KonsultationsteamWindow::saveMeeting()
{
    const qint64 id = currentMeetingId();
    if (!id)
        return;
    if (!m_meetings->updateMeeting(id, m_dateEdit->date(), m_participantsEdit->text())) {
        explainFailure(tr("Save meeting"));
        return;
    }
    reloadMeetings(id);
}

void KonsultationsteamWindow::reloadAgenda(qint64 selectItemId)
{
    const QSignalBlocker blocker(m_agendaList);
    m_agendaList->clear();
    int select = -1;
    const qint64 meetingId = currentMeetingId();
    const QList<AgendaItem> items = meetingId ? m_meetings->agenda(meetingId) : QList<AgendaItem>();
    for (const AgendaItem &item : items) {
        CaseSummary summary = m_summaries.value(item.caseId);
        summary.id = item.caseId;
        const QString advice = item.advice ? displayName(*item.advice) : tr("no advice yet");
        auto *row = new QListWidgetItem(
            tr("%1. %2 – %3").arg(QString::number(item.position), describe(summary), advice), m_agendaList);
        row->setData(ItemIdRole, item.id);
        if (item.id == selectItemId)
            select = m_agendaList->count() - 1;
    }
    m_agendaList->setCurrentRow(select);
    updateButtons();
    showAktanteckning();
    showQuestion();
}

qint64 KonsultationsteamWindow::selectedItemId() const
{
    const QListWidgetItem *item = m_agendaList->currentItem();
    return item ? item->data(ItemIdRole).toLongLong() : 0;
}

void KonsultationsteamWindow::addSelectedCase()
{
    const qint64 meetingId = currentMeetingId();
    const QModelIndex index = m_caseList->currentIndex();
    if (!meetingId || !index.isValid())
        return;
    const auto itemId = m_meetings->addToAgenda(meetingId, index.data(CaseIdRole).toString());
    if (!itemId) {
        explainFailure(tr("Add to agenda"));
        return;
    }
    reloadMeetings(meetingId);
    reloadAgenda(*itemId);
    // What was typed may be a name; it has done its work.
    m_searchEdit->clear();
}

void KonsultationsteamWindow::removeSelectedItem()
{
    const qint64 itemId = selectedItemId();
    if (!itemId)
        return;
    if (!m_meetings->removeFromAgenda(itemId)) {
        explainFailure(tr("Remove from agenda"));
        return;
    }
    const qint64 meetingId = currentMeetingId();
    reloadMeetings(meetingId);
}

void KonsultationsteamWindow::moveSelected(int delta)
{
    const qint64 itemId = selectedItemId();
    const int row = m_agendaList->currentRow();
    if (!itemId || row + delta < 0 || row + delta >= m_agendaList->count())
        return;
    if (!m_meetings->moveAgendaItem(itemId, row + delta)) {
        explainFailure(tr("Move"));
        return;
    }
    reloadAgenda(itemId);
}

void KonsultationsteamWindow::startPresentation()
{
    const qint64 meetingId = currentMeetingId();
    if (!meetingId || m_agendaList->count() == 0)
        return;
    if (m_presentation) {
        m_presentation->raise();
        return;
    }
    // The room sees the presentation; names revealed for the preparation go.
    m_revealNamesCheck->setChecked(false);
    const int start = std::max(0, m_agendaList->currentRow());
    m_presentation = new PresentationView(m_store, m_meetings.get(), meetingId, this);
    m_presentation->showCase(start);
    const qint64 selected = selectedItemId();
    connect(m_presentation, &PresentationView::adviceRecorded, this, [this](qint64 itemId) { reloadAgenda(itemId); });
    connect(m_presentation, &QObject::destroyed, this, [this, selected] {
        m_presentation = nullptr;
        reloadAgenda(selected);
        activateWindow();
    });
    m_presentation->showFullScreen();
    updateButtons();
}

void KonsultationsteamWindow::updateButtons()
{
    const bool meeting = currentMeetingId() != 0;
    const int row = m_agendaList->currentRow();
    const int count = m_agendaList->count();
    m_saveMeetingButton->setEnabled(meeting);
    m_addButton->setEnabled(meeting && m_caseList->currentIndex().isValid());
    m_removeButton->setEnabled(row >= 0);
    m_moveUpButton->setEnabled(row > 0);
    m_moveDownButton->setEnabled(row >= 0 && row + 1 < count);
    m_startButton->setEnabled(count > 0 && !m_presentation);
    m_questionEdit->setEnabled(row >= 0);
}

void KonsultationsteamWindow::showQuestion()
{
    saveQuestion(); // what was typed for the item chosen before
    const qint64 itemId = selectedItemId();
    const auto item = itemId ? m_meetings->agendaItem(itemId) : std::nullopt;
    m_questionItemId = item ? item->id : 0;
    m_questionEdit->setText(item ? item->question : QString());
}

void KonsultationsteamWindow::saveQuestion()
{
    if (!m_questionItemId)
        return;
    const auto item = m_meetings->agendaItem(m_questionItemId);
    if (!item || item->question == m_questionEdit->text().trimmed())
        return;
    if (!m_meetings->setQuestion(m_questionItemId, m_questionEdit->text()))
        explainFailure(tr("Question to FK"));
}

void KonsultationsteamWindow::showAktanteckning()
{
    // During the presentation nobody reads it here, so it is neither shown nor audited.
    const qint64 itemId = m_presentation ? 0 : selectedItemId();
    m_aktanteckning->showItem(itemId ? m_meetings->agendaItem(itemId) : std::nullopt, m_meetingDate);
}

} // namespace samordna::ui
