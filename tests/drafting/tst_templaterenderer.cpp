// Rendering: every value escaped, data never expanded as a template, line breaks, plain text, refused tags,
// and one parsed template rendering many recipients.
#include "draftingfixtures.h"
#include "templaterenderer.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

using namespace bd;
using namespace bd::test;

class TestTemplateRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersValues();
    void hostileName_printsLiterally();
    void mustacheInData_neverExpands();
    void lineBreaks_becomeBr();
    void plainText_isNotHtmlEscaped();
    void sections_hideEmptyValues();
    void tripleMustache_refused();
    void partialAndDelimiters_refused();
    void syntaxError_notValid();
    void unknownPlaceholder_rendersEmpty();
    void cached_returnsTheSameParsedTemplate();
    void oneTemplate_manyRecipients();

private:
    DocumentContext contextFor(const Recipient& r, Lang lang = Lang::Ja) const;
    IncidentDocumentData m_demo;
};

void TestTemplateRenderer::initTestCase()
{
    m_demo = demoIncidentData();
}

DocumentContext TestTemplateRenderer::contextFor(const Recipient& r, Lang lang) const
{
    return DocumentContextBuilder(m_demo.incident, {}, groupFor(QStringLiteral("employees")),
                                  optionsFor(lang))
        .build(r);
}

void TestTemplateRenderer::rendersValues()
{
    const TemplateRenderer t(QStringLiteral("<p>{{recipient.honorific_name}}</p><p>{{dates.today}} "
                                            "{{group.people}}</p>"));
    QVERIFY(t.isValid());
    QCOMPARE(t.render(contextFor(person())),
             QStringLiteral("<p>山田　太郎　様</p><p>2024年12月25日 91名</p>"));
}

