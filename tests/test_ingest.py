"""manage.py ingest: one transaction per file, idempotent, clear errors, nothing partial."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, Figure, Sentence, Source
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db

ARTICLE = (
    " date 2025-03-04\n\nKiev, droni sulla capitale\n\n"
    "Nella notte le forze russe hanno lanciato 40 droni sulla capitale. "
    "«Abbiamo abbattuto 35 droni», ha detto il sindaco di Kiev Vitaliy Klitschko.\n"
)


def ingest(*paths: Path) -> tuple[str, str, int]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, paths), "--no-progress", stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        err.write(str(exc))
        code = 1
    return out.getvalue(), err.getvalue(), code


def test_ingest_stores_every_span_as_a_slice_of_the_source_text(reference):
    out, err, code = ingest(SEEDS)
    assert code == 0, err
    assert Source.objects.count() == len(list(SEEDS.glob("*.txt")))
    assert "files=5 new=5 unchanged=0 failed=0" in out
    for source in Source.objects.all():
        for sentence in source.sentences.all():
            assert source.text[sentence.start:sentence.end].strip()
        for claim in source.claims.all():
            assert source.text[claim.start:claim.end] == claim.text
            assert claim.sentence.source_id == source.pk
        for figure in source.figures.all():
            assert source.text[figure.start:figure.end] == figure.text
            assert figure.sentence.start <= figure.start < figure.end <= figure.sentence.end


def test_reingesting_an_identical_text_changes_nothing(reference, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    ingest(path)
    counts = (Source.objects.count(), Sentence.objects.count(), Claim.objects.count(),
              Figure.objects.count())
    out, _, code = ingest(path)
    assert code == 0
    assert "unchanged" in out
    assert counts == (Source.objects.count(), Sentence.objects.count(), Claim.objects.count(),
                      Figure.objects.count())


def test_header_date_and_title_are_stored(reference, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    ingest(path)
    source = Source.objects.get()
    assert source.published_label == "2025-03-04"
    assert source.title == "Kiev, droni sulla capitale"
    assert source.text == ARTICLE
    assert source.file_name == "a.txt"


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"   \n\n  \t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Riproduzione riservata\n\xc2\xa9 Copyright Adnkronos\n", "no article text"),
        (b"x" * (6 * 1024 * 1024), "too large"),
    ],
)
def test_bad_files_fail_with_one_line_and_the_others_are_ingested(
    reference, tmp_path, content, message
):
    (tmp_path / "a_bad.txt").write_bytes(content)
    (tmp_path / "b_good.txt").write_text(ARTICLE, encoding="utf-8")
    out, err, code = ingest(tmp_path)
    assert code == 1
    line = next(x for x in err.splitlines() if "a_bad.txt" in x)
    assert message in line
    assert "failed=1" in out
    assert list(Source.objects.values_list("file_name", flat=True)) == ["b_good.txt"]


def test_cp1252_text_is_decoded_not_refused(reference, tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(ARTICLE.replace("capitale.", "capitale, però è così.").encode("cp1252"))
    _, err, code = ingest(path)
    assert code == 0, err
    assert "però è così" in Source.objects.get().text
