// How a letter addresses its recipient (domain.md §7): 「山田　太郎　様」 for a person, 「株式会社○○　御中」
// for an organisation or department, 「株式会社○○　○○部　山田　太郎　様」 for a person at a company — never
// 御中 and 様 together, every space a full-width one. English letters use the name (or the organisation when
// there is no name).
#pragma once

#include "narrative.h"
#include "recipient.h"

#include <QString>

namespace bd {

// `organisations`: the recipient group holds organisations, so a recipient with a name but no organisation is
// taken to be an organisation written in the name column.
QString honorificName(const Recipient& recipient, bool organisations, Lang lang);

// The person a letter is addressed to, without honorific; empty when it is addressed to an organisation (no
// name, or, in a group of organisations, a name standing for the organisation).
QString addresseePerson(const Recipient& recipient, bool organisations);

// The text without an honorific someone already typed at its end (様, 御中, 殿, さま, 各位), trimmed.
QString withoutHonorific(const QString& text);

} // namespace bd
