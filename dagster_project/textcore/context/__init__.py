"""Context resolution: where and when each value belongs (the document's place and year,
and, for each fact, the nearest clause, sentence, paragraph or section that says so)."""
