"""Entry point of the frozen bundle: the same as the ``quizapp`` command."""

import multiprocessing

from quizapp.cli import main

if __name__ == "__main__":
    # The FSRS optimizer runs in a spawned process; a frozen executable must hand
    # such children to multiprocessing instead of starting the app again.
    multiprocessing.freeze_support()
    raise SystemExit(main())
