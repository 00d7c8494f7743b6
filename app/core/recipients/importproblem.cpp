#include "importproblem.h"

using namespace Qt::StringLiterals;

namespace bd {

QString problemKindKey(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::MissingName:
        return u"missing-name"_s;
    case ProblemKind::MissingValue:
        return u"missing-value"_s;
    case ProblemKind::BadEmail:
        return u"bad-email"_s;
    case ProblemKind::UnknownLanguage:
        return u"unknown-language"_s;
    case ProblemKind::TooManyColumns:
        return u"too-many-columns"_s;
    case ProblemKind::TooFewColumns:
        return u"too-few-columns"_s;
    case ProblemKind::Unreadable:
        return u"unreadable"_s;
    case ProblemKind::MalformedQuote:
        return u"malformed-quote"_s;
    case ProblemKind::UnterminatedQuote:
        return u"unterminated-quote"_s;
    case ProblemKind::RecordTooLong:
        return u"record-too-long"_s;
    case ProblemKind::ReadError:
        return u"read-error"_s;
    case ProblemKind::LoneSurrogate:
        return u"lone-surrogate"_s;
    case ProblemKind::NulCharacter:
        return u"nul-character"_s;
    case ProblemKind::BidiControl:
        return u"bidi-control"_s;
    case ProblemKind::CjkRadical:
        return u"cjk-radical"_s;
    }
    return {};
}

} // namespace bd
