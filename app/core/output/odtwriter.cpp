#include "odtwriter.h"

#include "letterlayout.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace bd {
namespace {

// Qt 6.4's ODF writer tests for the old FontFamily property (0x2000, now QTextFormat::OldFontFamily) and
// writes "Sans" when it is missing, although the HTML importer sets only FontFamilies (which the writer then
// reads), and text in the default font has neither. Give every run both.
void nameFontFamilies(QTextDocument& doc, const QString& defaultFamily)
{
    struct Run
    {
        int from;
        int to;
        QString family;
    };
    QList<Run> runs;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString family = format.fontFamilies().toStringList().value(0, defaultFamily);
            if (!format.hasProperty(QTextFormat::OldFontFamily) ||
                !format.hasProperty(QTextFormat::FontFamilies))
                runs.append({fragment.position(), fragment.position() + fragment.length(), family});
        }
    }
    QTextCursor cursor(&doc);
    for (const Run& run : std::as_const(runs)) {
        QTextCharFormat family;
        family.setProperty(QTextFormat::OldFontFamily, run.family);
        family.setFontFamilies({run.family});
        cursor.setPosition(run.from);
        cursor.setPosition(run.to, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(family);
    }
}

} // namespace

OdtWriter::OdtWriter(const PageSetup& page) : m_page(page) {}

QByteArray OdtWriter::toOdt(const QString& html, QString* error) const
{
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    LetterLayout layout(m_page);
    layout.setHtml(html);
    nameFontFamilies(layout.document(), m_page.fontFamily);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&layout.document())) {
        if (error)
            *error = tr("Could not convert the letter to OpenDocument.");
        return {};
    }
    return odt;
}

bool OdtWriter::write(const QString& html, const QString& path, QString* error) const
{
    const QByteArray odt = toOdt(html, error);
    if (odt.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt) != odt.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bd
