"""Run the extractor over files and print JSON Lines, without touching the database."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import Gazetteer, extract
from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.services.files import iter_article_paths


class Command(BaseCommand):
    help = "Extract sentences, speakers, claims and figures from articles; print JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or directories (*.txt)")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, paths: list[str], format: str, **options):
        gazetteer = Gazetteer.from_fixtures()
        failed = 0
        for path in iter_article_paths(paths):
            try:
                text = decode_article(path.read_bytes())
            except (ArticleError, OSError) as exc:
                failed += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            document = extract(text, gazetteer=gazetteer, file=str(path))
            if format == "json":
                self.stdout.write(json.dumps(document.as_dict(), ensure_ascii=False))
            else:
                self.stdout.write(render_text(document.as_dict()))
        if failed:
            raise CommandError(f"{failed} file(s) could not be read")


def render_text(doc: dict) -> str:
    """A reading view for a person at a terminal."""
    lines = [f"== {doc['file']}", f"title: {doc['title']}", f"date: {doc['published_on']}"]
    for claim in doc["claims"]:
        who = claim["speaker"] or "?"
        via = f" via {claim['via']}" if claim["via"] else ""
        lines.append(f"  claim [{claim['kind']}] {who} ({claim['side']}){via}: {claim['text']}")
    for fig in doc["figures"]:
        lines.append(
            f"  figure {fig['value']} {fig['unit'] or ''} {fig['category']} "
            f"({fig['side']}): {fig['text']}"
        )
    return "\n".join(lines) + "\n"


