// How a batch of letters is laid out for printing and enveloping (mail-merge safety): control numbers on
// every page, a recipient id in each letter's PDF and a CSV manifest (controlmark.h, lettermanifest.h),
// padding to an even page count for duplex printing, and the address block in a window envelope's window
// (addresswindow.h). An issued batch records its layout (LetterBatch::layout) so that a copy is made the same
// way, byte for byte; batches issued before layouts were recorded have none, and their copies carry none of
// these marks, as they were issued.
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <optional>

namespace bd {

struct PrintLayout
{
    bool marks = true;    // control numbers, recipient ids and the manifest
    bool padEven = false; // each letter to an even page count
    QRectF windowMm;      // the envelope window (PageSetup::addressWindowMm); null: no window envelope

    // "pad=even;window=23,13,90,45", "pad=none;window=none"; empty for a layout without marks.
    QString key() const;
    // The layout a batch records; an empty key is one without marks. Nullopt for a key not understood.
    static std::optional<PrintLayout> fromKey(const QString& key);
    bool operator==(const PrintLayout&) const = default;
};

// The stored default window for --envelope (print_setting "envelope.naga3.window").
inline constexpr auto Naga3WindowSetting = "envelope.naga3.window";

} // namespace bd
