#include "incidentjson.h"

#include "fields.h"
#include "filingsjson.h"
#include "incidentjsonaudiences.h"
#include "incidentjsonv1.h"
#include "textlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace bd {

namespace {

// Sets `value` at a dotted `path` inside `object`, creating the intermediate objects.
void setPath(QJsonObject& object, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = object.value(head).toObject();
    setPath(child, path.mid(dot + 1), value);
    object.insert(head, child);
}

// Reads a dotted path; `present` tells whether every step existed.
QJsonValue getPath(const QJsonObject& object, QStringView path, bool* present)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString head = (dot < 0 ? path : path.left(dot)).toString();
    if (!object.contains(head)) {
        *present = false;
        return {};
    }
    if (dot < 0) {
        *present = true;
        return object.value(head);
    }
    const QJsonValue child = object.value(head);
    if (!child.isObject()) {
        *present = false;
        return {};
    }
    return getPath(child.toObject(), path.mid(dot + 1), present);
}

QJsonValue toJsonValue(FieldType type, const QVariant& value)
{
    const QVariant stored = fieldToStorage(type, value);
    if (stored.isNull())
        return QJsonValue::Null;
    switch (type) {
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Int:
    case FieldType::OptionalInt:
        return stored.toInt();
    default:
        return stored.toString();
    }
}

// Every dotted leaf path of `object`, to find keys nobody declared (usually typos).
void collectLeaves(const QJsonObject& object, const QString& prefix, QStringList* out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            collectLeaves(it.value().toObject(), path, out);
        else
            out->append(path);
    }
}

template<typename T>
QJsonObject fieldsToJson(const QList<FieldSpec<T>>& specs, const T& value, const QSet<QString>& skip = {})
{
    QJsonObject object;
    for (const FieldSpec<T>& f : specs)
        if (!skip.contains(f.name()))
            setPath(object, QString::fromLatin1(f.jsonPath), toJsonValue(f.type, f.get(value)));
    return object;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(bd::IncidentJson)
public:
    QList<IncidentJsonError>* errors;

    void fail(const QString& path, const QString& message) { errors->append({path, message}); }

    // Reads the declared fields of one entity from `object`; `required` names fields that must be present.
    template<typename T>
    void readFields(const QList<FieldSpec<T>>& specs, const QJsonObject& object, const QString& prefix,
                    T* out, const QSet<QString>& required = {}, const QSet<QString>& extraKeys = {},
                    const QSet<QString>& skip = {})
    {
        QSet<QString> known = extraKeys;
        for (const FieldSpec<T>& f : specs) {
            if (skip.contains(f.name()))
                continue;
            const QString jsonPath = QLatin1String(f.jsonPath);
            known.insert(jsonPath);
            const QString where = prefix + jsonPath;
            bool present = false;
            const QJsonValue v = getPath(object, QStringView(jsonPath), &present);
            if (!present) {
                if (required.contains(f.name()))
                    fail(where, tr("is required but missing"));
                continue;
            }
            if (!checkType(f.type, v, where))
                continue;
            QVariant value;
            QString why;
            if (!fieldFromStorage(f.type, v.toVariant(), &value, &why, f.enumKeys)) {
                fail(where, why);
                continue;
            }
            if (required.contains(f.name()) && value.toString().trimmed().isEmpty()) {
                fail(where, tr("must not be empty"));
                continue;
            }
            if (const QString why = fieldProblem(f, value, false); !why.isEmpty()) {
                fail(where, why); // too long, or a code with a control character or path separator
                continue;
            }
            f.set(*out, value);
        }
        QStringList leaves;
        collectLeaves(object, QString(), &leaves);
        for (const QString& leaf : leaves) {
            bool covered = known.contains(leaf);
            for (const QString& k : known)
                covered = covered || leaf.startsWith(k + QLatin1Char('.'));
            bool isGroup = false; // e.g. "organisation": "x" where an object is expected
            for (const QString& k : known)
                isGroup = isGroup || k.startsWith(leaf + QLatin1Char('.'));
            if (isGroup)
                fail(prefix + leaf, tr("must be an object"));
            else if (!covered)
                fail(prefix + leaf, tr("is not a field of this format (misspelt?)"));
        }
    }

    bool checkType(FieldType type, const QJsonValue& v, const QString& where)
    {
        bool ok = true;
        switch (type) {
        case FieldType::Text:
            ok = v.isString();
            if (!ok)
                fail(where, tr("must be text"));
            break;
        case FieldType::Enum:
            ok = v.isString();
            if (!ok)
                fail(where, tr("must be one of the listed words (see the format's documentation)"));
            break;
        case FieldType::Bool:
            ok = v.isBool();
            if (!ok)
                fail(where, tr("must be true or false"));
            break;
        case FieldType::Int:
            ok = v.isDouble();
            if (!ok)
                fail(where, tr("must be a number"));
            break;
        case FieldType::OptionalInt:
            ok = v.isDouble() || v.isNull();
            if (!ok)
                fail(where, tr("must be a number or null (unknown)"));
            break;
        case FieldType::Date:
        case FieldType::DateTime:
            ok = v.isString() || v.isNull();
            if (!ok)
                fail(where, tr("must be a date text or null (unknown)"));
            break;
        }
        return ok;
    }
};

