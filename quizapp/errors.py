"""Errors quizapp reports to users: one clear line, never a traceback."""

from __future__ import annotations


class QuizappError(Exception):
    """A problem the user can act on; its message is shown as it is."""


class FormatError(QuizappError):
    """A file that cannot be read, with the place of the first problem."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {problem}")


class FormatErrors(QuizappError):
    """Every problem found in one file; nothing of the file is imported."""

    def __init__(self, errors: list[FormatError]) -> None:
        self.errors = errors
        lines = [str(e) for e in errors]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(lines[0] + more if lines else "invalid file")

    def report(self) -> str:
        """All problems, one per line."""
        return "\n".join(str(e) for e in self.errors)


class BankError(QuizappError):
    """The question bank cannot be opened or used."""
