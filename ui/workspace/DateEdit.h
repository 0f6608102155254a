#pragma once

#include <QDate>
#include <QLineEdit>

namespace samordna::ui {

// A date typed as YYYY-MM-DD, or left empty for "not recorded" (which
// QDateEdit cannot show). Text that is not a date is marked and not taken.
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

    static QDate parse(const QString &text, bool *ok);

Q_SIGNALS:
    // The user typed a complete date or emptied the field.
    void dateEdited(const QDate &date);
};

} // namespace samordna::ui
