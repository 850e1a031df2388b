"""quizapp: quizzes and spaced-repetition flashcards generated from real articles."""

__version__ = "0.1.0"
