"""Undoable edits for the set editor: each is a core call and the call that reverses it.

:func:`perform` runs the edit at once (so a refused edit raises and is never
put on the undo stack) and then pushes it; undo and redo call the core again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

Focus = tuple[str | None, str | None]  # the set and the question to show after the edit
Step = Callable[[], Focus]
Notify = Callable[[Focus | None, BaseException | None], None]


class EditCommand(QUndoCommand):
    """An edit already applied once; undo runs ``revert``, redo runs ``apply`` again."""

    def __init__(self, text: str, apply: Step, revert: Step, notify: Notify) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._notify = notify
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:  # QUndoStack.push calls redo: the edit is already done
            self._applied_once = False
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, step: Step) -> None:
        try:
            focus = step()
        except Exception as exc:  # the bank changed under the editor; shown, stack cleared
            self._notify(None, exc)
            return
        self._notify(focus, None)


def then(action: Callable[[], object], focus: Focus) -> Step:
    """A step that runs ``action`` and then shows ``focus``."""

    def step() -> Focus:
        action()
        return focus

    return step


def perform(stack: QUndoStack, text: str, apply: Step, revert: Step, notify: Notify) -> Focus:
    """Apply an edit and put it on ``stack``; raises (pushing nothing) if it is refused."""
    focus = apply()
    stack.push(EditCommand(text, apply, revert, notify))
    return focus
