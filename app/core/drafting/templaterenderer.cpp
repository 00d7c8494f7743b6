#include "templaterenderer.h"

#include "templatevalidator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

namespace bd {

TemplateRenderer::TemplateRenderer(const QString& text, TemplateFormat format,
                                   const QList<Placeholder>& catalogue)
    : m_format(format)
{
    for (const Problem& p : TemplateValidator::checkTemplate(text, catalogue))
        if (p.kind == Problem::Kind::Syntax || p.kind == Problem::Kind::Unsafe)
            m_problems.append(p);
    if (!m_problems.isEmpty())
        return;
    auto compiled = std::make_shared<kainjow::mustache::mustache>(text.toStdString());
    if (!compiled->is_valid()) {
        // The scan above checks what kainjow's parser checks; this is a safety net.
        Problem p;
        p.kind = Problem::Kind::Syntax;
        p.message = QString::fromStdString(compiled->error_message());
        m_problems.append(p);
        return;
    }
    if (format == TemplateFormat::Html)
        compiled->set_custom_escape(&TemplateRenderer::escapeHtml);
    else
        compiled->set_custom_escape([](const std::string& value) { return value; });
    m_compiled = std::move(compiled);
}

TemplateRenderer TemplateRenderer::cached(const QString& text, TemplateFormat format)
{
    static QMutex mutex;
    static QHash<QByteArray, TemplateRenderer> cache;
    constexpr qsizetype capacity = 32;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(format == TemplateFormat::Html ? "h" : "t"));
    hash.addData(text.toUtf8());
    const QByteArray key = hash.result();
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
    }
    TemplateRenderer renderer(text, format);
    QMutexLocker lock(&mutex);
    if (cache.size() >= capacity)
        cache.clear();
    cache.insert(key, renderer);
    return renderer;
}

QString TemplateRenderer::render(const DocumentContext& context) const
{
    if (!m_compiled)
        return {};
    // The recipient's part is searched first, then the shared incident part: nothing is copied per recipient.
    kainjow::mustache::context<std::string> stack;
    if (context.shared)
        stack.push(context.shared.get());
    stack.push(&context.own);
    return QString::fromStdString(m_compiled->render(stack));
}

std::string TemplateRenderer::escapeHtml(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "<br/>";
            break;
        case '\n':
            out += "<br/>";
            break;
        default:
            out += c; // UTF-8 continuation bytes never equal an ASCII character
        }
    }
    return out;
}

} // namespace bd
