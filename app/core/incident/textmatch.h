// Finding a name in a document the way a reader would see it: after NFKC (full-width Ａｏｂａ, half-width
// ｱｵﾊﾞ and ㈱ read as Aoba, アオバ and (株)) and case folding, with line breaks and spaces ignored inside
// Japanese text (a PDF's text layer breaks lines anywhere). A name of ASCII letters only matches as whole
// words ("Aoba" not inside "Aobadai"). Used by the confidentiality check (confidentialitycheck.h).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class TextMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bd::TextMatcher)
public:
    explicit TextMatcher(const QString& text);

    struct Hit
    {
        qsizetype from = 0, to = 0; // in the original text
        QString excerpt;            // the original text around the hit, on one line
    };
    // The first place `needle` occurs; nullopt when it does not.
    std::optional<Hit> find(const QString& needle) const;

    static QString normalised(const QString& text); // NFKC, case folded, spaces kept
    // Why `text` cannot serve as a name or confidential text to look for (empty, one character, too
    // long); empty when it can. Translated.
    static QString problem(const QString& text);

private:
    QString m_original;
    // The text normalised twice: spaces collapsed to one, and spaces removed; with the original position of
    // each character.
    QString m_spaced, m_compact;
    QList<qsizetype> m_spacedAt, m_compactAt;
    Hit hitAt(const QList<qsizetype>& at, qsizetype from, qsizetype length) const;
};

} // namespace bd
