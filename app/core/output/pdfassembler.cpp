#include "pdfassembler.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace bd {
namespace {

constexpr int catalogId = 1;
constexpr int pagesId = 2;
constexpr int infoId = 3;
constexpr size_t flushSize = 256 * 1024;

std::string pdfText(const QString& text)
{
    // UTF-16BE with a byte order mark, as a hex string: always valid, whatever the text.
    std::string out = "<FEFF";
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        const auto unit = quint16(uchar(hex.at(i)) | uchar(hex.at(i + 1)) << 8);
        out += QByteArray::number(unit, 16).rightJustified(4, '0').toUpper().toStdString();
    }
    return out + ">";
}

} // namespace

struct PdfAssembler::Private
{
    QIODevice* out;
    PdfInfo info;
    std::string buffer;
    qint64 written = 0;
    std::vector<qint64> offsets{0, 0, 0, 0}; // by object id; 0 is the free head, 1–3 are written by finish()
    std::vector<int> kids;
    QString error;
    bool started = false;
    QCryptographicHash digest{QCryptographicHash::Sha256}; // of everything written: the file's /ID
    bool finished = false;                                 // the digest gave the /ID

    // Per appendPages() call.
    std::map<QPDFObjGen, int> ids;
    std::vector<std::pair<int, QPDFObjectHandle>> pending;

