"""What is asked: question sets, editing them, importing and exporting them."""
