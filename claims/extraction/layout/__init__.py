"""Text layout: decoding, the article's header and dates, sentences."""
