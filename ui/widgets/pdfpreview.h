// Shows a PDF the way it will print: Poppler renders the real file page by page, with page navigation and
// zoom. The owner hands in the PDF (and, when it was rendered on a worker thread, the picture of the page to
// show first, so the GUI thread does no rendering for the common case).
#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QToolButton;

namespace Poppler {
class Document;
}

namespace bd {

class PdfPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;

    // `page` is the page to show; `picture`, when not null, is that page already rendered at `dpi`.
    void setPdf(const QByteArray& pdf, int page = 0, const QImage& picture = {}, qreal dpi = 0);
    void clear(const QString& message);
    const QByteArray& pdf() const { return m_pdf; }

    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    // The resolution a page is rendered at for the current zoom.
    qreal dpi() const;
    // The text Poppler extracts from the page shown (for tests and screen readers).
    QString pageText() const;

    // Renders `page` of `doc` at `dpi` (any thread; one document per thread).
    static QImage renderPage(Poppler::Document& doc, int page, qreal dpi);

signals:
    void pageShown(int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitWidth();
    void renderCurrent();
    void showImage(const QImage& image);
    void updateControls();

    QByteArray m_pdf;
    std::unique_ptr<Poppler::Document> m_doc;
    int m_page = 0;
    qreal m_zoom = 1.0;
    bool m_renderPending = false; // hidden when the page changed: rendered when shown
    bool m_fitWidth = true;       // the zoom follows the width until a zoom button is used
    QLabel* m_image;
    QScrollArea* m_scroll;
    QLabel* m_pageLabel;
    QToolButton* m_prev;
    QToolButton* m_next;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QToolButton* m_fit;
    QLabel* m_zoomLabel;
};

} // namespace bd
