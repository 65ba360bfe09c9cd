"""Machine drafts against a local HTTP server that speaks DeepL's and LibreTranslate's documented APIs,
including their errors and quota answers."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache
from django.utils import translation

from translations import machine, services
from translations.models import FieldTranslationState, Status

pytestmark = pytest.mark.django_db



def _draft(*args):
    """A draft asked for in English: the messages are asserted in English."""
    with translation.override("en"):
        return machine.draft(*args)

TAG_OR_TEXT = re.compile(r'(<span translate="no">.*?</span>|<[^>]+>)')


def fake_translation(text: str, target: str) -> str:
    """Text outside markup and protected placeholders becomes ``[target] TEXT``; markup stays."""
    parts = TAG_OR_TEXT.split(text)
    return "".join(p if TAG_OR_TEXT.fullmatch(p) or not p.strip() else f"[{target}] {p.upper()}" for p in parts)


class Service:
    """What the fake server answers and what it was asked."""

    def __init__(self):
        self.status = 200
        self.error = {}
        self.break_markup = False
        self.requests: list[tuple[str, dict, dict]] = []
        self.deepl_targets = ["AR", "EN-GB", "RU", "TR", "UK", "FA"]
        self.libre_targets = ["ar", "en", "fa", "ru", "so", "tr", "uk"]

    def translate(self, texts, target):
        out = [fake_translation(t, target) for t in texts]
        if self.break_markup:
            out = [re.sub(r"</?b>", "", t) for t in out]
        return out


@pytest.fixture
def service():
    state = Service()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            state.requests.append((self.path, dict(self.headers), {}))
            if self.path.startswith("/v2/languages"):
                return self._send(200, [{"language": code, "name": code} for code in state.deepl_targets])
            if self.path == "/languages":
                return self._send(200, [{"code": "sv", "name": "Swedish", "targets": state.libre_targets}])
            return self._send(404, {"message": "not found"})

        def do_POST(self):
            payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
            state.requests.append((self.path, dict(self.headers), payload))
            if state.status != 200:
                return self._send(state.status, state.error)
            if self.path == "/v2/translate":
                texts = state.translate(payload["text"], payload["target_lang"].lower())
                return self._send(200, {"translations": [{"detected_source_language": "SV", "text": t}
                                                         for t in texts]})
            if self.path == "/translate":
                return self._send(200, {"translatedText": state.translate(payload["q"], payload["target"])})
            return self._send(404, {"error": "not found"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    cache.clear()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["deepl", "libretranslate"])
def provider(request, service, settings):
    settings.MACHINE_TRANSLATION_PROVIDER = request.param
    settings.MACHINE_TRANSLATION_URL = service.url
    settings.MACHINE_TRANSLATION_API_KEY = "test-key"
    return machine.configured_provider()


def _state(obj, field, code):
    return FieldTranslationState.objects.filter(object_id=obj.pk, field=field, language=code).first()


def test_a_page_gets_a_machine_draft_with_its_markup_intact(provider, article, staff):
    result = machine.draft(staff, f"page:{article.pk}", "ru", provider)
    article.refresh_from_db()
    assert article.intro_ru == "[ru] SÅ SÖKER DU JOBB."
    paragraph = next(b for b in article.body_ru if b.block_type == "paragraph")
    assert "<b>[ru] ARBETSFÖRMEDLINGEN</b>" in paragraph.value.source
    assert _state(article, "intro", "ru").status == Status.MACHINE
    assert result.changed >= 2 and result.sent >= 5


def test_a_reviewed_translation_is_neither_sent_nor_overwritten(provider, service, article, staff):
    services.set_status(staff, article, "ar", Status.REVIEWED)
    machine.draft(staff, f"page:{article.pk}", "ar", provider)
    article.refresh_from_db()
    assert article.intro_ar == "كيف تبحث عن عمل."
    assert _state(article, "intro", "ar").status == Status.REVIEWED
    sent = json.dumps([payload for path, _h, payload in service.requests if "translate" in path], ensure_ascii=False)
    assert "Så söker du jobb." not in sent


def test_a_listing_and_its_services(provider, organization, staff):
    machine.draft(staff, f"listing:{organization.pk}", "uk", provider)
    organization.refresh_from_db()
    assert organization.description_uk == "[uk] EN FÖRENING FÖR NYANLÄNDA."
    assert organization.services.get().name_uk == "[uk] LÄXHJÄLP"


def test_placeholders_are_protected_and_restored():
    sent = machine.to_request("Hej %(name)s, du har {count} nya.", rich=False)
    assert '<span translate="no">%(name)s</span>' in sent and '<span translate="no">{count}</span>' in sent
    back = machine.from_response(fake_translation(sent, "en"), rich=False)
    assert "%(name)s" in back and "{count}" in back and "<span" not in back


def test_broken_markup_saves_nothing(provider, service, article, staff):
    service.break_markup = True
    with pytest.raises(machine.MachineTranslationError, match="markup"):
        _draft(staff, f"page:{article.pk}", "ru", provider)
    article.refresh_from_db()
    assert not article.intro_ru


@pytest.mark.parametrize("status, error, message", [
    (403, {"message": "Wrong auth key"}, "did not accept this site's key"),
    (456, {"message": "Quota exceeded"}, "quota is used up"),
    (429, {"error": "Slowdown: 10 per 1 minute"}, "busy"),
    (500, {"error": "Internal error"}, "cannot be reached"),
    (400, {"error": "Invalid request: missing q parameter"}, "refused the request: Invalid request"),
])
def test_service_errors_reach_the_editor_as_clear_messages(provider, service, article, staff, status, error,
                                                           message):
    service.status, service.error = status, error
    with pytest.raises(machine.MachineTranslationError, match=message):
        _draft(staff, f"page:{article.pk}", "ru", provider)
    article.refresh_from_db()
    assert not article.intro_ru


def test_an_unreachable_service(settings, article, staff):
    settings.MACHINE_TRANSLATION_PROVIDER, settings.MACHINE_TRANSLATION_URL = "libretranslate", "http://127.0.0.1:9"
    with pytest.raises(machine.MachineTranslationError, match="cannot be reached"):
        _draft(staff, f"page:{article.pk}", "ru")


def test_a_language_the_service_does_not_offer(provider, article, staff):
    with pytest.raises(machine.MachineTranslationError, match="cannot translate into"):
        _draft(staff, f"page:{article.pk}", "ti", provider)


def test_easy_swedish_is_never_machine_made(provider, article, staff):
    with pytest.raises(machine.MachineTranslationError, match="cannot translate into"):
        _draft(staff, f"page:{article.pk}", "sv-x-simple", provider)


def test_a_translator_drafts_only_their_languages(provider, article, translator_ti):
    with pytest.raises(machine.MachineTranslationError):
        _draft(translator_ti, f"page:{article.pk}", "ru", provider)
    article.refresh_from_db()
    assert not article.intro_ru


def test_off_by_default(settings, article, staff):
    settings.MACHINE_TRANSLATION_PROVIDER = ""
    with pytest.raises(machine.MachineTranslationError, match="not set up"):
        _draft(staff, f"page:{article.pk}", "ru")


def test_deepl_is_asked_as_its_documentation_says(settings, service, article, staff):
    settings.MACHINE_TRANSLATION_PROVIDER, settings.MACHINE_TRANSLATION_URL = "deepl", service.url
    settings.MACHINE_TRANSLATION_API_KEY = "abc:fx"
    machine.draft(staff, f"page:{article.pk}", "en")
    path, headers, payload = next(r for r in service.requests if r[0] == "/v2/translate")
    assert headers["Authorization"] == "DeepL-Auth-Key abc:fx"
    assert (payload["source_lang"], payload["target_lang"], payload["tag_handling"]) == ("SV", "EN-GB", "html")


def test_the_admin_form_makes_a_draft_and_shows_errors(provider, service, admin_client, article):
    response = admin_client.post("/admin/translations/machine-draft/", {"scope": f"page:{article.pk}",
                                                                        "language": "tr"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.intro_tr == "[tr] SÅ SÖKER DU JOBB."
    service.status, service.error = 456, {"message": "Quota exceeded"}
    response = admin_client.post("/admin/translations/machine-draft/", {"scope": f"page:{article.pk}",
                                                                        "language": "ar"})
    assert response.status_code == 200 and "Kvoten för maskinöversättning är slut" in response.content.decode()
