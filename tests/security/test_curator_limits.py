"""Curators review and edit claims, figures and speakers; whatever else an admin does is refused
to them: users and groups, deleting sources (or anything they review), reference data, the
sources' own fields. Each refusal is checked next to a superuser doing the same, so a 403
means "not yours", not "no such page"."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.models import (
    Claim,
    Figure,
    Outlet,
    RolePhrase,
    Sentence,
    Side,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)
from claims.services.accounts import CURATORS
from tests.factories import article, outlet, side, span, speaker

pytestmark = pytest.mark.django_db

TEXT = ("Nella notte la Russia ha lanciato un nuovo attacco su Kiev.",
        "Il portavoce Dmitry Peskov ha detto che 12 droni sono stati abbattuti.")
# What a curator may delete: the details of a speaker, edited on the speaker's page.
SPEAKER_DETAILS = {SpeakerAlias, SpeakerRole, RolePhrase}


@pytest.fixture(autouse=True)
def _fast_passwords_and_fresh_throttles(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # throttle counters outlive a test's transaction
    yield
    cache.clear()


@pytest.fixture
def curator_client(curator) -> Client:
    client = Client()
    client.force_login(curator)
    return client


@pytest.fixture
def superuser_client() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="not-a-secret"))
    return client


@pytest.fixture
def world():
    source = article(*TEXT, title="Attacco su Kiev", outlet=outlet("ANSA"))
    peskov = speaker("Dmitry Peskov", "RU")
    start, end = span(source, "12 droni sono stati abbattuti")
    sentence = source.sentences.get(index=1)
    claim = Claim.objects.create(source=source, text=source.text[start:end], start=start,
                                 end=end, sentence=sentence, kind="reported", speaker=peskov)
    figure = Figure.objects.create(source=source, sentence=sentence, text="12 droni",
                                   start=start, end=start + 8, value=12,
                                   category="drones_downed", claim=claim)
    return {"source": source, "sentence": sentence, "claim": claim, "figure": figure,
            "speaker": peskov, "side": side("UA"), "outlet": source.outlet}


def counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (
        User, Group, Source, Sentence, Claim, Figure, Speaker, Side, Outlet))


# -- users and groups -------------------------------------------------------------------------

def auth_pages(other: User, group: Group) -> list[str]:
    return [
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_user_add"),
        reverse("admin:auth_user_change", args=[other.pk]),
        reverse("admin:auth_user_password_change", args=[other.pk]),
        reverse("admin:auth_user_delete", args=[other.pk]),
        reverse("admin:auth_group_changelist"),
        reverse("admin:auth_group_add"),
        reverse("admin:auth_group_change", args=[group.pk]),
        reverse("admin:auth_group_delete", args=[group.pk]),
    ]


def test_curators_cannot_open_or_post_the_user_and_group_pages(curator_client,
                                                               superuser_client):
    other = User.objects.create_user("bob", password="not-a-secret", is_staff=True)
    group = Group.objects.get(name=CURATORS)
    before = counts()
    for url in auth_pages(other, group):
        assert superuser_client.get(url).status_code == 200, url
        assert curator_client.get(url).status_code == 403, url
        response = curator_client.post(url, {"post": "yes", "username": "mallory",
                                             "password1": "x9!longpassword",
                                             "password2": "x9!longpassword",
                                             "name": "admins"})
        assert response.status_code == 403, url
    assert counts() == before
    assert other.check_password("not-a-secret")


def test_a_curator_cannot_make_themselves_superuser(curator, curator_client):
    response = curator_client.post(reverse("admin:auth_user_change", args=[curator.pk]), {
        "username": curator.username, "is_active": "on", "is_staff": "on",
        "is_superuser": "on", "groups": [g.pk for g in Group.objects.all()],
        "date_joined_0": "2025-01-01", "date_joined_1": "00:00:00",
    })
    assert response.status_code == 403
    curator.refresh_from_db()
    assert not curator.is_superuser
    assert list(curator.groups.values_list("name", flat=True)) == [CURATORS]


def test_the_admin_index_shows_a_curator_no_users_or_groups(curator_client):
    apps = curator_client.get(reverse("admin:index")).context["app_list"]
    assert [app["app_label"] for app in apps] == ["claims"]


# -- deleting ---------------------------------------------------------------------------------

def test_a_curator_may_delete_only_a_speakers_aliases_roles_and_phrases(curator):
    request = RequestFactory().get("/admin/")
    request.user = curator
    deletable = {model for model, model_admin in admin.site._registry.items()
                 if model_admin.has_delete_permission(request)}
    assert deletable <= SPEAKER_DETAILS
    offered = {model for model, model_admin in admin.site._registry.items()
               if "delete_selected" in model_admin.get_actions(request)}
    assert offered <= SPEAKER_DETAILS


@pytest.mark.parametrize("name", ["source", "claim", "figure", "speaker", "side", "outlet"])
def test_curators_cannot_delete_in_the_admin(curator_client, superuser_client, world, name):
    obj = world[name]
    url = reverse(f"admin:claims_{name}_delete", args=[obj.pk])
    before = counts()
    assert superuser_client.get(url).status_code == 200
    assert curator_client.get(url).status_code == 403
    assert curator_client.post(url, {"post": "yes"}).status_code == 403
    # Nor from the list, by naming the action the list does not offer them.
    curator_client.post(reverse(f"admin:claims_{name}_changelist"), {
        "action": "delete_selected", "_selected_action": [obj.pk], "post": "yes",
    })
    assert counts() == before


# -- sources and reference data ---------------------------------------------------------------

def test_a_curator_reads_a_source_but_cannot_change_it(curator_client, world):
    source = world["source"]
    url = reverse("admin:claims_source_change", args=[source.pk])
    assert curator_client.get(url).status_code == 200
    response = curator_client.post(url, {"title": "Titolo falso", "outlet": "", "url": "",
                                         "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0,
                                         "figures-TOTAL_FORMS": 0,
                                         "figures-INITIAL_FORMS": 0})
    assert response.status_code == 403
    assert Source.objects.get(pk=source.pk).title == "Attacco su Kiev"


def test_a_curator_cannot_change_a_source_through_its_history_page(curator_client,
                                                                   superuser_client, world):
    # The history page shows a curator the old version read-only; posting it must not write.
    source = world["source"]
    source.title, source._change_reason = "Titolo corretto", "admin"
    source.save()
    first = source.history.last()
    url = reverse("admin:claims_source_simple_history", args=[source.pk, first.history_id])
    assert curator_client.get(url).status_code == 200
    form = {"title": "Titolo falso", "outlet": "", "url": "https://example.org/",
            "_save": "Revert", "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0,
            "figures-TOTAL_FORMS": 0, "figures-INITIAL_FORMS": 0}
    assert curator_client.post(url, form).status_code == 403
    stored = Source.objects.get(pk=source.pk)
    assert (stored.title, stored.url) == ("Titolo corretto", "")
    assert source.history.count() == 2
    # The same post from a superuser is a revert.
    assert superuser_client.post(url, form).status_code == 302
    assert Source.objects.get(pk=source.pk).title == "Titolo falso"


@pytest.mark.parametrize("name", ["side", "outlet"])
def test_curators_read_reference_data_but_cannot_add_or_change_it(curator_client,
                                                                  superuser_client, world,
                                                                  name):
    obj = world[name]
    add = reverse(f"admin:claims_{name}_add")
    change = reverse(f"admin:claims_{name}_change", args=[obj.pk])
    assert superuser_client.get(add).status_code == 200
    assert curator_client.get(change).status_code == 200  # view only
    assert curator_client.get(add).status_code == 403
    before = counts()
    data = {"code": "XX", "name": "Fittizio", "kind": "online", "aliases": "[]"}
    assert curator_client.post(add, data).status_code == 403
    assert curator_client.post(change, data).status_code == 403
    assert counts() == before
    assert str(type(obj).objects.get(pk=obj.pk)) == str(obj)


def test_nobody_edits_sentences_in_the_admin(curator_client, superuser_client, world):
    url = reverse("admin:claims_sentence_change", args=[world["sentence"].pk])
    for client in (curator_client, superuser_client):
        assert client.post(url, {"start": 0, "end": 1}).status_code == 403
    sentence = Sentence.objects.get(pk=world["sentence"].pk)
    assert (sentence.start, sentence.end) == (world["sentence"].start, world["sentence"].end)


# -- the API ----------------------------------------------------------------------------------

def api_url(name: str, obj) -> str:
    key = obj.code if name == "side" else obj.pk
    return reverse(f"api:{name}-detail", args=[key])


@pytest.mark.parametrize("name", ["source", "sentence", "claim", "figure", "speaker", "side",
                                  "outlet"])
def test_the_api_offers_curators_no_delete(curator_api, world, name):
    url = api_url(name, world[name])
    before = counts()
    response = curator_api.delete(url)
    assert response.status_code == 405, response.content
    assert "DELETE" not in response.headers.get("Allow", "")
    assert curator_api.get(url).status_code == 200
    assert counts() == before


@pytest.mark.parametrize("name", ["sentence", "speaker", "side", "outlet"])
def test_the_api_offers_curators_no_writes_on_reference_data(curator_api, world, name):
    obj = world[name]
    before = counts()
    listing = reverse(f"api:{name}-list")
    assert curator_api.post(listing, {"name": "Fittizio", "code": "XX"}).status_code == 405
    for method in ("put", "patch"):
        response = getattr(curator_api, method)(api_url(name, obj), {"name": "Fittizio"})
        assert response.status_code == 405, (method, response.content)
    assert counts() == before
    assert str(type(obj).objects.get(pk=obj.pk)) == str(obj)


def test_the_api_lets_curators_patch_no_source(curator_api, world):
    source = world["source"]
    for method in ("put", "patch"):
        response = getattr(curator_api, method)(api_url("source", source),
                                                {"title": "Titolo falso"})
        assert response.status_code == 405, (method, response.content)
    assert Source.objects.get(pk=source.pk).title == "Attacco su Kiev"
