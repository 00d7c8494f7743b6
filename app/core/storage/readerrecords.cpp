#include "readerrecords.h"

#include <QSqlQuery>

namespace bd {

QString consignorNamesText(const QList<ConsignorNames>& names)
{
    QStringList lines;
    for (const ConsignorNames& c : names)
        lines << c.name + QStringLiteral(" = ") + c.nameEn + QStringLiteral(" / ") +
                     c.aliases.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

QString confidentialTextsText(const QList<ConfidentialText>& texts)
{
    QStringList lines;
    for (const ConfidentialText& c : texts)
        lines << c.audience + QStringLiteral(": ") + c.text;
    return lines.join(QLatin1Char('\n'));
}

bool ReaderRecords::load(qint64 incidentId, Incident* incident, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT name, name_en, aliases FROM consignor_names WHERE incident_id = ? ORDER BY position"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return false;
    incident->consignors.clear();
    while (q.next())
        incident->consignors.append(
            ConsignorNames{q.value(0).toString(), q.value(1).toString(),
                           q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)});

    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral(
        "SELECT text, audience FROM confidential_text WHERE incident_id = ? ORDER BY position"));
    t.addBindValue(incidentId);
    if (!Database::exec(t, error))
        return false;
    incident->confidentialTexts.clear();
    while (t.next())
        incident->confidentialTexts.append(ConfidentialText{t.value(0).toString(), t.value(1).toString()});
    return true;
}

bool ReaderRecords::insert(qint64 incidentId, const Incident& incident, StorageError* error)
{
    return writeConsignorNames(incidentId, incident.consignors, error) &&
           writeConfidentialTexts(incidentId, incident.confidentialTexts, error);
}

bool ReaderRecords::setConsignorNames(qint64 incidentId, const QList<ConsignorNames>& names,
                                      StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            Incident before;
            if (!load(incidentId, &before, err))
                return false;
            if (before.consignors == names)
                return true;
            return writeConsignorNames(incidentId, names, err) &&
                   audit(incidentId, QStringLiteral("consignor_names"), consignorNamesText(before.consignors),
                         consignorNamesText(names), err);
        },
        error);
}

bool ReaderRecords::setConfidentialTexts(qint64 incidentId, const QList<ConfidentialText>& texts,
                                         StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            Incident before;
            if (!load(incidentId, &before, err))
                return false;
            if (before.confidentialTexts == texts)
                return true;
            return writeConfidentialTexts(incidentId, texts, err) &&
                   audit(incidentId, QStringLiteral("confidential_text"),
                         confidentialTextsText(before.confidentialTexts), confidentialTextsText(texts), err);
        },
        error);
}

bool ReaderRecords::writeConsignorNames(qint64 incidentId, const QList<ConsignorNames>& names,
                                        StorageError* err)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM consignor_names WHERE incident_id = ?"));
    del.addBindValue(incidentId);
    if (!Database::exec(del, err))
        return false;
    for (int i = 0; i < names.size(); ++i) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO consignor_names (incident_id, position, name, name_en, "
                                 "aliases) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(incidentId);
        q.addBindValue(i);
        q.addBindValue(notNull(names.at(i).name.trimmed()));
        q.addBindValue(notNull(names.at(i).nameEn.trimmed()));
        q.addBindValue(notNull(names.at(i).aliases.join(QLatin1Char('\n'))));
        if (!Database::exec(q, err))
            return false;
    }
    return true;
}

bool ReaderRecords::writeConfidentialTexts(qint64 incidentId, const QList<ConfidentialText>& texts,
                                           StorageError* err)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM confidential_text WHERE incident_id = ?"));
    del.addBindValue(incidentId);
    if (!Database::exec(del, err))
        return false;
    for (int i = 0; i < texts.size(); ++i) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO confidential_text (incident_id, position, text, audience) VALUES (?, ?, ?, ?)"));
        q.addBindValue(incidentId);
        q.addBindValue(i);
        q.addBindValue(notNull(texts.at(i).text.trimmed()));
        q.addBindValue(notNull(texts.at(i).audience));
        if (!Database::exec(q, err))
            return false;
    }
    return true;
}

bool ReaderRecords::audit(qint64 incidentId, const QString& field, const QString& before,
                          const QString& after, StorageError* err)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, err))
        return false;
    AuditEntry e;
    e.incidentId = incidentId;
    e.incidentCode = q.next() ? q.value(0).toString() : QString();
    e.entity = QStringLiteral("incident");
    e.entityId = incidentId;
    e.field = field;
    e.before = before;
    e.after = after;
    return m_audit.append(e, err);
}

} // namespace bd
