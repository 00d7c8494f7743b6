#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

#include <algorithm>
#include <optional>

namespace bd {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextFileName;
std::optional<std::pair<QString, bool>> nextText;
QString lastWarningText;
QString lastQuestionText;
} // namespace

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}
void Dialogs::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}
void Dialogs::setNextText(const QString& text, bool ok)
{
    nextText = std::make_pair(text, ok);
}
void Dialogs::clearNextAnswers()
{
    nextAnswer.reset();
    nextFileName.reset();
    nextText.reset();
}
QString Dialogs::lastWarning()
{
    return lastWarningText;
}
QString Dialogs::lastQuestion()
{
    return lastQuestionText;
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    lastQuestionText = text;
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Dialogs::choose(QWidget* parent, const QString& title, const QString& text,
                                            const QList<Choice>& choices,
                                            QMessageBox::StandardButton defaultButton)
{
    lastQuestionText = text;
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    for (const Choice& choice : choices)
        box.addButton(choice.button)->setText(choice.text);
    box.setDefaultButton(defaultButton);
    if (std::any_of(choices.begin(), choices.end(),
                    [](const Choice& c) { return c.button == QMessageBox::Cancel; }))
        box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    lastWarningText = text;
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                              const QString& filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Dialogs::textInput(QWidget* parent, const QString& title, const QString& label, const QString& value,
                           bool* ok)
{
    if (nextText) {
        const auto [text, accepted] = *nextText;
        nextText.reset();
        *ok = accepted;
        return text;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, ok);
}

} // namespace bd
