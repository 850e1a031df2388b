"""The PySide6 desktop interface: a thin layer over quizapp's core services."""