    bool flush()
    {
        if (buffer.empty())
            return true;
        if (!finished)
            digest.addData(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
        const qint64 n = out->write(buffer.data(), qint64(buffer.size()));
        if (n != qint64(buffer.size())) {
            error = out->errorString();
            return false;
        }
        buffer.clear();
        return true;
    }

    qint64 position() const { return written + qint64(buffer.size()); }

    void beginObject(int id)
    {
        if (size_t(id) >= offsets.size())
            offsets.resize(size_t(id) + 1, 0);
        offsets[size_t(id)] = position();
        buffer += std::to_string(id) + " 0 obj\n";
    }

    void endObject()
    {
        buffer += "\nendobj\n";
        if (buffer.size() >= flushSize) {
            written += qint64(buffer.size());
            flush();
        }
    }

    int newId()
    {
        offsets.push_back(0);
        return int(offsets.size() - 1);
    }

    int idFor(QPDFObjectHandle object)
    {
        const auto it = ids.find(object.getObjGen());
        if (it != ids.end())
            return it->second;
        // Never follow a reference up into the source's page tree, or to a page that is not being copied.
        if (object.isDictionary() && (object.getKey("/Type").isNameAndEquals("/Pages") ||
                                      object.getKey("/Type").isNameAndEquals("/Page")))
            return 0;
        const int id = newId();
        ids.emplace(object.getObjGen(), id);
        pending.emplace_back(id, object);
        return id;
    }

    void value(QPDFObjectHandle object, std::string& s)
    {
        if (object.isIndirect()) {
            const int id = idFor(object);
            s += id ? std::to_string(id) + " 0 R" : std::string("null");
            return;
        }
        contents(object, s);
    }

    void contents(QPDFObjectHandle object, std::string& s, const char* skipKey = nullptr)
    {
        if (object.isArray()) {
            s += '[';
            for (QPDFObjectHandle item : object.aitems()) {
                value(item, s);
                s += ' ';
            }
            s += ']';
        } else if (object.isDictionary()) {
            s += "<<";
            for (auto [key, item] : object.ditems()) {
                if ((skipKey && key == skipKey) || item.isNull())
                    continue;
                s += QPDFObjectHandle::newName(key).unparse();
                s += ' ';
                value(item, s);
                s += '\n';
            }
            s += ">>";
        } else {
            s += object.unparse();
        }
    }

    void writeObject(int id, QPDFObjectHandle object)
    {
        beginObject(id);
        if (object.isStream()) {
            const std::shared_ptr<Buffer> data = object.getRawStreamData();
            std::string dict = "<<";
            for (auto [key, item] : object.getDict().ditems()) {
                if (key == "/Length" || item.isNull())
                    continue;
                dict += QPDFObjectHandle::newName(key).unparse() + ' ';
                value(item, dict);
                dict += '\n';
            }
            buffer += dict + "/Length " + std::to_string(data->getSize()) + ">>\nstream\n";
            buffer.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
            buffer += "\nendstream";
        } else {
            contents(object, buffer);
        }
        endObject();
    }

    void writePage(int id, QPDFObjectHandle page)
    {
        beginObject(id);
        std::string s;
        contents(page, s, "/Parent");
        s.insert(2, "/Parent " + std::to_string(pagesId) + " 0 R\n");
        buffer += s;
        endObject();
    }

    void drain()
    {
        while (!pending.empty()) {
            auto [id, object] = pending.back();
            pending.pop_back();
            writeObject(id, object);
        }
    }

    bool start()
    {
        if (started)
            return true;
        started = true;
        buffer += "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
        return true;
    }
};

PdfAssembler::PdfAssembler(QIODevice* out, const PdfInfo& info) : d(std::make_unique<Private>())
{
    d->out = out;
    d->info = info;
}

PdfAssembler::~PdfAssembler() = default;

bool PdfAssembler::appendPages(QPDF& source, int first, int count)
{
    if (!d->error.isEmpty())
        return false;
    d->start();
    try {
        source.pushInheritedAttributesToPage();
        const std::vector<QPDFObjectHandle>& all = source.getAllPages();
        if (first < 0 || count < 0 || size_t(first) + size_t(count) > all.size()) {
            d->error = QStringLiteral("page range %1+%2 outside 0..%3").arg(first).arg(count).arg(all.size());
            return false;
        }
        d->ids.clear();
        std::vector<int> pageIds;
        for (int i = first; i < first + count; ++i) {
            const int id = d->newId();
            d->ids.emplace(all[size_t(i)].getObjGen(), id);
            pageIds.push_back(id);
        }
        for (int i = 0; i < count; ++i) {
            d->writePage(pageIds[size_t(i)], all[size_t(first + i)]);
            d->drain();
            d->kids.push_back(pageIds[size_t(i)]);
        }
        d->ids.clear();
    } catch (const std::exception& e) {
        d->error = QString::fromLocal8Bit(e.what());
        return false;
    }
    d->written += qint64(d->buffer.size());
    return d->flush();
}

bool PdfAssembler::finish()
{
    if (!d->error.isEmpty())
        return false;
    d->start();
    std::string& b = d->buffer;
    d->beginObject(pagesId);
    b += "<</Type /Pages\n/Count " + std::to_string(d->kids.size()) + "\n/Kids [";
    for (size_t i = 0; i < d->kids.size(); ++i)
        b += std::to_string(d->kids[i]) + (i % 10 == 9 ? " 0 R\n" : " 0 R ");
    b += "]>>";
    d->endObject();

    d->beginObject(catalogId);
    b += "<</Type /Catalog\n/Pages " + std::to_string(pagesId) + " 0 R";
    if (!d->info.language.isEmpty())
        b += "\n/Lang " + pdfText(d->info.language);
    if (!d->info.title.isEmpty())
        b += "\n/ViewerPreferences <</DisplayDocTitle true>>";
    b += ">>";
    d->endObject();

    d->beginObject(infoId);
    b += "<</Producer " +
         pdfText(QStringLiteral("BreachDesk (Qt %1, qpdf)").arg(QString::fromLatin1(qVersion())));
    const std::pair<const char*, const QString*> fields[] = {{"/Title ", &d->info.title},
                                                             {"/Author ", &d->info.author},
                                                             {"/Subject ", &d->info.subject},
                                                             {"/Keywords ", &d->info.keywords},
                                                             {"/Creator ", &d->info.creator}};
    for (const auto& [key, text] : fields) {
        if (!text->isEmpty())
            b += std::string("\n") + key + pdfText(*text);
    }
    for (const auto& [key, text] : d->info.custom)
        b += "\n" + QPDFObjectHandle::newName("/" + key.toStdString()).unparse() + " " + pdfText(text);
    const QDateTime created =
        d->info.creationDate.isValid() ? d->info.creationDate.toUTC() : QDateTime::currentDateTimeUtc();
    const QString stamp = created.toString(QStringLiteral("yyyyMMddHHmmss"));
    b += "\n/CreationDate (D:" + stamp.toStdString() + "Z)>>";
    d->endObject();

    const qint64 xref = d->position();
    b += "xref\n0 " + std::to_string(d->offsets.size()) + "\n0000000000 65535 f \n";
    char line[24];
    for (size_t id = 1; id < d->offsets.size(); ++id) {
        std::snprintf(line, sizeof line, "%010lld 00000 n \n", static_cast<long long>(d->offsets[id]));
        b += line;
    }
    // The same bytes give the same /ID (ISO 32000-1 14.4 asks only that it identify the file).
    d->digest.addData(QByteArrayView(b.data(), qsizetype(b.size())));
    const std::string id = d->digest.result().left(16).toHex().toStdString();
    d->finished = true;
    b += "trailer\n<</Size " + std::to_string(d->offsets.size()) + " /Root " + std::to_string(catalogId) +
         " 0 R /Info " + std::to_string(infoId) + " 0 R /ID [<" + id + "> <" + id + ">]>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
    d->written += qint64(b.size());
    return d->flush();
}

int PdfAssembler::pageCount() const
{
    return int(d->kids.size());
}

QString PdfAssembler::errorString() const
{
    return d->error;
}

} // namespace bd
