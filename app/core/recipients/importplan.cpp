#include "importplan.h"

#include "celltext.h"
#include "csvreader.h"
#include "formulaguard.h"
#include "textencoding.h"
#include "textlimits.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

QString withoutWhitespace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Dash-like characters NFKC leaves apart (addresses are typed with all of them: 1−2−3, 1‐2‐3 …). The
// katakana long vowel mark ー is not among them: it is part of names and place names.
QString unifyDashes(QString text)
{
    for (QChar& c : text) {
        switch (c.unicode()) {
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0xFE63:
            c = u'-';
            break;
        default:
            break;
        }
    }
    return text;
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

bool isForbiddenInLocalPart(QChar c)
{
    return c.isSpace() || c.unicode() < 0x20 || QStringView(u"<>()[]\\,;:\"@").contains(c);
}

} // namespace

bool isPlausibleEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at > 64)
        return false;
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at + 1);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (QChar c : local) {
        if (isForbiddenInLocalPart(c))
            return false;
    }
    if (domain.size() < 3 || domain.size() > 253 || !domain.contains(u'.'))
        return false;
    for (QStringView label : domain.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (!isDomainChar(c))
                return false;
        }
    }
    return true;
}

bool ImportPlan::hasErrors() const
{
    if (counts.rejected > 0 || !fatalError.isEmpty())
        return true;
    for (const ImportProblem& p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

QString ImportPlan::summary() const
{
    // Each count is its own plural phrase (%Ln: with the locale's digit grouping).
    const QString records =
        QCoreApplication::translate("bd::Recipients", "%Ln row(s)", nullptr, counts.records);
    const QString accepted =
        QCoreApplication::translate("bd::Recipients", "%Ln accepted", nullptr, counts.accepted);
    const QString rejected =
        QCoreApplication::translate("bd::Recipients", "%Ln with problems", nullptr, counts.rejected);
    const QString identical = QCoreApplication::translate(
        "bd::Recipients", "%Ln identical row(s) imported once", nullptr, counts.duplicates);
    const QString possible = QCoreApplication::translate("bd::Recipients", "%Ln possible duplicate(s) marked",
                                                         nullptr, counts.possibleDuplicates);
    QString text = QCoreApplication::translate(
                       "bd::Recipients", "%1: %2, %3, %4, %5.",
                       "import summary: rows, accepted, with problems, identical rows, possible duplicates")
                       .arg(records, accepted, rejected, identical, possible);
    if (!fatalError.isEmpty())
        text +=
            u' ' + QCoreApplication::translate("bd::Recipients", "Reading stopped early: %1").arg(fatalError);
    return text;
}

ImportPlanner::ImportPlanner(const SourceRecord& header, const ColumnMapping& mapping,
                             const ImportOptions& options)
    : m_options(options)
{
    m_plan.header = header.cells;
    m_plan.headerRow = header.row;
    m_plan.mapping = mapping;
    for (int column = 0; column < header.cells.size(); ++column) {
        const QString key = mapping.field(column);
        m_keys.append(key);
        if (key.isEmpty())
            continue;
        auto it = std::find_if(m_targets.begin(), m_targets.end(),
                               [&key](const Target& t) { return t.key == key; });
        if (it == m_targets.end()) {
            m_targets.append({key, recipientFieldFromKey(key), customFieldName(key), {column}});
            m_plan.fields.append(key);
        } else {
            it->columns.append(column);
        }
    }

    for (ImportProblem p : header.problems) {
        p.columnName = columnName(p.column);
        m_plan.problems.append(p);
    }
    checkHeader(m_plan.header);

    m_existing = m_options.existing;
    m_options.existing.clear();
    m_existingIndex = RecipientIndex(m_plan.fields);
    m_acceptedIndex = RecipientIndex(m_plan.fields);
    m_existingIndex.reserve(m_existing.size());
    for (qsizetype i = 0; i < m_existing.size(); ++i)
        m_existingIndex.add(m_existing, i, m_existingIndex.keysOf(m_existing[i]));
}

void ImportPlanner::checkHeader(QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        QString& cell = cells[column];
        const CellTextFindings found = bd::checkCellText(cell);
        if (firstUndecodable(cell) >= 0 || found.loneSurrogates > 0 || found.nulCharacters > 0) {
            addProblem(m_plan.headerRow, column, QString(), ProblemKind::Unreadable, ProblemSeverity::Error,
                       QCoreApplication::translate(
                           "bd::Recipients", "The header has characters that could not be read: check the "
                                             "file's encoding."));
        }
    }
}

QString ImportPlanner::emailKey(const QString& email)
{
    return email.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

QString ImportPlanner::nameAddressKey(const QString& name, const QString& address)
{
    const QString n = withoutWhitespace(name.normalized(QString::NormalizationForm_KC)).toCaseFolded();
    const QString a =
        unifyDashes(withoutWhitespace(address.normalized(QString::NormalizationForm_KC))).toCaseFolded();
    if (n.isEmpty() || a.isEmpty())
        return {};
    return n + QChar(0x1F) + a;
}

QString ImportPlanner::columnName(int column) const
{
    return column >= 0 ? m_plan.header.value(column) : QString();
}

void ImportPlanner::addProblem(int row, int column, const QString& field, ProblemKind kind,
                               ProblemSeverity severity, const QString& message)
{
    ImportProblem p;
    p.row = row;
    p.column = column;
    p.columnName = columnName(column);
    p.field = field;
    p.kind = kind;
    p.severity = severity;
    p.message = message;
    m_plan.problems.append(p);
}

QString ImportPlanner::cellValue(const QStringList& cells, const QList<int>& columns) const
{
    if (columns.size() == 1)
        return restoreFormulaGuard(cells.value(columns.front()).trimmed());
    QStringList parts;
    for (int column : columns) {
        const QString part = restoreFormulaGuard(cells.value(column).trimmed());
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

int ImportPlanner::firstColumn(QStringView key) const
{
    for (const Target& t : m_targets) {
        if (t.key == key)
            return t.columns.front();
    }
    return -1;
}

void ImportPlanner::add(const SourceRecord& record)
{
    if (record.isBlank() && record.problems.isEmpty()) {
        ++m_plan.counts.blank;
        return;
    }
    ++m_plan.counts.records;
    const int row = record.row;
    Outcome outcome;
    for (ImportProblem p : record.problems) {
        p.columnName = columnName(p.column);
        p.field = p.column >= 0 ? m_keys.value(p.column) : QString();
        m_plan.problems.append(p);
        outcome.error = outcome.error || p.isError();
        outcome.warning = outcome.warning || !p.isError();
    }
    QStringList cells = record.cells; // shared: a cell is copied only when a check repairs it
    for (const Outcome& o : {checkColumnCount(row, cells), checkCells(row, cells)}) {
        outcome.error = outcome.error || o.error;
        outcome.warning = outcome.warning || o.warning;
    }

    Recipient r;
    r.groupId = m_options.groupId;
    r.sourceFile = m_options.sourceFile;
    r.sourceRow = row;
    for (const Target& t : std::as_const(m_targets)) {
        QString value = cellValue(cells, t.columns);
        if (const QString tooLong = TextLimits::recipientTooLong(t.key, value); !tooLong.isEmpty()) {
            addProblem(row, t.columns.front(), t.key, ProblemKind::RecordTooLong, ProblemSeverity::Error,
                       tooLong);
            outcome.error = true;
        }
        if (t.field)
            setRecipientField(r, *t.field, value);
        else if (!t.customName.isEmpty())
            r.custom.insert(t.customName, value);
    }
    const Outcome checked = validate(r, row);
    if (outcome.error || checked.error) {
        ++m_plan.counts.rejected;
        m_plan.rejected.append(r);
        return;
    }
    if (outcome.warning || checked.warning)
        ++m_plan.counts.warnings;
    classify(std::move(r));
}

ImportPlanner::Outcome ImportPlanner::checkColumnCount(int row, const QStringList& cells)
{
    const int width = int(m_keys.size());
    const int count = int(cells.size());
    Outcome outcome;
    if (count > width) {
        for (int column = width; column < count; ++column) {
            if (!cells[column].trimmed().isEmpty()) { // (Excel writes trailing empty cells: those are fine)
                addProblem(row, column, QString(), ProblemKind::TooManyColumns, ProblemSeverity::Error,
                           QCoreApplication::translate("bd::Recipients",
                                                       "The row has %1 columns but the header has %2.")
                               .arg(count)
                               .arg(width));
                outcome.error = true;
                break;
            }
        }
    } else if (count < width) {
        for (int column = count; column < width; ++column) {
            if (!m_keys[column].isEmpty()) {
                addProblem(row, -1, QString(), ProblemKind::TooFewColumns, ProblemSeverity::Warning,
                           QCoreApplication::translate("bd::Recipients",
                                                       "The row has %1 columns but the header has %2; the "
                                                       "missing ones are read as empty.")
                               .arg(count)
                               .arg(width));
                outcome.warning = true;
                break;
            }
        }
    }
    return outcome;
}

ImportPlanner::Outcome ImportPlanner::checkCells(int row, QStringList& cells)
{
    Outcome outcome;
    const int width = int(m_keys.size());
    for (int column = 0; column < qMin(int(cells.size()), width); ++column) {
        if (m_keys[column].isEmpty())
            continue;
        QString cell = std::as_const(cells)[column]; // (the list is copied only when a cell is repaired)
        if (firstUndecodable(cell) >= 0) {
            addProblem(row, column, m_keys[column], ProblemKind::Unreadable, ProblemSeverity::Error,
                       QCoreApplication::translate(
                           "bd::Recipients", "Characters that could not be read in the chosen encoding."));
            outcome.error = true;
        }
        const Outcome text = checkCellText(row, column, cell);
        outcome.error = outcome.error || text.error;
        outcome.warning = outcome.warning || text.warning;
        if (cell.constData() != std::as_const(cells)[column].constData()) // repaired
            cells[column] = cell;
    }
    return outcome;
}

// Lone surrogates, NUL, bidirectional controls and CJK radicals in one mapped cell (celltext.h).
ImportPlanner::Outcome ImportPlanner::checkCellText(int row, int column, QString& cell)
{
    Outcome outcome;
    const CellTextFindings found = bd::checkCellText(cell);
    if (!found.any())
        return outcome;
    const QString& field = m_keys[column];
    const auto report = [&](ProblemKind kind, ProblemSeverity severity, const QString& message) {
        addProblem(row, column, field, kind, severity, message);
        (severity == ProblemSeverity::Error ? outcome.error : outcome.warning) = true;
    };
    if (found.loneSurrogates > 0)
        report(ProblemKind::LoneSurrogate, ProblemSeverity::Error,
               QCoreApplication::translate("bd::Recipients",
                                           "A broken character (half of a UTF-16 surrogate pair): the file "
                                           "is damaged in this cell."));
    if (found.nulCharacters > 0)
        report(ProblemKind::NulCharacter, ProblemSeverity::Error,
               QCoreApplication::translate("bd::Recipients",
                                           "The cell contains a NUL character: the file is damaged here, "
                                           "or it is not a text file."));
    if (found.bidiControls > 0)
        report(ProblemKind::BidiControl, ProblemSeverity::Warning,
               QCoreApplication::translate("bd::Recipients",
                                           "The cell contains invisible characters that change the "
                                           "direction of text, so it may display as something else. The "
                                           "text is kept; check it."));
    if (found.radicalsReplaced > 0)
        report(ProblemKind::CjkRadical, ProblemSeverity::Warning,
               QCoreApplication::translate("bd::Recipients",
                                           "%n CJK radical character(s) that look like kanji were replaced "
                                           "by the kanji (for example ⽥ U+2F65 by 田).",
                                           nullptr, found.radicalsReplaced));
    if (found.radicalsUnmapped > 0)
        report(ProblemKind::CjkRadical, ProblemSeverity::Warning,
               QCoreApplication::translate("bd::Recipients",
                                           "The cell contains CJK radical characters that stand for no "
                                           "kanji; check the text."));
    return outcome;
}

// The checks on the recipient a row makes: a name, an e-mail the channel can use, an address for a postal
// group, a known language.
ImportPlanner::Outcome ImportPlanner::validate(Recipient& r, int row)
{
    Outcome outcome;
    if (r.name.isEmpty() && !(m_options.organisationsGroup && !r.organisation.isEmpty())) {
        addProblem(row, firstColumn(u"name"), u"name"_s, ProblemKind::MissingName, ProblemSeverity::Error,
                   m_options.organisationsGroup
                       ? QCoreApplication::translate("bd::Recipients", "Neither a name nor an organisation.")
                       : QCoreApplication::translate("bd::Recipients", "The name is missing."));
        outcome.error = true;
    }
    r.email = r.email.normalized(QString::NormalizationForm_KC).trimmed();
    if (!r.email.isEmpty() && !isPlausibleEmail(r.email)) {
        // Kept as written for the officer to correct: the person can still be written to by post.
        const ProblemSeverity severity =
            m_options.requireEmail ? ProblemSeverity::Error : ProblemSeverity::Warning;
        addProblem(row, firstColumn(u"email"), u"email"_s, ProblemKind::BadEmail, severity,
                   m_options.requireEmail
                       ? QCoreApplication::translate("bd::Recipients", "The e-mail address is not valid.")
                       : QCoreApplication::translate("bd::Recipients",
                                                     "The e-mail address is not valid; the row is imported "
                                                     "for letters by post."));
        (m_options.requireEmail ? outcome.error : outcome.warning) = true;
    } else if (r.email.isEmpty() && m_options.requireEmail) {
        addProblem(row, firstColumn(u"email"), u"email"_s, ProblemKind::MissingValue, ProblemSeverity::Error,
                   QCoreApplication::translate("bd::Recipients", "The e-mail address is missing."));
        outcome.error = true;
    }
    if (r.address.isEmpty() && m_options.requireAddress) {
        addProblem(row, firstColumn(u"address"), u"address"_s, ProblemKind::MissingValue,
                   ProblemSeverity::Error,
                   QCoreApplication::translate("bd::Recipients", "The postal address is missing."));
        outcome.error = true;
    }
    if (const auto language = normaliseLanguage(r.language)) {
        r.language = *language;
    } else {
        addProblem(row, firstColumn(u"language"), u"language"_s, ProblemKind::UnknownLanguage,
                   ProblemSeverity::Warning,
                   QCoreApplication::translate("bd::Recipients",
                                               "The language is neither Japanese nor English; the group's "
                                               "default is used."));
        r.language.clear();
        outcome.warning = true;
    }
    return outcome;
}

// A good row: held back when identical to a recipient already in the group or to an earlier row, else
// accepted — marked when it only resembles one (recipientmatch.h).
void ImportPlanner::classify(Recipient&& r)
{
    const MatchKeys keys = m_acceptedIndex.keysOf(r);
    qint64 existingId = 0;
    int firstRow = 0;
    if (const RecipientMatch m = m_existingIndex.findIdentical(m_existing, r, keys))
        existingId = m_existing[m.index].id;
    else if (const RecipientMatch a = m_acceptedIndex.findIdentical(m_plan.accepted, r, keys))
        firstRow = m_plan.accepted[a.index].sourceRow;
    else
        existingId = -1;
    if (existingId >= 0) { // identical: imported once
        ImportDuplicate duplicate;
        duplicate.recipient = std::move(r);
        duplicate.existingId = existingId;
        duplicate.firstRow = firstRow;
        m_plan.duplicates.append(std::move(duplicate));
        ++m_plan.counts.duplicates;
        return;
    }
    if (const RecipientMatch m = m_existingIndex.findSimilar(m_existing, keys)) {
        r.possibleDuplicate = m.kind;
        r.possibleDuplicateOf = m_existing[m.index].id;
    } else if (const RecipientMatch a = m_acceptedIndex.findSimilar(m_plan.accepted, keys)) {
        r.possibleDuplicate = a.kind;
        r.possibleDuplicateOfRow = m_plan.accepted[a.index].sourceRow;
    }
    if (r.possibleDuplicate)
        ++m_plan.counts.possibleDuplicates;
    m_plan.accepted.append(std::move(r));
    m_acceptedIndex.add(m_plan.accepted, m_plan.accepted.size() - 1, keys);
    ++m_plan.counts.accepted;
}

void ImportPlanner::setFatalError(const QString& message)
{
    m_plan.fatalError = message;
}

ImportPlan ImportPlanner::takePlan()
{
    ImportPlan plan = std::move(m_plan);
    m_plan = ImportPlan();
    m_acceptedIndex.clear();
    return plan;
}

ImportPlan planImport(const SourceRecord& header, const QList<SourceRecord>& records,
                      const ColumnMapping& mapping, const ImportOptions& options)
{
    ImportPlanner planner(header, mapping, options);
    for (const SourceRecord& record : records)
        planner.add(record);
    return planner.takePlan();
}

ImportPlan planImport(RecordSource& source, const ImportOptions& options,
                      const std::function<ColumnMapping(const QStringList& header)>& mappingFor)
{
    SourceRecord header;
    bool haveHeader = false;
    while (source.readNext(&header)) {
        if (!header.isBlank()) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        ImportPlan plan;
        plan.fatalError = source.errorString().isEmpty()
                              ? QCoreApplication::translate("bd::Recipients", "The file has no rows.")
                              : source.errorString();
        return plan;
    }
    const ColumnMapping mapping = mappingFor ? mappingFor(header.cells) : ColumnMapping::guess(header.cells);
    ImportPlanner planner(header, mapping, options);
    SourceRecord record;
    while (source.readNext(&record))
        planner.add(record);
    if (!source.errorString().isEmpty())
        planner.setFatalError(source.errorString());
    return planner.takePlan();
}

ImportPlan planCsvImport(QByteArrayView bytes, const ImportOptions& options)
{
    QByteArray data = bytes.toByteArray();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const EncodingDetection detected = detectTextEncoding(bytes);
    TextDecoder sample(detected.encoding);
    CsvReader reader(
        &buffer, detected.encoding,
        CsvReader::guessDelimiter(sample.decode(bytes.first(qMin<qsizetype>(bytes.size(), 16384)))));
    return planImport(reader, options);
}

} // namespace bd
