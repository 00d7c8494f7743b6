#include "textlimits.h"

#include <QLocale>

namespace bd {

qsizetype TextLimits::characters(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

QString TextLimits::tooLong(const QString& field, QStringView text, int max)
{
    // A quick exit for the common case: fewer UTF-16 units than the limit are fewer characters too.
    if (text.size() <= max)
        return {};
    const qsizetype length = characters(text);
    if (length <= max)
        return {};
    const QLocale locale;
    if (field.isEmpty())
        return tr("is too long: %1 characters, at most %2")
            .arg(locale.toString(qlonglong(length)), locale.toString(max));
    return tr("%1 is too long: %2 characters, at most %3.")
        .arg(field, locale.toString(qlonglong(length)), locale.toString(max));
}

QString TextLimits::codeProblem(const QString& field, QStringView code)
{
    if (code.trimmed().isEmpty())
        return field.isEmpty() ? tr("must not be empty") : tr("%1 must not be empty.").arg(field);
    if (const QString why = tooLong(field, code, TextLimit::Code); !why.isEmpty())
        return why;
    for (const QChar c : code) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return field.isEmpty() ? tr("must not contain control characters or line breaks")
                                   : tr("%1 must not contain control characters or line breaks.").arg(field);
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return field.isEmpty() ? tr("must not contain / or \\")
                                   : tr("%1 must not contain / or \\.").arg(field);
    }
    return {};
}

int TextLimits::recipientLimit(QStringView fieldKey)
{
    if (fieldKey == u"address")
        return TextLimit::Address;
    if (fieldKey == u"email")
        return TextLimit::Email;
    if (fieldKey == u"postcode" || fieldKey == u"phone" || fieldKey == u"language")
        return TextLimit::Phone;
    if (fieldKey.startsWith(u"custom:"))
        return TextLimit::RecipientCustom;
    return TextLimit::Name; // name, kana, organisation, department, title
}

QString TextLimits::recipientTooLong(QStringView fieldKey, QStringView value)
{
    const QStringView name = fieldKey.startsWith(u"custom:") ? fieldKey.mid(7) : fieldKey;
    return tooLong(name.toString(), value, recipientLimit(fieldKey));
}

} // namespace bd
