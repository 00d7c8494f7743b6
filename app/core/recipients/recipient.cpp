#include "recipient.h"

#include <array>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

struct FieldInfo
{
    RecipientField field;
    const char16_t* key;
    const char16_t* ja;
    const char16_t* en;
};

constexpr std::array<FieldInfo, 10> kFields{{
    {RecipientField::Name, u"name", u"氏名", u"Name"},
    {RecipientField::Kana, u"kana", u"フリガナ", u"Name (kana)"},
    {RecipientField::Organisation, u"organisation", u"会社名", u"Organisation"},
    {RecipientField::Department, u"department", u"部署", u"Department"},
    {RecipientField::Title, u"title", u"役職", u"Title"},
    {RecipientField::Postcode, u"postcode", u"郵便番号", u"Postcode"},
    {RecipientField::Address, u"address", u"住所", u"Address"},
    {RecipientField::Email, u"email", u"メールアドレス", u"E-mail"},
    {RecipientField::Phone, u"phone", u"電話番号", u"Phone"},
    {RecipientField::Language, u"language", u"言語", u"Language"},
}};

const FieldInfo& info(RecipientField field)
{
    return kFields[static_cast<std::size_t>(field)];
}

QString* fixedMember(Recipient& r, RecipientField field)
{
    switch (field) {
    case RecipientField::Name:
        return &r.name;
    case RecipientField::Kana:
        return &r.kana;
    case RecipientField::Organisation:
        return &r.organisation;
    case RecipientField::Department:
        return &r.department;
    case RecipientField::Title:
        return &r.title;
    case RecipientField::Postcode:
        return &r.postcode;
    case RecipientField::Address:
        return &r.address;
    case RecipientField::Email:
        return &r.email;
    case RecipientField::Phone:
        return &r.phone;
    case RecipientField::Language:
        return &r.language;
    }
    return nullptr;
}

} // namespace

const QList<RecipientField>& recipientFields()
{
    static const QList<RecipientField> fields = [] {
        QList<RecipientField> list;
        for (const FieldInfo& f : kFields)
            list.append(f.field);
        return list;
    }();
    return fields;
}

QString recipientFieldKey(RecipientField field)
{
    return QString::fromUtf16(info(field).key);
}

std::optional<RecipientField> recipientFieldFromKey(QStringView key)
{
    for (const FieldInfo& f : kFields) {
        if (key == QStringView(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString recipientFieldLabel(RecipientField field, QStringView language)
{
    return QString::fromUtf16(language == u"ja" ? info(field).ja : info(field).en);
}

bool isCustomFieldKey(QStringView key)
{
    return key.startsWith(kCustomFieldPrefix);
}

QString customFieldKey(const QString& header)
{
    return kCustomFieldPrefix.toString() + header;
}

QString customFieldName(QStringView key)
{
    return isCustomFieldKey(key) ? key.mid(kCustomFieldPrefix.size()).toString() : QString();
}

bool isValidFieldKey(QStringView key)
{
    if (isCustomFieldKey(key))
        return key.size() > kCustomFieldPrefix.size();
    return recipientFieldFromKey(key).has_value();
}

QString fieldKeyLabel(QStringView key, QStringView language)
{
    if (const auto field = recipientFieldFromKey(key))
        return recipientFieldLabel(*field, language);
    return customFieldName(key);
}

QString recipientField(const Recipient& recipient, RecipientField field)
{
    return *fixedMember(const_cast<Recipient&>(recipient), field);
}

void setRecipientField(Recipient& recipient, RecipientField field, const QString& value)
{
    *fixedMember(recipient, field) = value;
}

QString recipientValue(const Recipient& recipient, QStringView key)
{
    if (const auto field = recipientFieldFromKey(key))
        return *fixedMember(const_cast<Recipient&>(recipient), *field);
    if (isCustomFieldKey(key))
        return recipient.custom.value(customFieldName(key));
    return {};
}

void setRecipientValue(Recipient& recipient, QStringView key, const QString& value)
{
    if (const auto field = recipientFieldFromKey(key))
        *fixedMember(recipient, *field) = value;
    else if (isCustomFieldKey(key) && key.size() > kCustomFieldPrefix.size())
        recipient.custom.insert(customFieldName(key), value);
}

std::optional<QString> normaliseLanguage(const QString& value)
{
    const QString v = value.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (v.isEmpty())
        return QString();
    static const QStringList ja{u"ja"_s,       u"jp"_s,     u"jpn"_s,  u"ja-jp"_s,
                                u"japanese"_s, u"日本語"_s, u"和文"_s, u"日本"_s};
    static const QStringList en{u"en"_s,      u"eng"_s,  u"en-us"_s, u"en-gb"_s,
                                u"english"_s, u"英語"_s, u"英文"_s};
    if (ja.contains(v))
        return u"ja"_s;
    if (en.contains(v))
        return u"en"_s;
    return std::nullopt;
}

} // namespace bd
