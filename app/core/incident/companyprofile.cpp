#include "companyprofile.h"

#include "fieldmacros.h"
#include "textlimits.h"

namespace bd {

const QList<CompanyProfileFieldSpec>& companyProfileFields()
{
    using P = CompanyProfile;
    static const QList<CompanyProfileFieldSpec> fields = {
        BD_TEXT(P, "org_name_ja", "org_name_ja", org.nameJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation name (Japanese)")),
        BD_TEXT(P, "org_name_en", "org_name_en", org.nameEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation name (English)")),
        BD_TEXT(P, "org_address_ja", "org_address_ja", org.addressJa, TextLimit::Address,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation address (Japanese)")),
        BD_TEXT(P, "org_address_en", "org_address_en", org.addressEn, TextLimit::Address,
                QT_TRANSLATE_NOOP("bd::Fields", "Organisation address (English)")),
        BD_TEXT(P, "org_representative_ja", "org_representative_ja", org.representativeJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Representative (Japanese)")),
        BD_TEXT(P, "org_representative_en", "org_representative_en", org.representativeEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Representative (English)")),
        BD_TEXT(P, "desk_name_ja", "desk_name_ja", org.desk.nameJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk name (Japanese)")),
        BD_TEXT(P, "desk_name_en", "desk_name_en", org.desk.nameEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk name (English)")),
        BD_TEXT(P, "desk_phone", "desk_phone", org.desk.phone, TextLimit::Phone,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk phone")),
        BD_TEXT(P, "desk_phone_abroad", "desk_phone_abroad", org.desk.phoneAbroad, TextLimit::Phone,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk phone for callers abroad")),
        BD_TEXT(P, "desk_email", "desk_email", org.desk.email, TextLimit::Email,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk e-mail")),
        BD_TEXT(P, "desk_hours_ja", "desk_hours_ja", org.desk.hoursJa, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk hours (Japanese)")),
        BD_TEXT(P, "desk_hours_en", "desk_hours_en", org.desk.hoursEn, TextLimit::Note,
                QT_TRANSLATE_NOOP("bd::Fields", "Contact desk hours (English)")),
        BD_TEXT(P, "industry_ja", "industry_ja", industryJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Industry (Japanese)")),
        BD_TEXT(P, "industry_en", "industry_en", industryEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Industry (English)")),
        BD_TEXT(P, "reporter_department_ja", "reporter_department_ja", reporterDepartmentJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's department (Japanese)")),
        BD_TEXT(P, "reporter_department_en", "reporter_department_en", reporterDepartmentEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's department (English)")),
        BD_TEXT(P, "reporter_name_ja", "reporter_name_ja", reporterNameJa, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's name (Japanese)")),
        BD_TEXT(P, "reporter_name_en", "reporter_name_en", reporterNameEn, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's name (English)")),
        BD_TEXT(P, "reporter_phone", "reporter_phone", reporterPhone, TextLimit::Phone,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's direct line")),
        BD_TEXT(P, "reporter_email", "reporter_email", reporterEmail, TextLimit::Email,
                QT_TRANSLATE_NOOP("bd::Fields", "Reporter's e-mail")),
        BD_BOOL(P, "pmark_holder", "pmark_holder", pmarkHolder),
        BD_TEXT(P, "pmark_body", "pmark_body", pmarkBody, TextLimit::Name,
                QT_TRANSLATE_NOOP("bd::Fields", "P-mark review body")),
        BD_BOOL(P, "gdpr_applies", "gdpr_applies", gdprApplies),
        CompanyProfileFieldSpec{"letter_date_style", "letter_date_style", FieldType::Enum,
                                [](const P& o) { return QVariant(o.letterDateStyle); },
                                [](P& o, const QVariant& v) { o.letterDateStyle = v.toString(); },
                                QStringList{QStringLiteral("seireki"), QStringLiteral("wareki")}},
    };
    return fields;
}

const CompanyProfileFieldSpec* companyProfileField(const QString& key)
{
    for (const CompanyProfileFieldSpec& f : companyProfileFields())
        if (f.name() == key)
            return &f;
    return nullptr;
}

void CompanyProfile::applyTo(Incident& incident) const
{
    for (const CompanyProfileFieldSpec& f : companyProfileFields())
        if (const IncidentFieldSpec* same = incidentField(f.name()))
            same->set(incident, f.get(*this));
}

} // namespace bd
