// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

namespace samordna::ui {

// A date typed as YYYY-MM-DD, or left empty for "not recorded" (which
// QDateEdit cannot show). Text that is not a date is marked and not taken.
// A calendar opens from the button at its end, or with Alt+Down or F4.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    QDate date() const;
    // Leaves the text alone when it already says this date, so typing is
    // not disturbed by the refresh that follows each edit.
    void setDate(const QDate &date);
    bool isAcceptable() const;
    // The case document's path of the date this field edits (e.g.
    // "application.sentDate"), so the date-order rules can be shown here.
    void setCaseField(const QString &path) { m_caseField = path; }
    QString caseField() const { return m_caseField; }
    // A date-order problem to show at the field (red, with the text as its
    // tooltip); empty clears it.
    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }

    static QDate parse(const QString &text, bool *ok);

    // Opens the calendar under the field, on its date or today.
    void showCalendar();

Q_SIGNALS:
    // The user typed a complete date or emptied the field.
    void dateEdited(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateMarking();
    void takeFromCalendar(const QDate &date);

    QString m_caseField;
    QString m_problem;
    bool m_unreadable = false;
};

} // namespace samordna::ui
