"""A question's image, shown above its prompt wherever a question is shown.

Scaled to the width it is given and to a share of the window's height (or to the
cap its question card sets, so the answers stay in view), keeping
its aspect, and never drawn larger than its natural size (a small diagram stays
sharp; a photo shrinks in a small window). Raster images are drawn by Qt from the
bytes :func:`quizapp.images.check_image` accepted; SVG by QtSvg, which runs no
script and loads nothing from outside (and the check refused any that tried).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.images import ImageType, QuestionImage

WINDOW_SHARE = 0.35
"""Tallest an image is drawn, as a share of its window's height (the prompt and answers
keep the rest at the smallest window size)."""
MIN_HEIGHT = 80
"""An image is never squeezed below this height (unless it is smaller itself)."""


@lru_cache(maxsize=4)
def _decoded(data: bytes) -> QImage | None:
    """The image of ``data``, decoded once for the few images on screen.

    The editor's preview draws its question again at each key typed: a photo is
    not decoded again each time (bytes keep their hash, so a hit costs nothing).
    A QImage, not a QPixmap: it may outlive the application at exit.
    """
    image = QImage()
    return image if image.loadFromData(data) else None


class QuestionImageView(QWidget):
    """Shows a :class:`~quizapp.images.QuestionImage`, or nothing (hidden) for None."""

    def __init__(self, image: QuestionImage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bitmap: QImage | None = None
        self._svg: QSvgRenderer | None = None
        self._natural = QSize()
        self._watched: QObject | None = None
        self.cap: int | None = None  # a fixed tallest height, else a share of the window's
        self.max_width: int | None = None  # a widest width (beside a prompt), else the width given
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName("Question image")
        self.set_image(image)

    def set_image(self, image: QuestionImage | None) -> None:
        """Show ``image`` (None: hide)."""
        self._bitmap, self._svg = None, None
        if image is not None and image.media_type is ImageType.SVG:
            renderer = QSvgRenderer(QByteArray(image.data), self)
            self._svg = renderer if renderer.isValid() else None
        elif image is not None:
            self._bitmap = _decoded(image.data)
        shown = image is not None and (self._svg is not None or self._bitmap is not None)
        self._natural = QSize(image.width, image.height) if image is not None else QSize()
        if image is not None:
            self.setAccessibleDescription(f"An image of {image.width} by {image.height} pixels")
        self.setVisible(shown)  # one Qt cannot draw shows nothing rather than a broken box
        self.updateGeometry()
        self.update()

    def has_image(self) -> bool:
        return self._svg is not None or self._bitmap is not None

    def fitted(self, width: int) -> QSize:
        """The size the image is drawn at in ``width`` pixels."""
        if self._natural.isEmpty():
            return QSize(0, 0)
        tallest = self.cap if self.cap is not None else self.window_cap()
        widest = min(width, self.max_width) if self.max_width is not None else width
        box = QSize(min(widest, self._natural.width()), min(tallest, self._natural.height()))
        return self._natural.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)

    def window_cap(self) -> int:
        """The tallest the image is drawn in its window: a share of the window's height."""
        window = self.window()
        if window is self:
            return self._natural.height()
        return max(MIN_HEIGHT, int(window.height() * WINDOW_SHARE))

    # --- Qt's sizing and painting ------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.fitted(width).height()

    def sizeHint(self) -> QSize:
        return self.fitted(self._natural.width())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        target = QRect(self.rect().topLeft(), self.fitted(self.width()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._svg is not None:
            self._svg.render(painter, QRectF(target))
        elif self._bitmap is not None:
            painter.drawImage(target, self._bitmap)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        """Follow the window's height: the cap is a share of it."""
        window = self.window()
        if window is not self._watched and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # the layout asks heightForWidth again
        return False
