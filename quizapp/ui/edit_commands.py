"""Undoable edits for the set editor: each is a core call and the call that reverses it.

The functions below describe an edit as an :class:`Edit` (its name, a step
doing it and a step undoing it; each step returns the set and question to show
after it). :func:`perform` runs the edit at once, so a refused edit raises and
is never put on the undo stack, then pushes it; undo and redo call the core
again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QUndoCommand, QUndoStack

from quizapp.content import editing
from quizapp.questiondata import QuestionData
from quizapp.store.bank import Bank

Focus = tuple[str | None, str | None]  # the set and the question to show after the edit
Step = Callable[[], Focus]
Notify = Callable[[Focus | None, BaseException | None], None]


class Edit(NamedTuple):
    """An edit: what the Undo menu calls it, how to do it and how to undo it."""

    text: str
    apply: Step
    revert: Step


class EditCommand(QUndoCommand):
    """An edit already applied once; undo runs ``revert``, redo runs ``apply`` again."""

    def __init__(self, edit: Edit, notify: Notify) -> None:
        super().__init__(edit.text)
        self._edit = edit
        self._notify = notify
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:  # QUndoStack.push calls redo: the edit is already done
            self._applied_once = False
            return
        self._run(self._edit.apply)

    def undo(self) -> None:
        self._run(self._edit.revert)

    def _run(self, step: Step) -> None:
        try:
            focus = step()
        except Exception as exc:  # the bank changed under the editor; shown, stack cleared
            self._notify(None, exc)
            return
        self._notify(focus, None)


def perform(stack: QUndoStack, edit: Edit, notify: Notify) -> Focus:
    """Apply ``edit`` and put it on ``stack``; raises (pushing nothing) if it is refused."""
    focus = edit.apply()
    stack.push(EditCommand(edit, notify))
    return focus


def then(action: Callable[[], object], focus: Focus) -> Step:
    """A step that runs ``action`` and then shows ``focus``."""

    def step() -> Focus:
        action()
        return focus

    return step


def add_question(bank: Bank, name: str, question: QuestionData, position: int) -> Edit:
    uid = question.uid
    return Edit(
        "Add question",
        then(lambda: editing.add_question(bank, name, question, position=position), (name, uid)),
        then(lambda: editing.delete_question(bank, name, uid), (name, None)),
    )


def update_question(bank: Bank, name: str, before: QuestionData, after: QuestionData) -> Edit:
    return Edit(
        "Edit question",
        then(lambda: editing.update_question(bank, name, before.uid, after), (name, after.uid)),
        then(lambda: editing.update_question(bank, name, after.uid, before), (name, before.uid)),
    )


def delete_question(
    bank: Bank, name: str, question: QuestionData, position: int, show_next: str | None
) -> Edit:
    uid = question.uid
    return Edit(
        "Delete question",
        then(lambda: editing.delete_question(bank, name, uid), (name, show_next)),
        then(lambda: editing.add_question(bank, name, question, position=position), (name, uid)),
    )


def move_question(bank: Bank, name: str, uid: str, start: int, target: int) -> Edit:
    return Edit(
        "Move question",
        then(lambda: editing.move_question(bank, name, uid, target), (name, uid)),
        then(lambda: editing.move_question(bank, name, uid, start), (name, uid)),
    )


def create_set(bank: Bank, name: str) -> Edit:
    return Edit(
        "New set",
        then(lambda: editing.create_set(bank, name), (name, None)),
        then(lambda: editing.delete_set(bank, name), (None, None)),
    )


def rename_set(bank: Bank, old: str, new: str) -> Edit:
    return Edit(
        "Rename set",
        then(lambda: editing.rename_set(bank, old, new), (new, None)),
        then(lambda: editing.rename_set(bank, new, old), (old, None)),
    )


def duplicate_set(bank: Bank, source: str, name: str) -> Edit:
    return Edit(
        "Duplicate set",
        then(lambda: editing.duplicate_set(bank, source, name), (name, None)),
        then(lambda: editing.delete_set(bank, name), (source, None)),
    )


def delete_set(bank: Bank, name: str) -> Edit:
    """Delete the set; undo puts back what the last delete took (questions, assignment,
    named quizzes), so a redo after changes in between still undoes to them."""
    taken: list[editing.DeletedSet] = []
    return Edit(
        "Delete set",
        then(lambda: taken.append(editing.delete_set(bank, name)), (None, None)),
        then(lambda: _restore(bank, taken), (name, None)),
    )


def _restore(bank: Bank, taken: list[editing.DeletedSet]) -> None:
    editing.restore_set(bank, taken[-1])
    taken.pop()  # only once it is back: a refused undo can be tried again
