#include "columnmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

// Normalised header → field. Keys are written as normaliseHeader() produces them.
const QHash<QString, RecipientField>& headerDictionary()
{
    static const QHash<QString, RecipientField> dictionary = [] {
        QHash<QString, RecipientField> d;
        const auto add = [&d](RecipientField f, std::initializer_list<const char16_t*> names) {
            for (const char16_t* n : names)
                d.insert(ColumnMapping::normaliseHeader(QStringView(n)), f);
        };
        add(RecipientField::Name, {u"氏名", u"名前", u"お名前", u"姓名", u"氏名漢字", u"漢字氏名", u"宛名",
                                   u"姓", u"名", u"名字", u"苗字", u"Name", u"Full name", u"Last name",
                                   u"First name", u"Surname", u"Given name", u"Family name"});
        add(RecipientField::Kana,
            {u"フリガナ",     u"ふりがな",    u"カナ",         u"かな",     u"氏名カナ", u"氏名フリガナ",
             u"氏名ふりがな", u"カナ氏名",    u"フリガナ氏名", u"よみがな", u"ヨミガナ", u"よみ",
             u"セイ",         u"メイ",        u"姓カナ",       u"名カナ",   u"Kana",     u"Furigana",
             u"Name kana",    u"Name (kana)", u"Phonetic name"});
        add(RecipientField::Organisation,
            {u"会社名", u"会社", u"所属会社", u"勤務先", u"勤務先名", u"法人名", u"企業名", u"団体名",
             u"取引先", u"取引先名", u"委託元", u"Company", u"Company name", u"Organisation", u"Organization",
             u"Employer"});
        add(RecipientField::Department, {u"部署", u"部署名", u"所属部署", u"所属", u"部門", u"部課",
                                         u"Department", u"Dept", u"Division", u"Section"});
        add(RecipientField::Title,
            {u"役職", u"役職名", u"肩書", u"肩書き", u"Title", u"Job title", u"Position"});
        add(RecipientField::Postcode,
            {u"郵便番号", u"〒", u"郵便", u"Postcode", u"Post code", u"Postal code", u"ZIP", u"ZIP code"});
        add(RecipientField::Address,
            {u"住所", u"所在地", u"送付先住所", u"現住所", u"都道府県", u"市区町村", u"番地", u"町名番地",
             u"建物名", u"Address", u"Address line", u"Street address"});
        add(RecipientField::Email,
            {u"メール", u"メールアドレス", u"Eメール", u"Eメールアドレス", u"電子メール", u"メアド",
             u"E-mail", u"Email address", u"Mail", u"Mail address"});
        add(RecipientField::Phone, {u"電話", u"電話番号", u"TEL", u"携帯", u"携帯電話", u"携帯番号",
                                    u"携帯電話番号", u"Phone", u"Phone number", u"Telephone", u"Mobile"});
        add(RecipientField::Language, {u"言語", u"使用言語", u"希望言語", u"通知言語", u"Language", u"Lang"});
        return d;
    }();
    return dictionary;
}

// Longer headers recognised by how they end: 担当者氏名, 連絡先メールアドレス, 自宅住所 …
struct SuffixRule
{
    const char16_t* suffix;
    RecipientField field;
};
constexpr SuffixRule kSuffixRules[] = {
    {u"フリガナ", RecipientField::Kana},       {u"ふりがな", RecipientField::Kana},
    {u"カナ", RecipientField::Kana},           {u"メールアドレス", RecipientField::Email},
    {u"emailaddress", RecipientField::Email},  {u"email", RecipientField::Email},
    {u"電話番号", RecipientField::Phone},      {u"phonenumber", RecipientField::Phone},
    {u"郵便番号", RecipientField::Postcode},   {u"住所", RecipientField::Address},
    {u"会社名", RecipientField::Organisation}, {u"部署名", RecipientField::Department},
    {u"氏名", RecipientField::Name},
};

bool isDroppedInHeader(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'-':
    case u'_':
    case u'.':
    case u'・':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'「':
    case u'」':
    case u'【':
    case u'】':
    case u'〔':
    case u'〕':
    case u'*':
    case u'※':
    case u'/':
    case u'\'':
    case u'"':
    case u'#':
    case 0xFF65: // ･ half-width middle dot
        return true;
    default:
        return false;
    }
}

} // namespace

ColumnMapping::ColumnMapping(int columnCount)
{
    m_fields.resize(qMax(columnCount, 0));
}

QString ColumnMapping::normaliseHeader(QStringView header)
{
    const QString nfkc = header.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (!isDroppedInHeader(c))
            out.append(c);
    }
    qsizetype end = out.size();
    while (end > 0 && out[end - 1].isDigit())
        --end;
    if (end > 0)
        out.truncate(end);
    return out;
}

std::optional<RecipientField> ColumnMapping::guessField(const QString& header)
{
    const QString key = normaliseHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto& dictionary = headerDictionary();
    if (const auto it = dictionary.constFind(key); it != dictionary.cend())
        return *it;
    for (const SuffixRule& rule : kSuffixRules) {
        if (key.endsWith(QStringView(rule.suffix)))
            return rule.field;
    }
    return std::nullopt;
}

