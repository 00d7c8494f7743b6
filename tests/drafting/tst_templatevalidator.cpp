// Validation before output: syntax errors and unknown placeholders with their line and column, refused tags,
// list fields outside their list, empty required values, unreachable recipients and missing English texts.
#include "draftingfixtures.h"
#include "templatevalidator.h"

#include <QtTest>

using namespace bd;
using namespace bd::test;

namespace {

QString describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTemplateValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validTemplate_noProblems();
    void unknownPlaceholder_lineAndColumn();
    void listFieldOutsideItsList_explained();
    void nestedListFields_resolve();
    void unclosedTag_line();
    void unclosedSection_line();
    void strayAndMismatchedEnd_lines();
    void emptyTag_reported();
    void tripleMustache_refused();
    void partialAndDelimiter_refused();
    void listOrFlagAsValue_reported();
    void analysis_listsUses();
    void requiredEmpty_reported();
    void postWithoutAddress_reportedWithRow();
    void emailWithoutAddress_reported();
    void recipientChecks_skippedWithoutRecipient();
    void englishMissing_warningAtFirstUse();
    void consignorWithoutDataSets_errorAndNote();

private:
    IncidentDocumentData m_demo;
};

void TestTemplateValidator::initTestCase()
{
    m_demo = demoIncidentData();
}

