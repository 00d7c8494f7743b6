#pragma once

#include "pagesetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bd {

// A draft as an OpenDocument text file (QTextDocumentWriter, format "odf") for further editing in an office
// suite. The letter is parsed exactly as for the PDF, so the letter fonts are named in the file.
class OdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(bd::OdtWriter)

public:
    explicit OdtWriter(const PageSetup& page = {});

    QByteArray toOdt(const QString& html, QString* error = nullptr) const;
    // Writes through QSaveFile: the file appears complete or not at all.
    bool write(const QString& html, const QString& path, QString* error = nullptr) const;

private:
    PageSetup m_page;
};

} // namespace bd
