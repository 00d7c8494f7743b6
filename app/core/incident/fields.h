// One table per entity of the editable scalar fields: their key (also the database column), their JSON path,
// their type and how to read and write them on the value type. Storage, JSON, undo and the audit trail all
// go through these tables, so a field is declared once.
#pragma once

#include "incident.h"

#include <QVariant>

#include <functional>

namespace bd {

enum class FieldType
{
    Text,        // QString
    Bool,        // bool
    Date,        // QDate; null = unknown
    DateTime,    // QDateTime; null = unknown
    OptionalInt, // int, or an invalid QVariant for unknown
    Enum,        // QString key (enumkeys.h)
    Int,         // int
};

enum class Entity
{
    Incident,
    DataSet,
    TimelineEvent
};
QString entityKey(Entity e); // "incident", "data_set", "timeline_event"

template<typename T>
struct FieldSpec
{
    const char* key;      // also the database column
    const char* jsonPath; // dotted path inside the entity's JSON object
    FieldType type;
    std::function<QVariant(const T&)> get;
    std::function<void(T&, const QVariant&)> set;
    QStringList enumKeys = {}; // for FieldType::Enum: the allowed values
    // For FieldType::Text: the most characters it takes (textlimits.h), whether it is the incident code (a
    // short identifier: TextLimits::codeProblem()), and its name in messages — untranslated, in the
    // context "bd::Fields".
    int maxLength = 0;
    bool isCode = false;
    const char* label = nullptr;

    QString name() const { return QString::fromLatin1(key); }
};

using IncidentFieldSpec = FieldSpec<Incident>;
using DataSetFieldSpec = FieldSpec<DataSet>;
using TimelineFieldSpec = FieldSpec<TimelineEvent>;

const QList<IncidentFieldSpec>& incidentFields();
const QList<DataSetFieldSpec>& dataSetFields();
const QList<TimelineFieldSpec>& timelineFields();

const IncidentFieldSpec* incidentField(const QString& key);
const DataSetFieldSpec* dataSetField(const QString& key);
const TimelineFieldSpec* timelineField(const QString& key);

// The one check of a value against its field's rules beyond its type (text length, the incident code's
// characters), used by the JSON import, the editor and storage alike. Empty when the value is acceptable;
// else a translated message. `named`: the message names the field by its label ("Title (Japanese) is too
// long: …"); otherwise it is meant to follow a path ("incident.title.ja: is too long: …").
QString fieldProblem(FieldType type, int maxLength, bool isCode, const char* label, const char* key,
                     const QVariant& value, bool named = true);
template<typename T>
QString fieldProblem(const FieldSpec<T>& field, const QVariant& value, bool named = true)
{
    return fieldProblem(field.type, field.maxLength, field.isCode, field.label, field.key, value, named);
}
// A field's label in the interface language ("Title (Japanese)"), or its key when it has none.
QString fieldLabel(const char* label, const char* key);

// Converting field values to and from their stored/JSON text form. Dates are ISO 8601; date-times carry their
// offset.
QVariant fieldToStorage(FieldType type, const QVariant& value);
// Returns false (with `error` set) when `stored` is not a valid value of `type`.
bool fieldFromStorage(FieldType type, const QVariant& stored, QVariant* value, QString* error,
                      const QStringList& enumKeys = {});
// A short human-readable rendering of a value, for the audit trail.
QString fieldDisplay(FieldType type, const QVariant& value);

} // namespace bd
