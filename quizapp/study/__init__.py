"""Who learns what and when: scheduling, grading, queues, quizzes, statistics."""