QJsonObject bilingual(const QString& ja, const QString& en)
{
    return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

} // namespace

QJsonObject IncidentJson::toJson(const Incident& incident, const QList<DataItem>& customItems,
                                 const IncidentFilings& filings)
{
    QJsonObject inc = fieldsToJson(incidentFields(), incident);

    QJsonArray dataSets;
    for (const DataSet& ds : incident.dataSets) {
        QJsonObject o = fieldsToJson(dataSetFields(), ds, {QStringLiteral("position")});
        o.insert(QStringLiteral("items"), QJsonArray::fromStringList(ds.itemKeys));
        dataSets.append(o);
    }
    inc.insert(QStringLiteral("data_sets"), dataSets);

    QJsonArray timeline;
    for (const TimelineEvent& e : incident.timeline)
        timeline.append(fieldsToJson(timelineFields(), e));
    inc.insert(QStringLiteral("timeline"), timeline);

    QJsonObject narratives;
    for (const Narrative& n : incident.narratives)
        if (n.audience.isEmpty())
            narratives.insert(narrativeSectionKey(n.section), narrativeSectionJson(n));
    inc.insert(QStringLiteral("narratives"), narratives);
    writeReaderBlocks(incident, &inc);

    QJsonArray items;
    for (const DataItem& item : customItems) {
        items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("label"), bilingual(item.labelJa, item.labelEn)},
                                 {QStringLiteral("sensitive"), item.sensitive},
                                 {QStringLiteral("financial_risk"), item.financialRisk},
                                 {QStringLiteral("needs_judgement"), item.needsJudgement}});
    }

    QJsonObject root{{QStringLiteral("format"), QLatin1String(IncidentJsonFormat)},
                     {QStringLiteral("version"), IncidentJsonVersion},
                     {QStringLiteral("custom_items"), items},
                     {QStringLiteral("incident"), inc}};
    if (!filings.isEmpty())
        root.insert(QStringLiteral("filings"), FilingsJson::toJson(filings));
    return root;
}

QByteArray IncidentJson::toBytes(const Incident& incident, const QList<DataItem>& customItems,
                                 const IncidentFilings& filings)
{
    return QJsonDocument(toJson(incident, customItems, filings)).toJson(QJsonDocument::Indented);
}

