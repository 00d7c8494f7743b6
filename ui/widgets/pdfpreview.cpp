#include "pdfpreview.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <poppler-qt6.h>

#include <cmath>

namespace bd {

namespace {
constexpr qreal baseDpi = 72.0;
constexpr qreal zoomSteps[] = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
} // namespace

PdfPreview::PdfPreview(QWidget* parent)
    : QWidget(parent), m_image(new QLabel), m_scroll(new QScrollArea), m_pageLabel(new QLabel),
      m_prev(new QToolButton), m_next(new QToolButton), m_zoomIn(new QToolButton), m_zoomOut(new QToolButton),
      m_fit(new QToolButton), m_zoomLabel(new QLabel)
{
    setObjectName(QStringLiteral("pdfPreview"));
    m_image->setObjectName(QStringLiteral("previewImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setBackgroundRole(QPalette::Base);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setMinimumWidth(200);
    m_image->setMinimumSize(1, 1);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_prev->setObjectName(QStringLiteral("previewPrevPageButton"));
    m_next->setObjectName(QStringLiteral("previewNextPageButton"));
    m_zoomIn->setObjectName(QStringLiteral("previewZoomInButton"));
    m_zoomOut->setObjectName(QStringLiteral("previewZoomOutButton"));
    m_prev->setText(tr("◀ Page"));
    m_next->setText(tr("Page ▶"));
    m_prev->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_fit->setObjectName(QStringLiteral("previewFitButton"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the page to the width"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    connect(m_fit, &QToolButton::clicked, this, [this](bool on) {
        m_fitWidth = on;
        if (on)
            fitWidth();
    });
    connect(m_prev, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] {
        for (qreal z : zoomSteps)
            if (z > m_zoom + 0.01)
                return setZoom(z);
    });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] {
        for (auto it = std::rbegin(zoomSteps); it != std::rend(zoomSteps); ++it)
            if (*it < m_zoom - 0.01)
                return setZoom(*it);
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_prev);
    controls->addWidget(m_pageLabel);
    controls->addWidget(m_next);
    controls->addStretch();
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomLabel);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);
    updateControls();
}

PdfPreview::~PdfPreview() = default;

qreal PdfPreview::dpi() const
{
    return baseDpi * m_zoom * devicePixelRatioF();
}

QImage PdfPreview::renderPage(Poppler::Document& doc, int page, qreal dpi)
{
    doc.setRenderHint(Poppler::Document::Antialiasing);
    doc.setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> p = doc.page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

void PdfPreview::setPdf(const QByteArray& pdf, int page, const QImage& picture, qreal dpi)
{
    m_pdf = pdf;
    m_doc = Poppler::Document::loadFromData(m_pdf);
    if (!m_doc) {
        clear(tr("The PDF could not be read."));
        return;
    }
    m_page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (!picture.isNull() && qFuzzyCompare(dpi, this->dpi()))
        showImage(picture);
    else
        renderCurrent();
    updateControls();
    emit pageShown(m_page);
}

void PdfPreview::clear(const QString& message)
{
    m_pdf.clear();
    m_doc.reset();
    m_page = 0;
    m_image->setPixmap(QPixmap());
    m_image->setText(message);
    updateControls();
}

int PdfPreview::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

void PdfPreview::showPage(int page)
{
    if (!m_doc || page < 0 || page >= pageCount())
        return;
    m_page = page;
    renderCurrent();
    updateControls();
    emit pageShown(m_page);
}

// Fitting follows the scroll area's viewport, which is resized after this widget (and again when a
// scroll bar comes or goes).
bool PdfPreview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth)
        fitWidth();
    return QWidget::eventFilter(watched, event);
}

void PdfPreview::fitWidth()
{
    const qreal pageWidthPt = 595.0; // A4; the letters are A4
    const qreal available = m_scroll->viewport()->width() - 8;
    const qreal zoom = std::clamp(std::floor(available / pageWidthPt * 20) / 20, 0.25, 4.0);
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        renderCurrent();
        updateControls();
    }
}

void PdfPreview::setZoom(qreal zoom)
{
    m_fitWidth = false;
    m_fit->setChecked(false);
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    renderCurrent();
    updateControls();
}

QString PdfPreview::pageText() const
{
    if (!m_doc)
        return {};
    std::unique_ptr<Poppler::Page> p = m_doc->page(m_page);
    return p ? p->text(QRectF()) : QString();
}

// A hidden preview (another page of the main window) is not rendered: its viewport is resized several times
// while the window is laid out, and each new width would render the page again with Poppler.
void PdfPreview::renderCurrent()
{
    if (!m_doc)
        return;
    m_renderPending = !isVisible();
    if (!m_renderPending)
        showImage(renderPage(*m_doc, m_page, dpi()));
}

void PdfPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitWidth)
        fitWidth();
    if (m_renderPending)
        renderCurrent();
}

void PdfPreview::showImage(const QImage& image)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setText(QString());
    m_image->setPixmap(pixmap);
}

void PdfPreview::updateControls()
{
    const int pages = pageCount();
    m_pageLabel->setText(pages > 0 ? tr("%1 / %2").arg(m_page + 1).arg(pages) : QString());
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
    m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(m_zoom * 100)));
}

} // namespace bd
