"""Korean rule modules: article clean-up, persons, quotes and events for Korean news."""