void TestTemplateValidator::validTemplate_noProblems()
{
    const QString text =
        QStringLiteral("<p>{{recipient.honorific_name}}</p>\n{{! a comment }}\n"
                       "{{#items}}{{label}}{{#sensitive}}*{{/sensitive}}{{^last}}、{{/last}}{{/items}}"
                       "{{#desk.email}}{{desk.email}}{{/desk.email}}{{ incident.title }}");
    const QList<Problem> problems = TemplateValidator::checkTemplate(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestTemplateValidator::unknownPlaceholder_lineAndColumn()
{
    const QString text = QStringLiteral("<p>{{org.name}}</p>\n<p>ご担当：{{desk.nmae}}</p>\n");
    const QList<Problem> problems = TemplateValidator::checkTemplate(text);
    QCOMPARE(problems.size(), 1);
    const Problem& p = problems.first();
    QCOMPARE(p.kind, Problem::Kind::UnknownPlaceholder);
    QCOMPARE(p.severity, Problem::Severity::Error);
    QCOMPARE(p.placeholder, QStringLiteral("desk.nmae"));
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, 8); // "<p>ご担当：" is 7 characters
    QCOMPARE(p.offset, text.indexOf(QStringLiteral("{{desk.nmae")));
    QVERIFY(p.message.contains(QStringLiteral("desk.nmae")));
}

void TestTemplateValidator::listFieldOutsideItsList_explained()
{
    const QList<Problem> problems = TemplateValidator::checkTemplate(QStringLiteral("{{label}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::UnknownPlaceholder);
    QVERIFY2(problems.first().message.contains(QStringLiteral("{{#items}}")),
             qPrintable(problems.first().message));
    // After the list closes its fields are out of scope again.
    QCOMPARE(
        TemplateValidator::checkTemplate(QStringLiteral("{{#items}}{{label}}{{/items}}{{label}}")).size(), 1);
    // An inverted list section has no entries in scope.
    QCOMPARE(TemplateValidator::checkTemplate(QStringLiteral("{{^items}}{{label}}{{/items}}")).size(), 1);
}

void TestTemplateValidator::nestedListFields_resolve()
{
    const QString text = QStringLiteral("{{#consignor.data_sets}}{{group_label}} {{people}}: "
                                        "{{#items}}{{label}}{{^last}}, {{/last}}{{/items}} {{org.name}}"
                                        "{{^last}}; {{/last}}{{/consignor.data_sets}}");
    const QList<Problem> problems = TemplateValidator::checkTemplate(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    const TemplateAnalysis analysis = TemplateValidator::analyse(text);
    QVERIFY(analysis.usesPlaceholder(QStringLiteral("consignor.data_sets/items/label")));
    QVERIFY(!analysis.usesPlaceholder(QStringLiteral("items/label")));
}

void TestTemplateValidator::unclosedTag_line()
{
    const QList<Problem> problems =
        TemplateValidator::checkTemplate(QStringLiteral("<p>a</p>\n<p>b</p>\n<p>{{incident.title</p>\n"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Syntax);
    QCOMPARE(problems.first().line, 3);
    QCOMPARE(problems.first().column, 4);
}

void TestTemplateValidator::unclosedSection_line()
{
    const QList<Problem> problems = TemplateValidator::checkTemplate(
        QStringLiteral("<p>\n</p>\n<p>{{#items}}{{label}}</p>\n<p>{{org.name}}</p>"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Syntax);
    QCOMPARE(problems.first().line, 3);
    QVERIFY2(problems.first().message.contains(QStringLiteral("{{#items}}")),
             qPrintable(problems.first().message));
}

void TestTemplateValidator::strayAndMismatchedEnd_lines()
{
    QList<Problem> problems = TemplateValidator::checkTemplate(QStringLiteral("a\n{{/items}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().kind, Problem::Kind::Syntax);

    // {{#desk.email}} is left open when {{/items}} closes the outer section.
    problems =
        TemplateValidator::checkTemplate(QStringLiteral("{{#items}}\n{{#desk.email}}{{label}}\n{{/items}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 2);
    QVERIFY(problems.first().message.contains(QStringLiteral("desk.email")));
}

void TestTemplateValidator::emptyTag_reported()
{
    const QList<Problem> problems = TemplateValidator::checkTemplate(QStringLiteral("x {{ }} y {{#}}"));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).column, 3);
    QCOMPARE(problems.at(1).column, 11);
}

void TestTemplateValidator::tripleMustache_refused()
{
    QList<Problem> problems =
        TemplateValidator::checkTemplate(QStringLiteral("<p>\n  {{{narrative.summary}}}</p>"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Unsafe);
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().column, 3);
    problems = TemplateValidator::checkTemplate(QStringLiteral("{{&narrative.summary}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Unsafe);
}

void TestTemplateValidator::partialAndDelimiter_refused()
{
    QList<Problem> problems = TemplateValidator::checkTemplate(QStringLiteral("{{> letterhead}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Unsafe);
    problems = TemplateValidator::checkTemplate(QStringLiteral("{{=<% %>=}}"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Unsafe);
}

void TestTemplateValidator::listOrFlagAsValue_reported()
{
    const QList<Problem> problems =
        TemplateValidator::checkTemplate(QStringLiteral("{{items}} {{incident.possible}}"));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).kind, Problem::Kind::Misuse);
    QCOMPARE(problems.at(0).placeholder, QStringLiteral("items"));
    QCOMPARE(problems.at(1).placeholder, QStringLiteral("incident.possible"));
}

void TestTemplateValidator::analysis_listsUses()
{
    const TemplateAnalysis a =
        TemplateValidator::analyse(QStringLiteral("{{org.name}}{{#items}}{{label}}{{/items}}{{org.name}}"));
    QCOMPARE(a.uses.size(), 4);
    QVERIFY(a.usesPlaceholder(QStringLiteral("items/label")));
    QCOMPARE(a.uses.at(3).tag.column, 42);
}

void TestTemplateValidator::requiredEmpty_reported()
{
    Incident incident = m_demo.incident;
    incident.org.desk.phone.clear();
    incident.org.desk.email.clear(); // optional: not reported
    const DocumentContext c =
        DocumentContextBuilder(incident, {}, groupFor(QStringLiteral("employees")), optionsFor(Lang::Ja))
            .build(person());
    const QList<Problem> problems = TemplateValidator::check(
        QStringLiteral("<p>{{desk.email}}</p>\n<p>電話：{{desk.phone}}</p>\n<p>{{desk.phone}}</p>"), c);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::EmptyValue);
    QCOMPARE(problems.first().placeholder, QStringLiteral("desk.phone"));
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().column, 7);
    QCOMPARE(problems.first().recipientId, qint64(0)); // not a recipient's fault
}

void TestTemplateValidator::postWithoutAddress_reportedWithRow()
{
    const DocumentContextBuilder builder(m_demo.incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::Ja));
    Recipient r = person();
    r.address = QStringLiteral("  ");
    // The template prints the address: reported once, at its place.
    QList<Problem> problems =
        TemplateValidator::check(QStringLiteral("<p>\n{{recipient.address}}</p>"), builder.build(r));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().recipientId, qint64(7));
    QCOMPARE(problems.first().sourceRow, 12);
    QVERIFY(problems.first().message.contains(QStringLiteral("12")));
    // It does not: still reported, since a letter by post needs an address on the envelope.
    problems = TemplateValidator::check(QStringLiteral("<p>{{recipient.name}}</p>"), builder.build(r));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Problem::Kind::Recipient);
    QCOMPARE(problems.first().line, 0);
    QCOMPARE(problems.first().sourceRow, 12);
    QCOMPARE(TemplateValidator::checkRecipient(r, QStringLiteral("post")).size(), 1);
    QVERIFY(TemplateValidator::checkRecipient(person(), QStringLiteral("post")).isEmpty());
}

void TestTemplateValidator::emailWithoutAddress_reported()
{
    const DocumentContextBuilder builder(m_demo.incident, {},
                                         groupFor(QStringLiteral("candidates"), QStringLiteral("email")),
                                         optionsFor(Lang::Ja));
    Recipient r = person();
    r.email.clear();
    r.address.clear(); // not needed for e-mail
    const QList<Problem> problems =
        TemplateValidator::check(QStringLiteral("{{recipient.honorific_name}}"), builder.build(r));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().placeholder, QStringLiteral("recipient.email"));
}

void TestTemplateValidator::recipientChecks_skippedWithoutRecipient()
{
    const DocumentContextBuilder builder(m_demo.incident, {}, groupFor(QStringLiteral("employees")),
                                         optionsFor(Lang::Ja));
    const QList<Problem> problems = TemplateValidator::check(
        QStringLiteral("{{recipient.honorific_name}} {{recipient.address}}"), builder.build());
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestTemplateValidator::englishMissing_warningAtFirstUse()
{
    Incident incident = m_demo.incident;
    for (Narrative& n : incident.narratives)
        if (n.section == NarrativeSection::Cause)
            n.textEn.clear();
    const DocumentContext c =
        DocumentContextBuilder(incident, {}, groupFor(QStringLiteral("employees")), optionsFor(Lang::En))
            .build(person());
    const QList<Problem> problems = TemplateValidator::check(
        QStringLiteral("<p>{{narrative.summary}}</p>\n<p>{{narrative.cause}}</p>"), c);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(problems.first().kind, Problem::Kind::MissingTranslation);
    QCOMPARE(problems.first().line, 2);
    QVERIFY(!hasErrors(problems));
    // A template that does not use the section is not warned about it.
    QVERIFY(TemplateValidator::check(QStringLiteral("{{narrative.summary}}"), c).isEmpty());
}

void TestTemplateValidator::consignorWithoutDataSets_errorAndNote()
{
    const DocumentContextBuilder builder(
        m_demo.incident, {}, groupFor(QString::fromLatin1(ConsignorClientsGroupKey)), optionsFor(Lang::Ja));
    Recipient stranger = consignorClient();
    stranger.organisation = QStringLiteral("かもめ生命保険株式会社");
    const QList<Problem> problems = TemplateValidator::check(
        QStringLiteral("{{#consignor.data_sets}}{{group_label}}{{/consignor.data_sets}}"),
        builder.build(stranger));
    QCOMPARE(problems.size(), 2);
    QVERIFY(hasErrors(problems));
    for (const Problem& p : problems) {
        QCOMPARE(p.placeholder, QStringLiteral("consignor.data_sets"));
        QCOMPARE(p.recipientId, qint64(3));
        QCOMPARE(p.line, 1);
    }
}

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "tst_templatevalidator.moc"
