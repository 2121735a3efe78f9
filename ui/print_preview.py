"""Print preview, printing and "save as PDF" of a PDF the app made (the decision).

The PDF made by ReportLab is the document: the preview and the printer show that very file, rendered
page by page with PDFium (pypdfium2), inside Qt's own print preview dialog (zoom, one or two pages,
page setup, print). "Lưu PDF…" copies the file itself, so the saved PDF keeps its text and embedded
fonts instead of becoming pictures."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QToolBar, QWidget

from ui.i18n import tr

log = logging.getLogger("boiduong.ui.print")

PREVIEW_DPI = 150  # enough to read on screen without holding hundreds of MB for a long appendix
PRINT_DPI = 300  # office laser printers


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_page(path: Path, index: int, dpi: float) -> QImage:
    """One page as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels before the PDFium buffer goes away
    finally:
        pdf.close()


def is_preview(printer: QPrinter) -> bool:
    """The preview dialog records pages into a picture; a real printer (or PDF file) has its own engine."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def paint_pdf(printer: QPrinter, path: Path, *, dpi: float | None = None) -> int:
    """Draw every page of the PDF on ``printer`` (a real printer or the preview); returns pages drawn."""
    import pypdfium2 as pdfium

    printer.setFullPage(True)
    resolution = dpi or min(printer.resolution(), PREVIEW_DPI if is_preview(printer) else PRINT_DPI)
    pdf = pdfium.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        pdf.close()
        log.warning("printer could not start: %s", printer.printerName())
        return 0
    drawn = 0
    try:
        full = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(len(pdf)):
            if index:
                printer.newPage()
            page = pdf[index]
            bitmap = page.render(scale=resolution / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            ).copy()
            painter.drawImage(QRectF(0, 0, full.width(), full.height()), image)
            drawn += 1
    finally:
        painter.end()
        pdf.close()
    return drawn


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, printer.pageLayout().margins()
        )
    )
    printer.setDocName(tr("Quyết định"))
    return printer


def open_preview(
    parent: QWidget,
    path: Path,
    *,
    title: str,
    on_save: Callable[[], None] | None = None,
) -> QPrintPreviewDialog:
    """Qt's print preview of the PDF, with a "Lưu PDF…" button added to its tool bar."""
    printer = a4_printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(tr("Xem trước khi in — {0}").format(title))
    dialog.resize(980, 900)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, path))
    if on_save is not None:
        bar = dialog.findChild(QToolBar)
        if bar is not None:
            save = QAction(tr("Lưu PDF…"), dialog)
            save.setObjectName("savePdfAction")
            save.triggered.connect(on_save)
            bar.addSeparator()
            bar.addAction(save)
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    dialog.open()
    return dialog


def print_directly(
    parent: QWidget, path: Path, *, title: str, on_done: Callable[[int], None] | None = None
) -> QPrintDialog:
    """The system print dialog, then the pages to the chosen printer."""
    printer = a4_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(tr("In {0}").format(title))

    def accepted() -> None:
        pages = paint_pdf(printer, path)
        if on_done is not None:
            on_done(pages)

    dialog.accepted.connect(accepted)
    dialog._printer = printer  # type: ignore[attr-defined]
    QDialog.open(dialog)  # QPrintDialog.open() is overloaded with a receiver; the plain one is wanted
    return dialog


def save_copy(source: Path, dest: Path) -> Path:
    """Copy the made PDF to where the clerk chose (atomically)."""
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(source, tmp)
    tmp.replace(dest)
    return dest


__all__ = ["is_preview", "open_preview", "page_count", "paint_pdf", "print_directly", "render_page", "save_copy"]
