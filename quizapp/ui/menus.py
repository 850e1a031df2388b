"""The main window's menu bar: File, Study, Learner, Teacher and Help.

The window hands over what each entry calls (:class:`MenuSlots`); this module
only lays the menus out, so it never imports the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

Slot = Callable[[], object]
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class MenuSlots:
    """What each menu entry calls."""

    import_questions: Slot
    export_selected: Slot
    backup_now: Slot
    restore: Slot
    settings: Slot
    connect_class: Slot
    use_own_bank: Slot
    quit: Slot
    review: Slot
    quiz: Slot
    learn: Slot
    progress: Slot
    browse: Slot
    custom_study: Slot
    undo: Slot
    home: Slot
    switch_learner: Slot
    scheduling: Slot
    profile_password: Slot
    edit_sets: Slot
    generate: Slot
    class_view: Slot
    lock_teacher: Slot
    shortcuts: Slot
    about: Slot


def make_action(parent: QObject, text: str, slot: Slot, shortcut: Shortcut = None) -> QAction:
    """An action calling ``slot``; its tooltip names the shortcut, when it has one."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '').rstrip('.')} ({action.shortcut().toString()})")
    action.triggered.connect(slot)
    return action


def build_menus(bar: QMenuBar, parent: QObject, s: MenuSlots) -> None:
    """Fill ``bar`` with the app's menus, their actions owned by ``parent``."""

    def act(text: str, slot: Slot, shortcut: Shortcut = None) -> QAction:
        return make_action(parent, text, slot, shortcut)

    file_menu = bar.addMenu("&File")
    file_menu.addAction(
        act("&Import questions...", s.import_questions, QKeySequence.StandardKey.Open)
    )
    file_menu.addAction(act("&Export selected set...", s.export_selected, "Ctrl+E"))
    file_menu.addSeparator()
    file_menu.addAction(act("&Back up now", s.backup_now))
    file_menu.addAction(act("&Restore from backup...", s.restore))
    file_menu.addSeparator()
    file_menu.addAction(act("&Settings...", s.settings, QKeySequence.StandardKey.Preferences))
    file_menu.addSeparator()
    file_menu.addAction(act("&Connect to class bank...", s.connect_class))
    file_menu.addAction(act("Use my &own bank", s.use_own_bank))
    file_menu.addSeparator()
    file_menu.addAction(act("&Quit", s.quit, QKeySequence.StandardKey.Quit))
    study = bar.addMenu("&Study")
    study.addAction(act("&Review due cards", s.review, "R"))
    study.addAction(act("&Quiz...", s.quiz, "Q"))
    study.addAction(act("&Learn", s.learn, "L"))
    study.addAction(act("&Progress", s.progress, "P"))
    study.addAction(act("&Browse...", s.browse, "Ctrl+B"))
    study.addAction(act("&Custom study...", s.custom_study, "C"))
    study.addSeparator()
    study.addAction(act("&Undo last answer", s.undo, "Ctrl+Z"))
    study.addAction(act("&Home", s.home, "Ctrl+H"))
    learner_menu = bar.addMenu("&Learner")
    learner_menu.addAction(act("&Switch learner...", s.switch_learner, "Ctrl+L"))
    learner_menu.addAction(act("&Personal scheduling...", s.scheduling))
    learner_menu.addAction(act("Profile &password...", s.profile_password))
    teacher = bar.addMenu("&Teacher")
    teacher.addAction(act("&Edit sets...", s.edit_sets, "Ctrl+Shift+E"))
    teacher.addAction(act("&Questions from an article...", s.generate, "Ctrl+G"))
    teacher.addAction(act("&Class progress...", s.class_view))
    teacher.addSeparator()
    teacher.addAction(act("&Lock teacher mode", s.lock_teacher))
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(act("&Keyboard shortcuts", s.shortcuts, "F1"))
    help_menu.addAction(act("&About quizapp", s.about))
