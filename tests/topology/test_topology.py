"""Two app hosts behind nginx share what they must (database, Redis, uploads) and survive losing a part.

Every request goes over real sockets to the processes deploy/topology.py started; loads are small,
bounded in count and time, and only to 127.0.0.1.
"""

from __future__ import annotations

import io
import re
import threading
import time
import uuid

import pytest
from PIL import Image

from tests.topology.conftest import REPO, client, csrf_token, new_client_address

pytestmark = pytest.mark.topology

ARTICLE_DRAFT = r"""
import json
from django.utils import translation
from django.apps import apps
from django.contrib.auth import get_user_model
ArticlePage = next(model for model in apps.get_models() if model.__name__ == "ArticlePage")
page = ArticlePage.objects.live().order_by("pk").first()
page.title_sv = page.title_sv.split(" [")[0] + " [TOKEN]"
page.save_revision(user=get_user_model().objects.get(username="topology-editor"))
with translation.override("sv"):
    url = page.get_url()
print(json.dumps({"id": page.pk, "url": url}))
"""


def _wait_until(fetch, token: str, seconds: float) -> float | None:
    """Seconds until ``fetch()`` shows ``token``; None if it did not within ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start <= seconds:
        if token in fetch():
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def test_a_page_published_on_host_a_is_served_new_by_host_b_and_nginx_within_a_second(topology, editor):
    token = uuid.uuid4().hex[:12]
    article = topology.shell("a", ARTICLE_DRAFT.replace("TOKEN", token))
    reader = client()
    for base in (topology.b, topology.nginx, topology.nginx):  # both caches now hold the published page
        page = reader.get(base + article["url"], timeout=30)
        assert page.status_code == 200 and token not in page.text

    staff = topology.admin(topology.a, editor["username"], editor["password"])
    publish = f"{topology.a}/admin/bulk/wagtailcore/page/publish/?id={article['id']}&next=/admin/"
    published = staff.post(publish, data={"csrfmiddlewaretoken": csrf_token(staff.get(publish, timeout=30).text)},
                           allow_redirects=False, timeout=60)
    assert published.status_code == 302

    on_b = _wait_until(lambda: reader.get(topology.b + article["url"], timeout=30).text, token, 1.0)
    on_nginx = _wait_until(lambda: reader.get(topology.nginx + article["url"], timeout=30).text, token, 1.0)
    assert on_b is not None, "host B still serves the page as it was before the publish"
    assert on_nginx is not None, "nginx still serves the page as it was a second after the publish"


def test_an_association_edit_approved_on_host_a_is_found_by_search_on_host_b(topology, editor):
    if topology.run("env", "a").count("SEARCH_BACKEND=postgres") == 0:
        pytest.skip("SEARCH_BACKEND=postgres is not in the project yet: each host's embedded index is its "
                    "own file, so an edit approved on host A never reaches host B's search")
    token = "zq" + uuid.uuid4().hex[:10]
    proposal = topology.shell("a", r"""
import json
from django.contrib.auth import get_user_model
from django.urls import reverse
from community import services
from community.models import Membership
from directory import snapshot
from directory.models import Organization
org = Organization.objects.filter(status="active").order_by("pk").first() or Organization.objects.order_by("pk").first()
member, _ = get_user_model().objects.get_or_create(username="topology-member", defaults={"email": "m@example.org"})
Membership.objects.get_or_create(user=member, organization=org)
base = snapshot.serialize(org)
proposed = {**base, "description": {**base["description"], "sv": "Föreningen TOKEN träffas varje vecka."}}
request = services.submit_change(member, org, proposed, base_snapshot=base)
print(json.dumps({"review": reverse("community_admin:review", args=[request.pk])}))
""".replace("TOKEN", token))
    staff = topology.admin(topology.a, editor["username"], editor["password"])
    review = staff.get(topology.a + proposal["review"], timeout=30)
    approved = staff.post(topology.a + proposal["review"], allow_redirects=False, timeout=60,
                          data={"csrfmiddlewaretoken": csrf_token(review.text), "message": "", "approve": "1"})
    assert approved.status_code == 302

    results = client().get(f"{topology.b}/sv/search/", params={"q": token}, timeout=30)
    assert results.status_code == 200
    assert token in results.text


def _feedback(session, base: str) -> int:
    """One (empty, so invalid and harmless) feedback form sent; the answer's status."""
    form = session.get(f"{base}/sv/feedback/", timeout=30)
    return session.post(f"{base}/sv/feedback/", data={"csrfmiddlewaretoken": csrf_token(form.text)},
                        timeout=30).status_code


def test_rate_limits_count_requests_to_both_hosts_together(topology):
    visitor = client(new_client_address())
    answers = [_feedback(visitor, base) for base in (topology.a, topology.b) * 3]
    assert answers[:5] == [200] * 5  # the limit is five per hour, sent to A, B, A, B, A
    assert answers[5] == 429  # the sixth, on B, counts the three that A saw


def test_the_client_address_reaches_the_app_through_the_trusted_proxy(topology):
    settings = "".join(path.read_text() for path in (REPO / "portal" / "settings").glob("*.py"))
    if "TRUSTED_PROXIES" not in settings:
        pytest.skip("the app does not read X-Forwarded-For yet (no TRUSTED_PROXIES in portal/settings): every "
                    "visitor behind nginx has nginx's address")
    first, second = client(new_client_address()), client(new_client_address())
    answers = [_feedback(first, topology.nginx) for _ in range(6)]
    assert answers == [200] * 5 + [429]  # counted per visitor, not per proxy
    assert _feedback(second, topology.nginx) == 200  # another address has its own count
    # a forged X-Forwarded-For makes no new visitor: nginx replaces it, and a host believes it only from nginx
    first.headers["X-Forwarded-For"] = "198.51.100.7"
    assert _feedback(first, topology.nginx) == 429
    assert _feedback(first, topology.a) == 429


