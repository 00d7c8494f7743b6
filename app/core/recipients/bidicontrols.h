// Bidirectional formatting characters (Unicode Standard Annex #9, "Explicit Directional Embeddings",
// "Explicit Directional Overrides", "Explicit Directional Isolates" and "Implicit Directional Marks"): text
// that contains them can be shown in another order than the one it is stored in — a name that reads as
// something else. An import warns about them and keeps the text; a letter prints each value isolated, so
// that no value can reorder the text around it.
#pragma once

#include <QString>

namespace bd {

// U+202A–U+202E (embeddings, overrides and their pop), U+2066–U+2069 (isolates and their pop), U+200E/U+200F
// (left-to-right and right-to-left marks) and U+061C (Arabic letter mark).
bool isBidiControl(QChar c);
bool hasBidiControls(QStringView text);

// `text` between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), for printing a value
// inside other text: whatever controls the value holds end with it. A POP DIRECTIONAL ISOLATE in the value
// without its own initiator is left out (it would close the wrapping isolate early), and isolates the value
// opens but does not close are closed before the wrapper's own.
QString isolatedForPrinting(QStringView text);

} // namespace bd
