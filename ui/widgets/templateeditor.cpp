#include "templateeditor.h"

#include "placeholders.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFont>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

namespace bd {

// Marks {{…}} tags: known placeholders on a light yellow background, sections on light blue, names the
// catalogue does not know on light red with a wavy underline.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override
    {
        static const QRegularExpression tag(
            QStringLiteral("\\{\\{\\{?([#^/!&>=]?)\\s*([^}]*?)\\s*\\}?\\}\\}"));
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString sigil = m.captured(1);
            const QString name = m.captured(2);
            QTextCharFormat f;
            if (sigil == QLatin1String("!")) {
                f.setForeground(QColor(0x70, 0x70, 0x70));
                f.setFontItalic(true);
            } else if (!known(name)) {
                f.setBackground(QColor(0xff, 0xd6, 0xd6));
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(Qt::red);
            } else if (!sigil.isEmpty() && sigil != QLatin1String("&")) {
                f.setBackground(QColor(0xd8, 0xe8, 0xff));
            } else {
                f.setBackground(QColor(0xff, 0xf1, 0xb8));
            }
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }

private:
    // A catalogue name, or a list field's short name (checked in context by the validator).
    static bool known(const QString& name)
    {
        for (const Placeholder& p : placeholderCatalogue())
            if (p.name == name)
                return true;
        return false;
    }
};

namespace {

QFont letterFont()
{
    QFont font(QStringLiteral("Noto Serif CJK JP"));
    font.setPointSizeF(10.5);
    return font;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent), m_toolBar(new QToolBar), m_edit(new QTextEdit), m_alignGroup(new QActionGroup(this))
{
    m_highlighter = new PlaceholderHighlighter(m_edit->document());
    m_edit->setObjectName(QStringLiteral("templateTextEdit"));
    m_edit->installEventFilter(this);
    m_edit->setTabChangesFocus(false);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto add = [this](const QString& objectName, const QString& text, const QString& tip,
                      const std::function<void()>& slot, bool checkable = false) {
        QAction* a = m_toolBar->addAction(text);
        a->setObjectName(objectName);
        a->setToolTip(tip);
        a->setCheckable(checkable);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* bold = add(
        QStringLiteral("boldAction"), tr("B"), tr("Bold"), [] {}, true);
    connect(bold, &QAction::triggered, this,
            [this](bool on) { m_edit->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    QFont boldFont = font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction* italic = add(
        QStringLiteral("italicAction"), tr("I"), tr("Italic"), [] {}, true);
    connect(italic, &QAction::triggered, this, [this](bool on) { m_edit->setFontItalic(on); });
    QFont italicFont = font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    m_toolBar->addSeparator();
    auto list = [this](QTextListFormat::Style style) {
        QTextCursor cursor = m_edit->textCursor();
        if (QTextList* current = cursor.currentList(); current && current->format().style() == style) {
            // Toggle off: the paragraph leaves the list.
            current->remove(cursor.block());
            QTextBlockFormat f = cursor.blockFormat();
            f.setIndent(0);
            cursor.setBlockFormat(f);
            return;
        }
        QTextListFormat f;
        f.setStyle(style);
        cursor.createList(f);
    };
    add(QStringLiteral("bulletListAction"), tr("• List"), tr("Bulleted list"),
        [list] { list(QTextListFormat::ListDisc); });
    add(QStringLiteral("numberedListAction"), tr("1. List"), tr("Numbered list"),
        [list] { list(QTextListFormat::ListDecimal); });
    add(QStringLiteral("tableAction"), tr("Table"), tr("Insert a table of two columns"),
        [this] { insertTable(); });
    m_toolBar->addSeparator();
    const struct
    {
        const char* name;
        QString text, tip;
        Qt::Alignment alignment;
    } aligns[] = {
        {"alignLeftAction", tr("Left"), tr("Align left"), Qt::AlignLeft | Qt::AlignAbsolute},
        {"alignCenterAction", tr("Center"), tr("Center"), Qt::AlignHCenter},
        {"alignRightAction", tr("Right"), tr("Align right"), Qt::AlignRight | Qt::AlignAbsolute},
        {"alignJustifyAction", tr("Justify"), tr("Justify"), Qt::AlignJustify},
    };
    for (const auto& a : aligns) {
        const Qt::Alignment alignment = a.alignment;
        QAction* action = add(
            QString::fromLatin1(a.name), a.text, a.tip,
            [this, alignment] { m_edit->setAlignment(alignment); }, true);
        action->setData(int(alignment));
        m_alignGroup->addAction(action);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit);

    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &TemplateEditor::updateToolbar);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &TemplateEditor::updateToolbar);
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        emit focused();
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::setTemplate(const QString& text, bool richText)
{
    m_loading = true;
    m_rich = richText;
    m_toolBar->setVisible(richText);
    m_edit->setAcceptRichText(richText);
    m_edit->document()->setDefaultFont(letterFont());
    if (richText) {
        m_edit->setHtml(text);
    } else {
        m_edit->setPlainText(text);
    }
    m_edit->document()->setModified(false);
    m_loading = false;
    updateToolbar();
}

QString TemplateEditor::templateText() const
{
    if (!m_rich)
        return m_edit->toPlainText();
    const QString html = m_edit->toHtml();
    // A paragraph holding nothing but section tags: keep only the tags, one a line, as the built-in templates
    // write them — so that a hidden section leaves no empty line behind.
    static const QRegularExpression standalone(QStringLiteral(
        "<p[^>]*>\\s*(?:<span[^>]*>)?\\s*((?:\\{\\{[#^/!][^}]*\\}\\}\\s*)+)(?:</span>)?\\s*</p>"));
    static const QRegularExpression space(QStringLiteral("\\}\\}\\s+\\{\\{"));
    QString result;
    qsizetype last = 0;
    for (auto it = standalone.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(html).mid(last, m.capturedStart() - last);
        result += m.captured(1).trimmed().replace(space, QStringLiteral("}}\n{{"));
        last = m.capturedEnd();
    }
    result += QStringView(html).mid(last);
    return result;
}

void TemplateEditor::insertSnippet(const QString& snippet)
{
    m_edit->textCursor().insertText(snippet);
    m_edit->setFocus();
}

bool TemplateEditor::showTag(const QString& tagText, int occurrence)
{
    QTextDocument* doc = m_edit->document();
    QTextCursor cursor(doc);
    for (int i = 0; i <= occurrence; ++i) {
        const QTextCursor found = doc->find(tagText, cursor);
        if (found.isNull())
            break;
        cursor = found;
    }
    if (!cursor.hasSelection())
        return false;
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    m_edit->setFocus();
    return true;
}

void TemplateEditor::insertTable()
{
    QTextTableFormat f;
    f.setCellPadding(4);
    f.setCellSpacing(0);
    f.setBorder(1);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    m_edit->textCursor().insertTable(2, 2, f);
    m_edit->setFocus();
}

void TemplateEditor::updateToolbar()
{
    if (!m_rich)
        return;
    const QTextCharFormat f = m_edit->currentCharFormat();
    if (QAction* a = m_toolBar->findChild<QAction*>(QStringLiteral("boldAction")))
        a->setChecked(f.fontWeight() >= QFont::Bold);
    if (QAction* a = m_toolBar->findChild<QAction*>(QStringLiteral("italicAction")))
        a->setChecked(f.fontItalic());
    const Qt::Alignment current = m_edit->alignment();
    for (QAction* a : m_alignGroup->actions()) {
        const Qt::Alignment alignment = Qt::Alignment(a->data().toInt());
        a->setChecked((current & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute) ==
                      (alignment & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute));
    }
}

} // namespace bd
