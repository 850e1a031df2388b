"""Entry point of the frozen bundle: the same as the ``quizapp`` command."""

from quizapp.cli import main

raise SystemExit(main())