bool ColumnMapping::allowsSeveralColumns(QStringView fieldKey)
{
    return fieldKey == u"name" || fieldKey == u"kana" || fieldKey == u"address";
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    ColumnMapping mapping(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header[column].trimmed();
        if (name.isEmpty())
            continue;
        QString key = customFieldKey(name);
        if (const auto field = guessField(name)) {
            const QString fixed = recipientFieldKey(*field);
            if (allowsSeveralColumns(fixed) || !mapping.isMapped(fixed))
                key = fixed;
        }
        mapping.m_fields[column] = key;
    }
    return mapping;
}

QString ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column] : QString();
}

void ColumnMapping::setField(int column, const QString& fieldKey)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        m_fields.resize(column + 1);
    m_fields[column] = fieldKey;
}

QList<int> ColumnMapping::columnsFor(QStringView fieldKey) const
{
    QList<int> columns;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!fieldKey.isEmpty() && m_fields[i] == fieldKey)
            columns.append(i);
    }
    return columns;
}

QStringList ColumnMapping::validate(bool organisationsGroup) const
{
    QStringList errors;
    if (!isMapped(u"name") && !(organisationsGroup && isMapped(u"organisation"))) {
        errors.append(
            organisationsGroup
                ? QCoreApplication::translate("bd::Recipients",
                                              "No column is mapped to the name or the organisation.")
                : QCoreApplication::translate("bd::Recipients", "No column is mapped to the name."));
    }
    for (RecipientField f : recipientFields()) {
        const QString key = recipientFieldKey(f);
        if (!allowsSeveralColumns(key) && columnsFor(key).size() > 1) {
            errors.append(QCoreApplication::translate("bd::Recipients",
                                                      "Several columns are mapped to the field \"%1\".")
                              .arg(recipientFieldLabel(f, u"en")));
        }
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields[i].isEmpty() && !isValidFieldKey(m_fields[i]))
            errors.append(
                QCoreApplication::translate("bd::Recipients", "Column %1 is mapped to an unknown field.")
                    .arg(i + 1));
    }
    return errors;
}

QJsonObject ColumnMapping::toJson(const QStringList& header) const
{
    QJsonArray columns;
    const int n = int(qMax(header.size(), m_fields.size()));
    for (int i = 0; i < n; ++i) {
        columns.append(
            QJsonObject{{u"column"_s, i + 1}, {u"header"_s, header.value(i)}, {u"field"_s, field(i)}});
    }
    return QJsonObject{{u"version"_s, 1}, {u"columns"_s, columns}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    struct Remembered
    {
        QString header;
        QString field;
        bool used = false;
    };
    QList<Remembered> remembered;
    for (const QJsonValue& v : json.value(u"columns"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString fieldKey = o.value(u"field"_s).toString();
        if (fieldKey.isEmpty() || isValidFieldKey(fieldKey))
            remembered.append({normaliseHeader(o.value(u"header"_s).toString()), fieldKey});
    }
    ColumnMapping mapping = guess(header);
    for (int column = 0; column < header.size(); ++column) {
        const QString key = normaliseHeader(header[column]);
        if (key.isEmpty())
            continue;
        for (Remembered& r : remembered) {
            if (!r.used && r.header == key) {
                r.used = true;
                mapping.m_fields[column] = r.field;
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::fromSpec(const QString& spec, const QStringList& header,
                                                     const ColumnMapping& base, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<ColumnMapping> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto findColumn = [&header](const QString& ref) -> int {
        bool isNumber = false;
        const int number = ref.toInt(&isNumber);
        if (isNumber)
            return number >= 1 && number <= header.size() ? number - 1 : -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed() == ref)
                return i;
        }
        const QString key = normaliseHeader(ref);
        for (int i = 0; i < header.size(); ++i) {
            if (!key.isEmpty() && normaliseHeader(header[i]) == key)
                return i;
        }
        return -1;
    };

    ColumnMapping mapping = base;
    mapping.m_fields.resize(qMax(mapping.m_fields.size(), header.size()));
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(
                QCoreApplication::translate("bd::Recipients", "\"%1\" is not of the form field=column.")
                    .arg(part.trimmed()));
        const QString fieldKey = part.left(eq).trimmed();
        const bool ignore = fieldKey == u"ignore" || fieldKey == u"-";
        if (!ignore && !isValidFieldKey(fieldKey))
            return fail(QCoreApplication::translate("bd::Recipients", "Unknown field \"%1\".").arg(fieldKey));
        QList<int> columns;
        for (const QString& ref : part.mid(eq + 1).split(u'+', Qt::SkipEmptyParts)) {
            const int column = findColumn(ref.trimmed());
            if (column < 0)
                return fail(QCoreApplication::translate("bd::Recipients", "The file has no column \"%1\".")
                                .arg(ref.trimmed()));
            columns.append(column);
        }
        if (columns.isEmpty())
            return fail(
                QCoreApplication::translate("bd::Recipients", "No column given for \"%1\".").arg(fieldKey));
        if (!ignore) {
            for (QString& f : mapping.m_fields) {
                if (f == fieldKey)
                    f.clear();
            }
        }
        for (int column : columns)
            mapping.m_fields[column] = ignore ? QString() : fieldKey;
    }
    return mapping;
}

} // namespace bd