void TestTemplateRenderer::hostileName_printsLiterally()
{
    Recipient r = person();
    r.name = QStringLiteral("<script>alert(1)</script> & \"Bobby\" 'Tables' <b>太字</b>");
    const TemplateRenderer t(QStringLiteral("<p>{{recipient.name}}</p>"));
    const QString html = t.render(contextFor(r));
    QCOMPARE(html, QStringLiteral(
                       "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bobby&quot; &#39;Tables&#39; "
                       "&lt;b&gt;太字&lt;/b&gt;</p>"));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestTemplateRenderer::mustacheInData_neverExpands()
{
    Recipient r = person();
    r.name = QStringLiteral("{{incident.title}} {{{org.name}}} {{#items}}x{{/items}} {{>partial}}");
    Incident incident = m_demo.incident;
    incident.org.nameJa = QStringLiteral("{{recipient.name}}");
    const DocumentContext c =
        DocumentContextBuilder(incident, {}, groupFor(QStringLiteral("employees")), optionsFor(Lang::Ja))
            .build(r);
    const TemplateRenderer html(QStringLiteral("{{recipient.name}}|{{org.name}}"));
    QCOMPARE(html.render(c), QStringLiteral("{{incident.title}} {{{org.name}}} {{#items}}x{{/items}} "
                                            "{{&gt;partial}}|{{recipient.name}}"));
    const TemplateRenderer text(QStringLiteral("{{recipient.name}}|{{org.name}}"), TemplateFormat::PlainText);
    QCOMPARE(text.render(c), QStringLiteral("{{incident.title}} {{{org.name}}} {{#items}}x{{/items}} "
                                            "{{>partial}}|{{recipient.name}}"));
}

void TestTemplateRenderer::lineBreaks_becomeBr()
{
    Recipient r = person();
    r.address = QStringLiteral("東京都港区芝公園四丁目2番8号\r\nサンプルビル 5階\n<1号室>");
    const TemplateRenderer t(QStringLiteral("<p>{{recipient.address}}</p>"));
    QCOMPARE(t.render(contextFor(r)),
             QStringLiteral("<p>東京都港区芝公園四丁目2番8号<br/>サンプルビル 5階<br/>&lt;1号室&gt;</p>"));
    QCOMPARE(QString::fromStdString(TemplateRenderer::escapeHtml("a\rb")), QStringLiteral("a<br/>b"));
}

void TestTemplateRenderer::plainText_isNotHtmlEscaped()
{
    Recipient r = person();
    r.name = QStringLiteral("R&D <Team>");
    const TemplateRenderer t(QStringLiteral("{{recipient.name}}\n{{desk.phone}}\n"),
                             TemplateFormat::PlainText);
    QCOMPARE(t.format(), TemplateFormat::PlainText);
    QCOMPARE(t.render(contextFor(r)), QStringLiteral("R&D <Team>\n0120-000-123\n"));
}

void TestTemplateRenderer::sections_hideEmptyValues()
{
    const TemplateRenderer t(QStringLiteral("{{#recipient.title}}[{{recipient.title}}]{{/recipient.title}}"
                                            "{{^recipient.title}}(none){{/recipient.title}}"
                                            "{{^incident.possible}}した{{/incident.possible}}|"
                                            "{{#items}}{{label}}{{^last}}、{{/last}}{{/items}}"));
    const QString out = t.render(contextFor(person()));
    QVERIFY2(out.startsWith(QStringLiteral("(none)した|氏名、住所、")), qPrintable(out));
    QVERIFY(out.endsWith(QStringLiteral("健康診断情報、その他雇用管理に必要な情報")));
}

void TestTemplateRenderer::tripleMustache_refused()
{
    for (const QString& text :
         {QStringLiteral("<p>{{{recipient.name}}}</p>"), QStringLiteral("<p>{{& recipient.name}}</p>")}) {
        const TemplateRenderer t(text);
        QVERIFY(!t.isValid());
        QCOMPARE(t.problems().size(), 1);
        QCOMPARE(t.problems().first().kind, Problem::Kind::Unsafe);
        QVERIFY(t.render(contextFor(person())).isEmpty());
    }
    // Allowed for a placeholder declared as pre-escaped rich text.
    QList<Placeholder> catalogue = placeholderCatalogue();
    Placeholder rich;
    rich.name = QStringLiteral("recipient.name");
    rich.kind = PlaceholderKind::Rich;
    rich.group = PlaceholderGroup::Recipient;
    for (Placeholder& p : catalogue)
        if (p.key() == rich.name)
            p = rich;
    QVERIFY(
        TemplateRenderer(QStringLiteral("{{{recipient.name}}}"), TemplateFormat::Html, catalogue).isValid());
}

void TestTemplateRenderer::partialAndDelimiters_refused()
{
    QVERIFY(!TemplateRenderer(QStringLiteral("{{> recipient.name}}")).isValid());
    QVERIFY(!TemplateRenderer(QStringLiteral("{{=<% %>=}}<% recipient.name %>")).isValid());
}

void TestTemplateRenderer::syntaxError_notValid()
{
    const TemplateRenderer t(QStringLiteral("<p>\n{{#items}}{{label}}\n</p>"));
    QVERIFY(!t.isValid());
    QCOMPARE(t.problems().first().kind, Problem::Kind::Syntax);
    QCOMPARE(t.problems().first().line, 2);
    QVERIFY(TemplateRenderer().render(contextFor(person())).isEmpty());
}

void TestTemplateRenderer::unknownPlaceholder_rendersEmpty()
{
    const TemplateRenderer t(QStringLiteral("[{{no.such}}]"));
    QVERIFY(t.isValid()); // the validator reports it; a preview still shows the rest
    QCOMPARE(t.render(contextFor(person())), QStringLiteral("[]"));
}

void TestTemplateRenderer::cached_returnsTheSameParsedTemplate()
{
    const QString text = QStringLiteral("<p>{{recipient.name}}</p>");
    const TemplateRenderer a = TemplateRenderer::cached(text, TemplateFormat::Html);
    const TemplateRenderer b = TemplateRenderer::cached(text, TemplateFormat::Html);
    QVERIFY(a.isValid());
    QCOMPARE(a.render(contextFor(person())), b.render(contextFor(person())));
    const TemplateRenderer plain = TemplateRenderer::cached(text, TemplateFormat::PlainText);
    QCOMPARE(plain.format(), TemplateFormat::PlainText);
}

void TestTemplateRenderer::oneTemplate_manyRecipients()
{
    const TemplateRenderer t(QStringLiteral("<p>{{recipient.honorific_name}}</p><p>{{narrative.summary}}</p>"
                                            "<p>{{#items}}{{label}}{{/items}}</p>"));
    const DocumentContextBuilder builder(m_demo.incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::Ja));
    QList<Recipient> recipients;
    for (int i = 0; i < 2000; ++i) {
        Recipient r = person();
        r.id = i + 1;
        r.name = QStringLiteral("受取人 %1").arg(i + 1);
        recipients.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    // Several threads render with the same parsed template and the same shared context part.
    const QList<QString> pages = QtConcurrent::blockingMapped(
        recipients, [&](const Recipient& r) { return t.render(builder.build(r)); });
    const qint64 ms = timer.elapsed();
    QCOMPARE(pages.size(), recipients.size());
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY(pages.at(i).startsWith(QStringLiteral("<p>受取人　%1　様</p>").arg(i + 1)));
    qInfo("rendered %lld letters in %lld ms", qint64(pages.size()), ms);
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
