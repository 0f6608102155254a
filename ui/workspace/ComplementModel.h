#pragma once

#include "domain/CaseRecord.h"

#include <QAbstractTableModel>

namespace samordna::ui {

// Box 2a's work on the medical documentation, one row per contact.
class ComplementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, NotesColumn, ColumnCount };

    explicit ComplementModel(QObject *parent = nullptr);

    void setComplements(const QList<Complement> &complements);
    const QList<Complement> &complements() const { return m_complements; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void complementsEdited(const QList<samordna::Complement> &complements);

private:
    QList<Complement> m_complements;
};

} // namespace samordna::ui
