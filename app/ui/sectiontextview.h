#pragma once

#include <QTextBrowser>

// A section's paragraphs with its figures emphasised and, when one is selected, its source sentence marked.
class SectionTextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SectionTextView(QWidget *parent = nullptr);

    void setSectionText(const QString &text);
    // Marks the sentence and scrolls to it; an empty or unknown sentence clears the mark.
    bool highlightSource(const QString &source);
    QString highlightedSource() const { return m_highlighted; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString decorate(const QString &plain) const;

    QString m_text;
    QString m_highlighted;
};
