"""Quotes, speech cues and the claims they attribute to speakers."""
