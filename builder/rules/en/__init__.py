"""English rule modules: article clean-up, persons, quotes and events for English-language news."""
