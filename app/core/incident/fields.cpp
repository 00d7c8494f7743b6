#include "fields.h"

#include "enumkeys.h"
#include "fieldmacros.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bd {

const QList<IncidentFieldSpec>& incidentFields()
{
    using I = Incident;
    static const QList<IncidentFieldSpec> fields = {
        IncidentFieldSpec{"code",
                          "code",
                          FieldType::Text,
                          [](const I& o) { return QVariant(o.code); },
                          [](I& o, const QVariant& v) { o.code = v.toString(); },
                          {},
                          TextLimit::Code,
                          true,
                          QT_TRANSLATE_NOOP("bd::Fields", "Incident code")},
        BD_TEXT(I, "title_ja", "title.ja", titleJa, TextLimit::Title,
                QT_TRANSLATE_NOOP("bd::Fields", "Title (Japanese)")),
        BD_TEXT(I, "title_en", "title.en", titleEn, TextLimit::Title,
                QT_TRANSLATE_NOOP("bd::Fields", "Title (English)")),
        BD_ENUM(I, "status", "status", status, IncidentStatus, (QStringList{"open", "archived"})),
        BD_TEXT(I, "org_name_ja", "organisation.name.ja", org.nameJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation name (Japanese)")),
        BD_TEXT(I, "org_name_en", "organisation.name.en", org.nameEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation name (English)")),
        BD_TEXT(I, "org_address_ja", "organisation.address.ja", org.addressJa, TextLimit::Address,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation address (Japanese)")),
        BD_TEXT(I, "org_address_en", "organisation.address.en", org.addressEn, TextLimit::Address,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation address (English)")),
        BD_TEXT(I, "org_representative_ja", "organisation.representative.ja", org.representativeJa,
                TextLimit::Name, QT_TRANSLATE_NOOP("bd::Fields", "Representative (Japanese)")),
        BD_TEXT(I, "org_representative_en", "organisation.representative.en", org.representativeEn,
                TextLimit::Name, QT_TRANSLATE_NOOP("bd::Fields", "Representative (English)")),
        BD_TEXT(I, "desk_name_ja", "organisation.contact_desk.name.ja", org.desk.nameJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk name (Japanese)")),
        BD_TEXT(I, "desk_name_en", "organisation.contact_desk.name.en", org.desk.nameEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk name (English)")),
        BD_TEXT(I, "desk_phone", "organisation.contact_desk.phone", org.desk.phone, TextLimit::Phone,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk phone")),
        BD_TEXT(I, "desk_phone_abroad", "organisation.contact_desk.phone_abroad", org.desk.phoneAbroad,
                TextLimit::Phone, QT_TRANSLATE_NOOP("bd::Fields", "Contact desk phone for callers abroad")),
        BD_TEXT(I, "desk_email", "organisation.contact_desk.email", org.desk.email, TextLimit::Email,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk e-mail")),
        BD_TEXT(I, "desk_hours_ja", "organisation.contact_desk.hours.ja", org.desk.hoursJa, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk hours (Japanese)")),
        BD_TEXT(I, "desk_hours_en", "organisation.contact_desk.hours.en", org.desk.hoursEn, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk hours (English)")),
        BD_ENUM(I, "leak_certainty", "event.leak", event.leak, EventCertainty, eventCertaintyKeys()),
        BD_ENUM(I, "loss_certainty", "event.loss", event.loss, EventCertainty, eventCertaintyKeys()),
        BD_ENUM(I, "damage_certainty", "event.damage", event.damage, EventCertainty, eventCertaintyKeys()),
        BD_DATE(I, "occurred_from", "event.occurred_from", occurredFrom),
        BD_DATE(I, "occurred_to", "event.occurred_to", occurredTo),
        BD_DATETIME(I, "known_at", "event.known_at", knownAt),
        BD_DATE(I, "contained_on", "event.contained_on", containedOn),
        BD_ENUM(I, "cause", "cause.kind", cause, CauseKind, causeKindKeys()),
        BD_BOOL(I, "malicious", "cause.malicious", malicious),
        BD_TEXT(I, "malicious_reason", "cause.malicious_reason", maliciousReason, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Reason for the malice assessment")),
        BD_BOOL(I, "pmark_holder", "privacy_mark.holder", pmarkHolder),
        BD_TEXT(I, "pmark_body", "privacy_mark.review_body", pmarkBody, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Privacy Mark review body")),
        BD_BOOL(I, "gdpr_applies", "gdpr.applies", gdprApplies),
        BD_ENUM(I, "gdpr_risk", "gdpr.risk", gdprRisk, GdprRisk, gdprRiskKeys()),
    };
    return fields;
}

const QList<DataSetFieldSpec>& dataSetFields()
{
    using D = DataSet;
    static const QList<DataSetFieldSpec> fields = {
        BD_TEXT(D, "group_key", "group", groupKey, TextLimit::Key,
                QT_TRANSLATE_NOOP("bd::Fields", "Data set group")),
        BD_TEXT(D, "group_label_ja", "group_label.ja", groupLabelJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Group label (Japanese)")),
        BD_TEXT(D, "group_label_en", "group_label.en", groupLabelEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Group label (English)")),
        BD_ENUM(D, "holder", "holder", holder, Holder, (QStringList{"own", "consignor"})),
        BD_TEXT(D, "consignor_name", "consignor", consignorName, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Consignor client")),
        DataSetFieldSpec{"people", "people", FieldType::OptionalInt,
                         [](const D& d) { return d.people ? QVariant(*d.people) : QVariant(); },
                         [](D& d, const QVariant& v) {
                             if (v.isValid() && !v.isNull())
                                 d.people = v.toInt();
                             else
                                 d.people.reset();
                         }},
        BD_BOOL(D, "people_estimate", "people_estimate", peopleEstimate),
        BD_DATE(D, "consignor_notified_on", "consignor_notified_on", consignorNotifiedOn),
        BD_BOOL(D, "encrypted", "protection.encrypted", encrypted),
        BD_BOOL(D, "key_may_have_leaked", "protection.key_may_have_leaked", keyMayHaveLeaked),
        BD_BOOL(D, "contacts_unreachable", "notice.contacts_unreachable", contactsUnreachable),
        BD_TEXT(D, "contacts_unreachable_reason", "notice.contacts_unreachable_reason",
                contactsUnreachableReason, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Reason some people cannot be reached")),
        DataSetFieldSpec{"position", "position", FieldType::Int,
                         [](const D& d) { return QVariant(d.position); },
                         [](D& d, const QVariant& v) { d.position = v.toInt(); }},
    };
    return fields;
}

const QList<TimelineFieldSpec>& timelineFields()
{
    using T = TimelineEvent;
    static const QList<TimelineFieldSpec> fields = {
        BD_DATETIME(T, "at", "at", at),
        BD_BOOL(T, "date_only", "date_only", dateOnly),
        BD_TEXT(T, "text_ja", "text.ja", textJa, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Timeline text (Japanese)")),
        BD_TEXT(T, "text_en", "text.en", textEn, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Timeline text (English)")),
    };
    return fields;
}

namespace {
template<typename Spec>
const Spec* findField(const QList<Spec>& fields, const QString& key)
{
    for (const Spec& f : fields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}
} // namespace

const IncidentFieldSpec* incidentField(const QString& key)
{
    return findField(incidentFields(), key);
}
const DataSetFieldSpec* dataSetField(const QString& key)
{
    return findField(dataSetFields(), key);
}
const TimelineFieldSpec* timelineField(const QString& key)
{
    return findField(timelineFields(), key);
}

QString entityKey(Entity e)
{
    switch (e) {
    case Entity::Incident:
        return QStringLiteral("incident");
    case Entity::DataSet:
        return QStringLiteral("data_set");
    case Entity::TimelineEvent:
        return QStringLiteral("timeline_event");
    }
    return {};
}

QVariant fieldToStorage(FieldType type, const QVariant& value)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Enum: {
        const QString text = value.toString();
        return text.isNull() ? QStringLiteral("") : text; // a null QString would bind as SQL NULL
    }
    case FieldType::Bool:
        return value.toBool() ? 1 : 0;
    case FieldType::Int:
        return value.toInt();
    case FieldType::OptionalInt:
        return value.isValid() && !value.isNull() ? QVariant(value.toInt()) : QVariant();
    case FieldType::Date: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case FieldType::DateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return QVariant();
        const QDateTime fixed = dt.toOffsetFromUtc(dt.offsetFromUtc());
        return fixed.time().msec() ? fixed.toString(Qt::ISODateWithMs) : fixed.toString(Qt::ISODate);
    }
    }
    return {};
}

bool fieldFromStorage(FieldType type, const QVariant& stored, QVariant* value, QString* error,
                      const QStringList& enumKeys)
{
    const bool empty = !stored.isValid() || stored.isNull() ||
                       (stored.typeId() == QMetaType::QString && stored.toString().isEmpty());
    switch (type) {
    case FieldType::Text:
        *value = stored.isNull() ? QString() : stored.toString();
        return true;
    case FieldType::Enum:
        if (!enumKeys.isEmpty() && !enumKeys.contains(stored.toString())) {
            *error = QCoreApplication::translate("bd::Fields", "expected one of %1")
                         .arg(enumKeys.join(QStringLiteral(", ")));
            return false;
        }
        *value = stored.toString();
        return true;
    case FieldType::Bool:
        if (stored.typeId() == QMetaType::Bool || stored.canConvert<int>()) {
            *value = stored.toBool();
            return true;
        }
        *error = QCoreApplication::translate("bd::Fields", "expected true or false");
        return false;
    case FieldType::Int:
    case FieldType::OptionalInt: {
        if (empty && type == FieldType::OptionalInt) {
            *value = QVariant();
            return true;
        }
        bool ok = false;
        const double d = stored.toDouble(&ok);
        // Range first: converting an out-of-range double to int is undefined.
        if (!ok || d < 0 || d > 2'000'000'000.0 || d != static_cast<double>(static_cast<int>(d))) {
            *error =
                QCoreApplication::translate("bd::Fields", "expected a whole number from 0 to 2,000,000,000");
            return false;
        }
        *value = static_cast<int>(d);
        return true;
    }
    case FieldType::Date: {
        if (empty) {
            *value = QDate();
            return true;
        }
        // Exactly YYYY-MM-DD: Qt's ISO parser also takes "2024/08/27" and trailing text.
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = stored.toString();
        const QDate d =
            pattern.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!d.isValid()) {
            *error = QCoreApplication::translate("bd::Fields", "expected a date as YYYY-MM-DD");
            return false;
        }
        *value = d;
        return true;
    }
    case FieldType::DateTime: {
        if (empty) {
            *value = QDateTime();
            return true;
        }
        // A time without its offset would be read in this machine's zone: require the offset (or Z).
        static const QRegularExpression pattern(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
        const QString text = stored.toString();
        const QDateTime dt =
            pattern.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (!dt.isValid()) {
            *error = QCoreApplication::translate(
                "bd::Fields", "expected a date and time with its offset, as YYYY-MM-DDThh:mm[:ss]+09:00");
            return false;
        }
        *value = dt;
        return true;
    }
    }
    return false;
}

QString fieldLabel(const char* label, const char* key)
{
    return label ? QCoreApplication::translate("bd::Fields", label) : QString::fromLatin1(key);
}

QString fieldProblem(FieldType type, int maxLength, bool isCode, const char* label, const char* key,
                     const QVariant& value, bool named)
{
    if (type != FieldType::Text)
        return {};
    const QString field = named ? fieldLabel(label, key) : QString();
    const QString text = value.toString();
    if (isCode)
        return TextLimits::codeProblem(field, text);
    return maxLength > 0 ? TextLimits::tooLong(field, text, maxLength) : QString();
}

QString fieldDisplay(FieldType type, const QVariant& value)
{
    const QVariant s = fieldToStorage(type, value);
    return s.isNull() ? QString() : s.toString();
}

} // namespace bd
