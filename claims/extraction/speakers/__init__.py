"""Who may speak: the gazetteer, speaker mentions and the patterns that find them."""
