// Message boxes and file dialogs behind one seam, so that GUI tests can answer them in advance.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace bd {

class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // A question whose buttons say what they do: each choice is a standard button (what is returned) with
    // its own text.
    struct Choice
    {
        QMessageBox::StandardButton button;
        QString text;
    };
    static QMessageBox::StandardButton choose(QWidget* parent, const QString& title, const QString& text,
                                              const QList<Choice>& choices,
                                              QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);

    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString textInput(QWidget* parent, const QString& title, const QString& label,
                             const QString& value, bool* ok);

    // Test seams: the next call answers with this instead of showing a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName);
    static void setNextText(const QString& text, bool ok = true);
    // Forgets answers that no dialog took.
    static void clearNextAnswers();
    // The text of the last warning shown (or answered by a seam), for tests.
    static QString lastWarning();
    // The text of the last question (question() or choose()) asked, for tests.
    static QString lastQuestion();
};

} // namespace bd