bool IncidentJson::fromBytes(const QByteArray& bytes, IncidentDocumentData* out,
                             QList<IncidentJsonError>* errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line and column of the offset, which is what a person can find in an editor.
        const QByteArray before = bytes.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        errors->append({QString(), tr("The file is not valid JSON (line %1, column %2): %3")
                                       .arg(line)
                                       .arg(column)
                                       .arg(parseError.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        errors->append({QString(), tr("The file must contain one JSON object.")});
        return false;
    }
    return fromJson(doc.object(), out, errors);
}

bool IncidentJson::fromJson(const QJsonObject& original, IncidentDocumentData* out,
                            QList<IncidentJsonError>* errors)
{
    const qsizetype before = errors->size();
    Reader r{errors};
    if (original.value(QStringLiteral("format")).toString() != QLatin1String(IncidentJsonFormat)) {
        r.fail(QStringLiteral("format"), tr("must be \"%1\"").arg(QLatin1String(IncidentJsonFormat)));
        return false;
    }
    const QJsonValue versionValue = original.value(QStringLiteral("version"));
    const double versionNumber = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || versionNumber != static_cast<double>(static_cast<int>(versionNumber)) ||
        versionNumber < 1) {
        r.fail(QStringLiteral("version"),
               tr("must be a format version this BreachDesk reads (1 to %1)").arg(IncidentJsonVersion));
        return false;
    }
    const int version = static_cast<int>(versionNumber);
    if (version > IncidentJsonVersion) {
        r.fail(QStringLiteral("version"),
               tr("is %1: the file was written by a newer BreachDesk, and this version reads format versions "
                  "1 to %2 only. Nothing was imported; update BreachDesk to read it.")
                   .arg(version)
                   .arg(IncidentJsonVersion));
        return false;
    }
    for (const QString& key : original.keys())
        if (key != QLatin1String("format") && key != QLatin1String("version") &&
            key != QLatin1String("custom_items") && key != QLatin1String("incident") &&
            key != QLatin1String("filings"))
            r.fail(key, tr("is not a field of this format (misspelt?)"));
    if (!original.value(QStringLiteral("incident")).isObject()) {
        r.fail(QStringLiteral("incident"), tr("is required and must be an object"));
        return false;
    }
    QJsonObject root = original;
    if (version == 1 && !upgradeIncidentJsonV1(&root, errors))
        return false;

    IncidentDocumentData data;
    QSet<QString> knownItems;
    for (const DataItem& i : builtinDataItems())
        knownItems.insert(i.key);

    const QJsonValue customValue = root.value(QStringLiteral("custom_items"));
    if (!customValue.isUndefined() && !customValue.isArray())
        r.fail(QStringLiteral("custom_items"), tr("must be a list"));
    const QJsonArray customArray = customValue.toArray();
    for (qsizetype i = 0; i < customArray.size(); ++i) {
        const QString where = QStringLiteral("custom_items[%1]").arg(i);
        if (!customArray.at(i).isObject()) {
            r.fail(where, tr("must be an object"));
            continue;
        }
        const QJsonObject o = customArray.at(i).toObject();
        static const QStringList itemKeys = {QStringLiteral("key"), QStringLiteral("label"),
                                             QStringLiteral("sensitive"), QStringLiteral("financial_risk"),
                                             QStringLiteral("needs_judgement")};
        for (const QString& k : o.keys())
            if (!itemKeys.contains(k))
                r.fail(where + QLatin1Char('.') + k, tr("is not a field of this format (misspelt?)"));
        for (const char* flag : {"sensitive", "financial_risk", "needs_judgement"}) {
            const QJsonValue v = o.value(QLatin1String(flag));
            if (!v.isUndefined() && !v.isBool())
                r.fail(where + QLatin1Char('.') + QLatin1String(flag), tr("must be true or false"));
        }
        const QJsonValue label = o.value(QStringLiteral("label"));
        if (!label.isUndefined() && !label.isObject())
            r.fail(where + QStringLiteral(".label"), tr("must be an object with \"ja\" and \"en\""));
        DataItem item;
        item.custom = true;
        item.key = o.value(QStringLiteral("key")).toString();
        item.labelJa = label.toObject().value(QStringLiteral("ja")).toString();
        item.labelEn = label.toObject().value(QStringLiteral("en")).toString();
        item.sensitive = o.value(QStringLiteral("sensitive")).toBool();
        item.financialRisk = o.value(QStringLiteral("financial_risk")).toBool();
        item.needsJudgement = o.value(QStringLiteral("needs_judgement")).toBool();
        const QString keyTooLong = TextLimits::tooLong(QString(), item.key, TextLimit::Key);
        const QString jaTooLong = TextLimits::tooLong(QString(), item.labelJa, TextLimit::Name);
        const QString enTooLong = TextLimits::tooLong(QString(), item.labelEn, TextLimit::Name);
        if (item.key.isEmpty())
            r.fail(where + QStringLiteral(".key"), tr("is required but missing"));
        else if (!keyTooLong.isEmpty())
            r.fail(where + QStringLiteral(".key"), keyTooLong);
        else if (!jaTooLong.isEmpty() || !enTooLong.isEmpty())
            r.fail(where + (jaTooLong.isEmpty() ? QStringLiteral(".label.en") : QStringLiteral(".label.ja")),
                   jaTooLong.isEmpty() ? enTooLong : jaTooLong);
        else if (knownItems.contains(item.key))
            r.fail(where + QStringLiteral(".key"), tr("\"%1\" is already a data item").arg(item.key));
        else if (item.labelJa.isEmpty() && item.labelEn.isEmpty())
            r.fail(where + QStringLiteral(".label"), tr("needs a Japanese or English label"));
        else {
            knownItems.insert(item.key);
            data.customItems.append(item);
        }
    }

    const QJsonObject inc = root.value(QStringLiteral("incident")).toObject();
    r.readFields(incidentFields(), inc, QStringLiteral("incident."), &data.incident, {QStringLiteral("code")},
                 {QStringLiteral("data_sets"), QStringLiteral("timeline"), QStringLiteral("narratives"),
                  QStringLiteral("narratives_for"), QStringLiteral("consignors"),
                  QStringLiteral("confidential")});
    if (data.incident.titleJa.trimmed().isEmpty() && data.incident.titleEn.trimmed().isEmpty())
        r.fail(QStringLiteral("incident.title"), tr("needs a Japanese or English title"));

    const QJsonArray dataSets = inc.value(QStringLiteral("data_sets")).toArray();
    if (inc.contains(QStringLiteral("data_sets")) && !inc.value(QStringLiteral("data_sets")).isArray())
        r.fail(QStringLiteral("incident.data_sets"), tr("must be a list"));
    for (qsizetype i = 0; i < dataSets.size(); ++i) {
        const QString where = QStringLiteral("incident.data_sets[%1].").arg(i);
        if (!dataSets.at(i).isObject()) {
            r.fail(where.chopped(1), tr("must be an object"));
            continue;
        }
        const QJsonObject o = dataSets.at(i).toObject();
        DataSet ds;
        ds.position = int(i);
        // The list order is the position; a "position" key is not part of the format.
        r.readFields(dataSetFields(), o, where, &ds, {QStringLiteral("group_key")}, {QStringLiteral("items")},
                     {QStringLiteral("position")});
        if (o.contains(QStringLiteral("items")) && !o.value(QStringLiteral("items")).isArray())
            r.fail(where + QStringLiteral("items"), tr("must be a list of data item keys"));
        if (ds.holder == Holder::Consignor && ds.consignorName.trimmed().isEmpty())
            r.fail(where + QStringLiteral("consignor"),
                   tr("names the consignor client when holder is \"consignor\""));
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        for (qsizetype k = 0; k < items.size(); ++k) {
            const QString key = items.at(k).toString();
            if (!items.at(k).isString())
                r.fail(where + QStringLiteral("items[%1]").arg(k), tr("must be text"));
            else if (!knownItems.contains(key))
                r.fail(where + QStringLiteral("items[%1]").arg(k),
                       tr("\"%1\" is not a known data item; add it to custom_items").arg(key));
            else if (ds.itemKeys.contains(key))
                r.fail(where + QStringLiteral("items[%1]").arg(k), tr("\"%1\" is listed twice").arg(key));
            else
                ds.itemKeys.append(key);
        }
        data.incident.dataSets.append(ds);
    }

    if (inc.contains(QStringLiteral("timeline")) && !inc.value(QStringLiteral("timeline")).isArray())
        r.fail(QStringLiteral("incident.timeline"), tr("must be a list"));
    const QJsonArray timeline = inc.value(QStringLiteral("timeline")).toArray();
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const QString where = QStringLiteral("incident.timeline[%1].").arg(i);
        if (!timeline.at(i).isObject()) {
            r.fail(where.chopped(1), tr("must be an object"));
            continue;
        }
        TimelineEvent e;
        r.readFields(timelineFields(), timeline.at(i).toObject(), where, &e, {QStringLiteral("at")});
        data.incident.timeline.append(e);
    }

    if (inc.contains(QStringLiteral("narratives")) && !inc.value(QStringLiteral("narratives")).isObject())
        r.fail(QStringLiteral("incident.narratives"), tr("must be an object of sections"));
    const QJsonObject narratives = inc.value(QStringLiteral("narratives")).toObject();
    for (NarrativeSection section : allNarrativeSections()) {
        Narrative n;
        n.section = section;
        readNarrativeSection(narratives.value(narrativeSectionKey(section)),
                             QStringLiteral("incident.narratives.") + narrativeSectionKey(section), &n,
                             errors);
        data.incident.narratives.append(n);
    }
    for (const QString& key : narratives.keys()) {
        NarrativeSection s;
        if (!narrativeSectionFromKey(key, &s))
            r.fail(QStringLiteral("incident.narratives.") + key, tr("is not a narrative section"));
    }
    readReaderBlocks(inc, &data.incident, errors);

    // After the data sets: a notice's record names their consignor clients and groups.
    FilingsJson::read(root.value(QStringLiteral("filings")), data.incident, &data.filings, errors);

    if (errors->size() > before)
        return false;
    *out = data;
    return true;
}

} // namespace bd
