#include "workspace/DateEdit.h"

#include "common/StateColors.h"

using namespace Qt::StringLiterals;

namespace samordna::ui {

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(10);
    setClearButtonEnabled(false);
    // Wide enough for a date, no wider.
    setMaximumWidth(fontMetrics().horizontalAdvance(u"0000-00-00000"_s) + 16);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const QDate value = parse(text, &ok);
        setStyleSheet(ok ? QString() : StateColors(palette()).styleSheet(u"QLineEdit"_s, ColorState::Error, true));
        setToolTip(ok ? QString() : tr("Write the date as YYYY-MM-DD, or leave it empty."));
        if (ok)
            Q_EMIT dateEdited(value);
    });
}

QDate DateEdit::parse(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *ok = true;
        return {};
    }
    const QDate value = QDate::fromString(trimmed, Qt::ISODate);
    *ok = value.isValid() && trimmed.size() == 10;
    return *ok ? value : QDate();
}

QDate DateEdit::date() const
{
    bool ok = false;
    return parse(text(), &ok);
}

bool DateEdit::isAcceptable() const
{
    bool ok = false;
    parse(text(), &ok);
    return ok;
}

void DateEdit::setDate(const QDate &value)
{
    bool ok = false;
    if (parse(text(), &ok) == value && ok)
        return;
    setText(value.isNull() ? QString() : value.toString(Qt::ISODate));
    setStyleSheet(QString());
    setToolTip(QString());
}

} // namespace samordna::ui