def _load(topology, staff, article_url: str, kill_after: int):
    """GETs from four readers and POSTs from one editor through nginx; host A is killed after
    ``kill_after`` GETs. Bounded: 160 GETs and 25 POSTs, 45 s at most."""
    gets: list[int | str] = []
    posts: list[tuple[str, int | str]] = []
    killed = threading.Event()
    deadline = time.monotonic() + 45
    lock = threading.Lock()

    def reader(number: int):
        session = client()
        for i in range(40):
            if time.monotonic() > deadline:
                return
            try:  # a query string of its own: past nginx's cache, to an app host every time
                status = session.get(f"{topology.nginx}{article_url}?r={number}-{i}", timeout=30).status_code
            except Exception as error:  # noqa: BLE001 (a failed request is what is counted)
                status = repr(error)
            with lock:
                gets.append(status)
                if len(gets) == kill_after and not killed.is_set():
                    killed.set()
                    topology.run("kill", "a")

    def writer():
        form = staff.get(f"{topology.nginx}/admin/collections/add/", timeout=30).text
        token, parent = csrf_token(form), re.search(r'<option value="(\d+)"', form).group(1)
        for i in range(25):
            if time.monotonic() > deadline:
                return
            name = f"topology-{uuid.uuid4().hex[:10]}-{i}"
            try:
                status = staff.post(f"{topology.nginx}/admin/collections/add/", allow_redirects=False, timeout=30,
                                    data={"csrfmiddlewaretoken": token, "name": name, "parent": parent}).status_code
            except Exception as error:  # noqa: BLE001
                status = repr(error)
            posts.append((name, status))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)] + [threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    return gets, posts, killed.is_set()


def test_host_a_killed_under_load_loses_no_get_and_applies_no_post_twice(topology, editor):
    article = topology.shell("a", ARTICLE_DRAFT.replace("TOKEN", "load"))
    staff = topology.admin(topology.nginx, editor["username"], editor["password"])
    try:
        gets, posts, killed = _load(topology, staff, article["url"], kill_after=30)
    finally:
        topology.start()  # host A back for the other tests
    assert killed
    assert len(gets) >= 60
    assert [status for status in gets if status != 200] == []

    names = [name for name, _ in posts]
    applied = topology.shell("b", r"""
import json
from collections import Counter
from wagtail.models import Collection
print(json.dumps(Counter(Collection.objects.filter(name__in=NAMES).values_list("name", flat=True))))
""".replace("NAMES", repr(names)))
    assert all(count == 1 for count in applied.values()), f"a POST was applied twice: {applied}"
    lost = [name for name, status in posts if status == 302 and applied.get(name) != 1]
    assert lost == [], "a POST answered as done is not in the database"
    # one that failed (A died while it ran) was answered as failed, never retried on B behind the user's back
    assert all(status in (302, 502, 504) for _, status in posts), posts


def test_pages_are_served_without_redis(topology):
    topology.run("stop-redis")
    try:
        reader = client()
        for base in (topology.a, topology.b, topology.nginx):
            for path in ("/sv/", "/ar/", "/sv/directory/"):
                response = reader.get(f"{base}{path}?no-redis={uuid.uuid4().hex}", timeout=30)
                assert response.status_code == 200, f"{base}{path}: {response.status_code}"
                assert "<html" in response.text
        # the rate limit cannot count without Redis; the form stays open instead of failing
        assert _feedback(client(new_client_address()), topology.a) == 200
    finally:
        topology.start()


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_image_uploaded_through_host_a_is_read_by_host_b(topology, editor):
    title = f"topology-{uuid.uuid4().hex[:10]}"
    on_a = topology.admin(topology.a, editor["username"], editor["password"])
    form = on_a.get(f"{topology.a}/admin/images/add/", timeout=30).text
    fields = {"csrfmiddlewaretoken": csrf_token(form), "title": title}
    collection = re.search(r'name="collection".*?<option value="(\d+)"', form, re.S)
    if collection:  # asked for once there is more than one collection
        fields["collection"] = collection.group(1)
    uploaded = on_a.post(f"{topology.a}/admin/images/add/", allow_redirects=False, timeout=60, data=fields,
                         files={"file": (f"{title}.png", _png((200, 30, 90)), "image/png")})
    assert uploaded.status_code == 302
    image = topology.shell("b", r"""
import json
from wagtail.images import get_image_model
image = get_image_model().objects.get(title="TITLE")
print(json.dumps({"id": image.pk, "url": image.file.url}))
""".replace("TITLE", title))

    # host B makes a rendition from the original, which only host A has written
    on_b = topology.admin(topology.b, editor["username"], editor["password"])
    preview = on_b.get(f"{topology.b}/admin/images/{image['id']}/preview/fill-16x12/", timeout=30)
    assert preview.status_code == 200
    rendition = Image.open(io.BytesIO(preview.content))
    assert rendition.size == (16, 12)
    assert rendition.convert("RGB").getpixel((8, 6)) == (200, 30, 90)
    # and nginx serves the original from the shared MEDIA_ROOT
    original = client().get(topology.nginx + image["url"], timeout=30)
    assert original.status_code == 200 and original.content == _png((200, 30, 90))
