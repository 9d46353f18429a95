"""Domain analysis every engine shares: problems, measures, narrative rules."""
