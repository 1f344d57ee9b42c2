"""Italian news text in, sentences, speakers, claims and figures out.

Pure Python: nothing here imports Django, so the extractor runs in any worker.
"""

from claims.extraction.pipeline import EXTRACTOR_VERSION, extract
from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.types import Claim, Document, Figure, Sentence, SpeakerRef

__all__ = [
    "EXTRACTOR_VERSION", "Claim", "Document", "Figure", "Gazetteer", "Sentence", "SpeakerRef",
    "extract",
]
