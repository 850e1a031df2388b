"""The question form's image: add one from a file or the clipboard, see it, remove it.

Every image goes through :func:`quizapp.images.check_image` first; a refused one
leaves the question's image as it was and says why in one line under the buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.images import EXTENSIONS, ImageError, QuestionImage, check_image, load_file
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.question_image import QuestionImageView

FILTER = "Images ({})".format(" ".join(f"*{e}" for e in EXTENSIONS))
PREVIEW_HEIGHT = 120
"""Tallest the form shows the image (the preview beside it shows it as the learner will)."""
RAW_FORMATS = ("image/svg+xml", "image/png", "image/jpeg", "image/webp")
"""Clipboard formats taken as they are (their own bytes), before a copied bitmap."""


class ImageField(QWidget):
    """The image of the question being edited; emits ``changed`` when it is set or removed.

    Tab reaches its buttons from the prompt; there, Ctrl+V pastes and Delete removes.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QuestionImage | None = None
        self.view = QuestionImageView()
        self.view.cap = PREVIEW_HEIGHT
        self.add_button = QPushButton("Add from file…")
        self.add_button.setToolTip("A PNG, JPEG, WebP or SVG image of at most 5 MiB")
        self.add_button.clicked.connect(self._on_add)
        self.paste_button = QPushButton("Paste")
        self.paste_button.setToolTip("The image copied to the clipboard (or a copied image file)")
        self.paste_button.clicked.connect(self.paste)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names files and their problems
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Image status")
        buttons = QVBoxLayout()  # beside the image: the form stays narrow
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.paste_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.setFocusProxy(self.add_button)
        for keys, action in (
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.remove),
        ):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self._show(None)

    def image(self) -> QuestionImage | None:
        return self._image

    def set_image(self, image: QuestionImage | None) -> None:
        """Show ``image`` (a loaded question's), without emitting ``changed``."""
        self._image = image
        self._show(None)

    def add_file(self, path: str | Path) -> bool:
        """Take the image file at ``path``; False (and why, shown) when it is refused."""
        try:
            return self._take(load_file(path))
        except ImageError as exc:
            return self._refuse(str(exc))

    def paste(self) -> bool:
        """Take the clipboard's image; False (and why, shown) when it holds none quizapp takes."""
        mime = QGuiApplication.clipboard().mimeData()
        try:
            image = _from_clipboard(mime)
        except ImageError as exc:
            return self._refuse(f"Clipboard: {exc}")
        if image is None:
            return self._refuse("The clipboard holds no image.")
        if isinstance(image, Path):
            return self.add_file(image)
        return self._take(image)

    def remove(self) -> None:
        if self._image is not None:
            self._image = None
            self._show(None)
            self.changed.emit()

    def _on_add(self) -> None:
        from quizapp.settings import load_settings
        from quizapp.ui.file_dialogs import open_file

        path = open_file(self, load_settings(), "Add an image to the question", FILTER)
        if path:
            self.add_file(path)

    def _take(self, image: QuestionImage) -> bool:
        self._image = image
        self._show(None)
        self.changed.emit()
        return True

    def _refuse(self, problem: str) -> bool:
        self._show(problem)
        return False

    def _show(self, problem: str | None) -> None:
        image = self._image
        self.view.set_image(image)
        self.remove_button.setEnabled(image is not None)
        if problem is not None:
            colour = status_colours(app_is_dark())["wrong"]
            self.status.setStyleSheet(f"color: {colour};")
            self.status.setText(problem)
        else:
            self.status.setStyleSheet("")
            self.status.setText(_describe(image))


def _describe(image: QuestionImage | None) -> str:
    if image is None:
        return "No image: the question shows its prompt alone."
    size = f"{image.width} x {image.height} pixels"
    return f"{image.media_type.name} image, {size}, {max(1, len(image.data) // 1024)} KB"


def _from_clipboard(mime: QMimeData) -> QuestionImage | Path | None:
    """The clipboard's image: a copied file (its path), an image's own bytes, or a bitmap."""
    local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if local:
        return Path(local[0])
    for fmt in RAW_FORMATS:
        if mime.hasFormat(fmt):
            return check_image(bytes(mime.data(fmt).data()))
    if mime.hasImage():
        return check_image(_png_bytes(QImage(mime.imageData())))
    return None


def _png_bytes(image: QImage) -> bytes:
    """A copied bitmap (a screenshot) as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())
