// A rich-text editor for one document template (Qt's rich-text subset with Mustache placeholders): a small
// toolbar (bold, italic, lists, table, alignment) over a QTextEdit whose placeholders are marked with a
// background colour — unknown names in red. Plain-text templates (the cover e-mail) hide the toolbar.
#pragma once

#include <QWidget>

class QActionGroup;
class QTextEdit;
class QToolBar;

namespace bd {

class PlaceholderHighlighter;

class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget* parent = nullptr);

    // Shows `text` without emitting edited().
    void setTemplate(const QString& text, bool richText);
    // The template as stored: HTML for rich text (section tags standing alone on a paragraph are unwrapped,
    // so that a hidden section leaves no empty line), else the plain text.
    QString templateText() const;
    bool isRichText() const { return m_rich; }

    // Inserts a placeholder snippet at the cursor, as plain text.
    void insertSnippet(const QString& snippet);
    // Puts the cursor on the `occurrence`-th (0-based) appearance of `tagText` and focuses the editor.
    bool showTag(const QString& tagText, int occurrence);

    QTextEdit* textEdit() const { return m_edit; }

signals:
    void edited();
    void focused();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void insertTable();
    void updateToolbar();

    QToolBar* m_toolBar;
    QTextEdit* m_edit;
    PlaceholderHighlighter* m_highlighter;
    QActionGroup* m_alignGroup;
    bool m_rich = true;
    bool m_loading = false;
};

} // namespace bd
