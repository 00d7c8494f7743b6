// Long-text benchmark: how the time to make one letter grows with the length of the incident's narratives.
// The built-in 本人通知 (or its English version) is rendered for one recipient with every narrative section
// it prints holding N characters of Japanese (or English) prose, written as the editor stores it (paragraphs
// of about 150 characters, one a line), for N = max/8, max/4, max/2 and max (max: TextLimit::Narrative, or
// --chars). For each N it times the Mustache rendering, the layout (LetterLayout: parse, paginate, keep
// headings with their text) and the whole PDF (ChunkRenderer: layout, drawing, Qt's PDF writer, text-layer
// repair), the fastest of --rounds runs.
//
//   bench_longtext [--chars N] [--rounds R] [--lang ja|en] [--paragraph N] [--max-ratio X]
//
// Prints a table and the ratio time(max) / time(max/4) of each stage; linear growth gives about 4. Exits 1
// when the layout's or the PDF's ratio is above --max-ratio (default 6): the check that making a letter stays
// linear in the text's length.

#include "builtintemplates.h"
#include "chunkrenderer.h"
#include "documentcontext.h"
#include "letterlayout.h"
#include "templaterenderer.h"
#include "textlimits.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace bd;

namespace {

bool unbrokenText = false;

// Prose of `chars` characters, one paragraph a line, deterministic.
QString prose(qsizetype chars, Lang lang, qsizetype paragraphChars)
{
    static const QStringList ja = {
        QStringLiteral("当社が業務を委託している事業者のサーバーに対して第三者による不正アクセスが行われ、"),
        QStringLiteral(
            "お客様の氏名、住所、電話番号等の個人情報が漏えいしたおそれがあることが判明いたしました。"),
        QStringLiteral("現在、外部の専門機関の協力を得て、被害の範囲及び原因の調査を進めております。"),
        QStringLiteral("今後、新たな事実が判明した場合には、速やかにお知らせいたします。"),
        QStringLiteral("2024年8月29日、ファイル1,024件の複製が確認されました（𠮷田支店分を含みます）。"),
        QStringLiteral("個人情報保護委員会への報告を行うとともに、警察にも相談しております。")};
    static const QStringList en = {
        QStringLiteral("A third party gained unauthorised access to a server of a contractor we entrust "
                       "with part of our business. "),
        QStringLiteral("Names, addresses and telephone numbers of customers may have been disclosed. "),
        QStringLiteral("With the help of outside specialists we are investigating the cause and scope. "),
        QStringLiteral("We will let you know promptly when we learn more. "),
        QStringLiteral("On 29 August 2024 we found that 1,024 files had been copied. "),
        QStringLiteral("We have reported the incident to the Personal Information Protection Commission. ")};
    // Text without a single break opportunity (a pasted key, URL or base64 blob): lines must break anywhere.
    static const QStringList unbroken = {
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")};
    const QStringList& parts = unbrokenText ? unbroken : lang == Lang::Ja ? ja : en;
    QString text;
    text.reserve(chars);
    qsizetype paragraph = 0;
    for (int i = 0; text.size() < chars; ++i) {
        if (paragraphChars > 0 && paragraph > paragraphChars) {
            text += QLatin1Char('\n');
            paragraph = 0;
        }
        const QString& part = parts.at(i % parts.size());
        text += part;
        paragraph += part.size();
    }
    text.truncate(chars);
    return text;
}

Incident incidentWith(qsizetype chars, Lang lang, qsizetype paragraphChars)
{
    Incident incident;
    incident.id = 1;
    incident.code = QStringLiteral("INC-2024-003");
    incident.titleJa = QStringLiteral("個人情報の漏えいのおそれに関するお詫びとお知らせ");
    incident.titleEn = QStringLiteral("Notice of a possible personal data breach");
    incident.org.nameJa = QStringLiteral("みなと損害鑑定株式会社");
    incident.org.nameEn = QStringLiteral("Minato Loss Adjusters Co., Ltd.");
    incident.org.representativeJa = QStringLiteral("代表取締役 浜田 誠");
    incident.org.representativeEn = QStringLiteral("Makoto Hamada, Representative Director");
    incident.org.desk.nameJa = QStringLiteral("個人情報お問い合わせ窓口");
    incident.org.desk.nameEn = QStringLiteral("Personal Information Desk");
    incident.org.desk.phone = QStringLiteral("0120-000-123");
    incident.event.leak = EventCertainty::Possible;
    incident.knownAt = QDateTime(QDate(2024, 8, 27), QTime(9, 30));
    DataSet set;
    set.id = 1;
    set.groupKey = QString::fromLatin1(GroupKey::Employees);
    set.people = 1200;
    set.itemKeys = {QStringLiteral("name"), QStringLiteral("address")};
    incident.dataSets = {set};
    for (const NarrativeSection section : allNarrativeSections()) {
        Narrative n;
        n.section = section;
        (lang == Lang::Ja ? n.textJa : n.textEn) = prose(chars, lang, paragraphChars);
        incident.narratives.append(n);
    }
    return incident;
}

QString letterHtml(qsizetype chars, Lang lang, qsizetype paragraphChars)
{
    const std::optional<BuiltinTemplate> text =
        BuiltinTemplates::load(QString::fromLatin1(TemplateKind::LetterIndividual), langKey(lang));
    const TemplateRenderer renderer(text ? text->body : QString());
    DocumentGroup group;
    group.key = QString::fromLatin1(GroupKey::Employees);
    const DocumentContextBuilder builder(incidentWith(chars, lang, paragraphChars), {}, group,
                                         {lang, DateStyle::Seireki, QDate(2024, 12, 25), {}});
    Recipient to;
    to.id = 1;
    to.name = QStringLiteral("山田 太郎");
    to.postcode = QStringLiteral("100-0001");
    to.address = QStringLiteral("東京都千代田区千代田1番1号");
    return renderer.render(builder.build(to));
}

// The fastest of `rounds` runs: on a shared machine the others mostly measure the load.
double fastestMs(int rounds, const std::function<void()>& work)
{
    double best = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = timer.nsecsElapsed() / 1e6;
        best = i == 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions(
        {{QStringLiteral("chars"), QStringLiteral("Characters per narrative section at most."),
          QStringLiteral("n"), QString::number(TextLimit::Narrative)},
         {QStringLiteral("rounds"), QStringLiteral("Runs per size (the fastest is shown)."),
          QStringLiteral("n"), QStringLiteral("5")},
         {QStringLiteral("lang"), QStringLiteral("ja or en."), QStringLiteral("lang"), QStringLiteral("ja")},
         {QStringLiteral("paragraph"),
          QStringLiteral("Characters per paragraph (a line of the narrative); 0: one paragraph."),
          QStringLiteral("n"), QStringLiteral("150")},
         {QStringLiteral("unbroken"),
          QStringLiteral("Letters without spaces or any other line-break opportunity instead of prose.")},
         {QStringLiteral("max-ratio"), QStringLiteral("Fail above this time(max) / time(max/4)."),
          QStringLiteral("x"), QStringLiteral("6")}});
    cli.process(app);
    const qsizetype max = cli.value(QStringLiteral("chars")).toLongLong();
    const int rounds = std::max(1, cli.value(QStringLiteral("rounds")).toInt());
    const Lang lang = cli.value(QStringLiteral("lang")) == QLatin1String("en") ? Lang::En : Lang::Ja;
    const double maxRatio = cli.value(QStringLiteral("max-ratio")).toDouble();
    const qsizetype paragraphChars = cli.value(QStringLiteral("paragraph")).toLongLong();
    unbrokenText = cli.isSet(QStringLiteral("unbroken"));

    struct Row
    {
        qsizetype chars;
        qsizetype printed;
        int pages;
        double mustache, layout, pdf;
    };
    QList<Row> rows;
    const PageSetup page;
    for (const qsizetype chars : {max / 8, max / 4, max / 2, max}) {
        Row row{chars, 0, 0, 0, 0, 0};
        QString html;
        row.mustache = fastestMs(rounds, [&] { html = letterHtml(chars, lang, paragraphChars); });
        row.layout = fastestMs(rounds, [&] {
            LetterLayout layout(page);
            layout.setHtml(html);
            row.pages = layout.pageCount();
            row.printed = layout.toPlainText().size();
        });
        row.pdf = fastestMs(rounds, [&] {
            const RenderedChunk chunk = ChunkRenderer(page, {}).render({LetterInput{html, -1, {}, {}, {}}});
            if (!chunk.pdf)
                std::fprintf(stderr, "PDF failed: %s\n", qPrintable(chunk.error));
        });
        rows.append(row);
        std::printf("%7lld chars/section  %8lld printed  %4d pages   mustache %8.1f ms   layout %8.1f ms   "
                    "PDF %8.1f ms\n",
                    qlonglong(row.chars), qlonglong(row.printed), row.pages, row.mustache, row.layout,
                    row.pdf);
        std::fflush(stdout);
    }
    const Row& quarter = rows.at(1);
    const Row& full = rows.at(3);
    // Mustache takes a few milliseconds at most: its ratio is shown, but only layout and PDF are checked.
    const double ratios[] = {full.layout / quarter.layout, full.pdf / quarter.pdf};
    std::printf("time(%lld) / time(%lld): mustache %.2f, layout %.2f, PDF %.2f (linear: 4)\n",
                qlonglong(full.chars), qlonglong(quarter.chars), full.mustache / quarter.mustache, ratios[0],
                ratios[1]);
    const bool ok =
        std::all_of(std::begin(ratios), std::end(ratios), [&](double r) { return r <= maxRatio; });
    if (!ok)
        std::printf("FAIL: a ratio is above %.1f\n", maxRatio);
    return ok ? 0 : 1;
}
