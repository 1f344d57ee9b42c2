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
            assert source.text[sentence.start:sentence.end] == sentence.text
            assert sentence.text.strip()
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


def _article(n: int) -> str:
    return ARTICLE.replace("40 droni", f"{40 + n} droni")


def test_the_same_text_twice_in_one_run_is_stored_once(reference, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    out, _, code = ingest(tmp_path)
    assert code == 0
    assert "new=1 unchanged=1" in out
    assert Source.objects.count() == 1


def test_a_batch_that_meets_a_concurrent_insert_is_written_file_by_file(reference, monkeypatch):
    from claims.services import ingest as service
    from claims.services.gazetteer import gazetteer_from_db

    texts = [_article(n) for n in range(3)]
    real_extract = service.extract
    calls = []

    def extract_while_another_process_stores_the_first(text, **kwargs):
        calls.append(text)
        if len(calls) == 3:  # the first text is already queued for this batch
            Source.objects.create(text=texts[0], sha256=service.text_sha256(texts[0]),
                                  extractor_version="other process")
        return real_extract(text, **kwargs)

    monkeypatch.setattr(service, "extract", extract_while_another_process_stores_the_first)
    results = list(service.sources_ingest(
        articles=[service.Article(text=t) for t in texts], gazetteer=gazetteer_from_db()))
    assert [r.created for r in results] == [False, True, True]
    assert Source.objects.count() == 3
    assert Source.objects.get(sha256=service.text_sha256(texts[0])).sentences.count() == 0


def test_an_extractor_crash_fails_that_file_only(reference, monkeypatch, tmp_path):
    from claims.services import ingest as service

    real_extract = service.extract

    def fragile(text, **kwargs):
        if "41 droni" in text:
            raise RuntimeError("boom")
        return real_extract(text, **kwargs)

    monkeypatch.setattr(service, "extract", fragile)
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    out, err, code = ingest(tmp_path)
    assert code == 1
    assert "1.txt: extraction failed: RuntimeError: boom" in err
    assert "new=2" in out and "failed=1" in out
