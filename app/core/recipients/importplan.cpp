#include "importplan.h"

#include "formulaguard.h"
#include "textencoding.h"
#include "textlimits.h"

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
    const QString duplicates =
        QCoreApplication::translate("bd::Recipients", "%Ln duplicate(s)", nullptr, counts.duplicates);
    QString text = QCoreApplication::translate("bd::Recipients", "%1: %2, %3, %4.",
                                               "import summary: rows, accepted, with problems, duplicates")
                       .arg(records, accepted, rejected, duplicates);
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
        if (it == m_targets.end())
            m_targets.append({key, recipientFieldFromKey(key), customFieldName(key), {column}});
        else
            it->columns.append(column);
    }

    for (ImportProblem p : header.problems) {
        p.columnName = columnName(p.column);
        m_plan.problems.append(p);
    }
    for (int column = 0; column < header.cells.size(); ++column) {
        if (firstUndecodable(header.cells[column]) >= 0) {
            addProblem(header.row, column, QString(), ProblemKind::Unreadable, ProblemSeverity::Error,
                       QCoreApplication::translate(
                           "bd::Recipients", "The header has characters that could not be read: check the "
                                             "file's encoding."));
        }
    }

    m_existing = m_options.existing;
    m_options.existing.clear();
    for (qsizetype i = 0; i < m_existing.size(); ++i) {
        const Recipient& r = m_existing[i];
        if (const QString key = emailKey(r.email); !key.isEmpty())
            m_existingEmails.insert(qHash(key), i);
        if (const QString key = nameAddressKey(r.name, r.address); !key.isEmpty())
            m_existingNameAddresses.insert(qHash(key), i);
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

QString ImportPlanner::cellValue(const SourceRecord& record, const QList<int>& columns) const
{
    if (columns.size() == 1)
        return restoreFormulaGuard(record.cells.value(columns.front()).trimmed());
    QStringList parts;
    for (int column : columns) {
        const QString part = restoreFormulaGuard(record.cells.value(column).trimmed());
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u' ');
}

void ImportPlanner::add(const SourceRecord& record)
{
    if (record.isBlank() && record.problems.isEmpty()) {
        ++m_plan.counts.blank;
        return;
    }
    ++m_plan.counts.records;
    const int row = record.row;
    bool error = false;
    bool warning = false;

    for (ImportProblem p : record.problems) {
        p.columnName = columnName(p.column);
        p.field = p.column >= 0 ? m_keys.value(p.column) : QString();
        m_plan.problems.append(p);
        error = error || p.isError();
        warning = warning || !p.isError();
    }

    const int width = int(m_keys.size());
    const int cells = int(record.cells.size());
    if (cells > width) {
        for (int column = width; column < cells; ++column) {
            if (!record.cells[column].trimmed().isEmpty()) {
                addProblem(row, column, QString(), ProblemKind::TooManyColumns, ProblemSeverity::Error,
                           QCoreApplication::translate("bd::Recipients",
                                                       "The row has %1 columns but the header has %2.")
                               .arg(cells)
                               .arg(width));
                error = true;
                break;
            }
        }
    } else if (cells < width) {
        for (int column = cells; column < width; ++column) {
            if (!m_keys[column].isEmpty()) {
                addProblem(row, -1, QString(), ProblemKind::TooFewColumns, ProblemSeverity::Warning,
                           QCoreApplication::translate("bd::Recipients",
                                                       "The row has %1 columns but the header has %2; the "
                                                       "missing ones are read as empty.")
                               .arg(cells)
                               .arg(width));
                warning = true;
                break;
            }
        }
    }

    for (int column = 0; column < qMin(cells, width); ++column) {
        if (!m_keys[column].isEmpty() && firstUndecodable(record.cells[column]) >= 0) {
            addProblem(row, column, m_keys[column], ProblemKind::Unreadable, ProblemSeverity::Error,
                       QCoreApplication::translate(
                           "bd::Recipients", "Characters that could not be read in the chosen encoding."));
            error = true;
        }
    }

    Recipient r;
    r.groupId = m_options.groupId;
    r.sourceFile = m_options.sourceFile;
    r.sourceRow = row;
    for (const Target& t : std::as_const(m_targets)) {
        QString value = cellValue(record, t.columns);
        if (const QString tooLong = TextLimits::recipientTooLong(t.key, value); !tooLong.isEmpty()) {
            addProblem(row, t.columns.front(), t.key, ProblemKind::RecordTooLong, ProblemSeverity::Error,
                       tooLong);
            error = true;
        }
        if (t.field)
            setRecipientField(r, *t.field, value);
        else if (!t.customName.isEmpty())
            r.custom.insert(t.customName, value);
    }

    const auto firstColumn = [this](QStringView key) {
        for (const Target& t : m_targets) {
            if (t.key == key)
                return t.columns.front();
        }
        return -1;
    };

    if (r.name.isEmpty() && !(m_options.organisationsGroup && !r.organisation.isEmpty())) {
        addProblem(row, firstColumn(u"name"), u"name"_s, ProblemKind::MissingName, ProblemSeverity::Error,
                   m_options.organisationsGroup
                       ? QCoreApplication::translate("bd::Recipients", "Neither a name nor an organisation.")
                       : QCoreApplication::translate("bd::Recipients", "The name is missing."));
        error = true;
    }
    r.email = r.email.normalized(QString::NormalizationForm_KC).trimmed();
    if (!r.email.isEmpty() && !isPlausibleEmail(r.email)) {
        addProblem(row, firstColumn(u"email"), u"email"_s, ProblemKind::BadEmail, ProblemSeverity::Error,
                   QCoreApplication::translate("bd::Recipients", "The e-mail address is not valid."));
        error = true;
    } else if (r.email.isEmpty() && m_options.requireEmail) {
        addProblem(row, firstColumn(u"email"), u"email"_s, ProblemKind::MissingValue, ProblemSeverity::Error,
                   QCoreApplication::translate("bd::Recipients", "The e-mail address is missing."));
        error = true;
    }
    if (r.address.isEmpty() && m_options.requireAddress) {
        addProblem(row, firstColumn(u"address"), u"address"_s, ProblemKind::MissingValue,
                   ProblemSeverity::Error,
                   QCoreApplication::translate("bd::Recipients", "The postal address is missing."));
        error = true;
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
        warning = true;
    }

    if (error) {
        ++m_plan.counts.rejected;
        m_plan.rejected.append(r);
        return;
    }
    if (warning)
        ++m_plan.counts.warnings;

    const QString eKey = emailKey(r.email);
    const QString naKey = nameAddressKey(r.name, r.address);
    ImportDuplicate duplicate;
    qsizetype match = -1;
    if (!eKey.isEmpty() && (match = findKey(m_existingEmails, m_existing, eKey, true)) >= 0) {
        duplicate.kind = DuplicateKind::Email;
        duplicate.existingId = m_existing[match].id;
    } else if (!naKey.isEmpty() &&
               (match = findKey(m_existingNameAddresses, m_existing, naKey, false)) >= 0) {
        duplicate.kind = DuplicateKind::NameAddress;
        duplicate.existingId = m_existing[match].id;
    } else if (!eKey.isEmpty() && (match = findKey(m_acceptedEmails, m_plan.accepted, eKey, true)) >= 0) {
        duplicate.kind = DuplicateKind::Email;
        duplicate.firstRow = m_plan.accepted[match].sourceRow;
    } else if (!naKey.isEmpty() &&
               (match = findKey(m_acceptedNameAddresses, m_plan.accepted, naKey, false)) >= 0) {
        duplicate.kind = DuplicateKind::NameAddress;
        duplicate.firstRow = m_plan.accepted[match].sourceRow;
    }
    if (match >= 0) {
        duplicate.recipient = std::move(r);
        m_plan.duplicates.append(std::move(duplicate));
        ++m_plan.counts.duplicates;
        return;
    }
    const qsizetype index = m_plan.accepted.size();
    if (!eKey.isEmpty())
        m_acceptedEmails.insert(qHash(eKey), index);
    if (!naKey.isEmpty())
        m_acceptedNameAddresses.insert(qHash(naKey), index);
    m_plan.accepted.append(std::move(r));
    ++m_plan.counts.accepted;
}

qsizetype ImportPlanner::findKey(const QMultiHash<size_t, qsizetype>& index, const QList<Recipient>& list,
                                 const QString& key, bool email)
{
    for (auto it = index.constFind(qHash(key)); it != index.cend() && it.key() == qHash(key); ++it) {
        const Recipient& candidate = list[it.value()];
        if (key == (email ? emailKey(candidate.email) : nameAddressKey(candidate.name, candidate.address)))
            return it.value();
    }
    return -1;
}

void ImportPlanner::setFatalError(const QString& message)
{
    m_plan.fatalError = message;
}

ImportPlan ImportPlanner::takePlan()
{
    ImportPlan plan = std::move(m_plan);
    m_plan = ImportPlan();
    m_acceptedEmails.clear();
    m_acceptedNameAddresses.clear();
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

} // namespace bd
