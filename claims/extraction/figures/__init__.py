"""Numbers and the figures they state: value, unit, category."""
