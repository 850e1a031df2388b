"""Editing one stored question in place (the Browser's Edit, E in a review), teacher only."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quizapp.content import editing
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData
from quizapp.study import browse
from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher
from quizapp.ui.errors import show_error
from quizapp.ui.session import Session


def edit_in_place(parent: QWidget, session: Session, question_id: int) -> QuestionData | None:
    """Behind the teacher gate, the question's form in a dialog; the saved question or None.

    None when the gate or the dialog was cancelled, or (after saying why) when the
    question could not be loaded or saved.
    """
    from quizapp.ui.dialogs.question_dialog import QuestionDialog

    bank = session.bank
    if bank is None or not ensure_teacher(session, parent):
        return None
    try:
        stored = browse.stored_question(bank, question_id)
        dialog = QuestionDialog(stored.question, f"Edit question · {stored.set_name}", parent)
        if not dialog.exec() or dialog.result_question is None:
            return None
        editing.update_question(bank, stored.set_name, stored.question.uid, dialog.result_question)
    except QuizappError as exc:
        show_error(parent, exc, "The question was not saved")
        return None
    return dialog.result_question
