"""Machine drafts on demand: a page, a section or a listing sent to a translation service (DeepL's API or
a LibreTranslate server, chosen by ``MACHINE_TRANSLATION_PROVIDER``; off by default).

A draft is written with the status "machine" through the same import as a translator's file, so it is
checked the same way (languages the user may edit, markup, whole StreamFields) and all or nothing. A
field whose translation a person has reviewed is never sent or overwritten. Markup and placeholders must
come back intact: text is sent as HTML, placeholders inside ``translate="no"`` elements, and a draft whose
tags or placeholders changed is refused.
"""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from kernel import languages
from translations import exchange, services
from translations.models import Status

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
PROTECTED = re.compile(r'<span translate="no">(.*?)</span>', re.S)
BATCH = 25  # texts per request: well within DeepL's 50 and a LibreTranslate server's usual limits
TIMEOUT = 20


class MachineTranslationError(Exception):
    """Something the editor can act on, in their language."""


@dataclass
class DraftResult:
    objects: int = 0
    changed: int = 0
    sent: int = 0
    skipped_reviewed: int = 0


# --- providers -------------------------------------------------------------------------------------

class Provider:
    name = ""

    def __init__(self, url: str, api_key: str = ""):
        self.url = url.rstrip("/")
        self.api_key = api_key

    def target_code(self, code: str) -> str:
        return code

    def supported_targets(self) -> set[str]:
        raise NotImplementedError

    def translate(self, texts: list[str], target: str) -> list[str]:
        raise NotImplementedError

    def supports(self, code: str) -> bool:
        if code == languages.DEFAULT or not languages.get(code).machine_translatable:
            return False
        key = f"machine-translation-targets:{self.name}:{self.url}"
        targets = cache.get(key)
        if targets is None:
            targets = self.supported_targets()
            cache.set(key, targets, 3600)
        return self.target_code(code).lower() in targets

    def _request(self, path: str, payload: dict | None = None, headers: dict | None = None):
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(
            f"{self.url}{path}", data=data, method="POST" if data is not None else "GET",
            headers={"Content-Type": "application/json", "Accept": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310  configured https URL
                return json.loads(response.read().decode() or "null")
        except urllib.error.HTTPError as exc:
            raise self._error(exc.code, _read_error(exc)) from None
        except (TimeoutError, urllib.error.URLError, ConnectionError, json.JSONDecodeError):
            raise MachineTranslationError(
                _("The machine translation service cannot be reached right now. Try again later.")) from None

    def _error(self, status: int, detail: str) -> MachineTranslationError:
        if status in (401, 403):
            return MachineTranslationError(_("The machine translation service did not accept this site's key. "
                                             "Ask the site's administrator to check it."))
        if status == 413:
            return MachineTranslationError(_("Too much text for one request. Choose a single page."))
        if status in (429, 529):
            return MachineTranslationError(_("The machine translation service is busy. Try again in a minute."))
        if status == 456:
            return MachineTranslationError(_("The machine translation quota is used up. Try again when it "
                                             "renews, or translate by hand."))
        if 400 <= status < 500:
            return MachineTranslationError(_("The machine translation service refused the request: %(detail)s")
                                           % {"detail": detail[:200] or status})
        return MachineTranslationError(
            _("The machine translation service cannot be reached right now. Try again later."))


def _read_error(exc: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(exc.read().decode() or "{}")
    except (ValueError, UnicodeDecodeError):
        return ""
    return str(body.get("message") or body.get("error") or "") if isinstance(body, dict) else ""


class DeepL(Provider):
    """DeepL API v2 (``https://api-free.deepl.com`` or ``https://api.deepl.com``)."""

    name = "DeepL"

    def _auth(self) -> dict:
        return {"Authorization": f"DeepL-Auth-Key {self.api_key}"}

    def target_code(self, code: str) -> str:
        return {"en": "EN-GB"}.get(code, code.upper())

    def supported_targets(self) -> set[str]:
        listed = self._request("/v2/languages?type=target", headers=self._auth()) or []
        return {str(item.get("language", "")).lower() for item in listed if isinstance(item, dict)}

    def translate(self, texts: list[str], target: str) -> list[str]:
        body = self._request("/v2/translate", {
            "text": texts, "source_lang": "SV", "target_lang": self.target_code(target), "tag_handling": "html",
        }, headers=self._auth())
        translations = body.get("translations") if isinstance(body, dict) else None
        if not isinstance(translations, list) or len(translations) != len(texts):
            raise MachineTranslationError(_("The machine translation service gave an answer this site cannot read."))
        return [str(item.get("text", "")) for item in translations]


class LibreTranslate(Provider):
    """A LibreTranslate server (``/translate`` and ``/languages``)."""

    name = "LibreTranslate"

    def supported_targets(self) -> set[str]:
        listed = self._request("/languages") or []
        source = next((item for item in listed if isinstance(item, dict) and item.get("code") == "sv"), None)
        return {str(code).lower() for code in (source or {}).get("targets", [])}

    def translate(self, texts: list[str], target: str) -> list[str]:
        payload = {"q": texts, "source": "sv", "target": target, "format": "html"}
        if self.api_key:
            payload["api_key"] = self.api_key
        body = self._request("/translate", payload)
        translated = body.get("translatedText") if isinstance(body, dict) else None
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise MachineTranslationError(_("The machine translation service gave an answer this site cannot read."))
        return [str(text) for text in translated]


PROVIDERS = {"deepl": DeepL, "libretranslate": LibreTranslate}


def configured_provider() -> Provider | None:
    kind = getattr(settings, "MACHINE_TRANSLATION_PROVIDER", "")
    if kind not in PROVIDERS:
        return None
    return PROVIDERS[kind](settings.MACHINE_TRANSLATION_URL, settings.MACHINE_TRANSLATION_API_KEY)


# --- protecting markup and placeholders ------------------------------------------------------------

def to_request(text: str, rich: bool) -> str:
    """``text`` as HTML for the service, placeholders inside ``translate="no"``."""
    body = text if rich else html.escape(text, quote=False)
    return PLACEHOLDER.sub(lambda m: f'<span translate="no">{m.group(0)}</span>', body)


def from_response(text: str, rich: bool) -> str:
    text = PROTECTED.sub(lambda m: m.group(1), text)
    return text if rich else html.unescape(text)


def _shape(text: str) -> tuple[Counter, Counter]:
    return Counter(m.group(1).lower() for m in TAG.finditer(text)), Counter(PLACEHOLDER.findall(text))


def intact(source: str, translated: str) -> bool:
    """Same tags (by name and count) and same placeholders as the Swedish source."""
    return _shape(source) == _shape(translated)


# --- drafting --------------------------------------------------------------------------------------

def draft(user, scope: str, code: str, provider: Provider | None = None) -> DraftResult:
    """Machine-translate everything of ``scope`` into ``code`` that a person has not reviewed."""
    provider = provider or configured_provider()
    if provider is None:
        raise MachineTranslationError(_("Machine translation is not set up on this site."))
    if code not in languages.TRANSLATED_CODES:
        raise MachineTranslationError(_("Unknown language: %(code)s") % {"code": code})
    try:
        services.check_can_edit(user, code)
    except Exception as exc:
        raise MachineTranslationError(str(exc)) from None
    if not provider.supports(code):
        raise MachineTranslationError(_("%(provider)s cannot translate into %(language)s.")
                                      % {"provider": provider.name, "language": languages.get(code).name_local})
    try:
        units = exchange.collect(exchange.scope_objects(scope), code)
    except exchange.ExchangeError as exc:
        raise MachineTranslationError(str(exc)) from None
    result = DraftResult()
    wanted = [u for u in units if u.status != Status.REVIEWED]
    result.skipped_reviewed = len(units) - len(wanted)
    translated = []
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start:start + BATCH]
        answers = provider.translate([to_request(u.source, u.rich) for u in batch], code)
        for unit, answer in zip(batch, answers, strict=True):
            target = from_response(answer, unit.rich)
            if not intact(unit.source, target):
                raise MachineTranslationError(
                    _("The machine translation changed the markup or a placeholder of “%(label)s”; nothing "
                      "was saved.") % {"label": unit.label})
            unit.target = target
            translated.append(unit)
    result.sent = len(translated)
    if not translated:
        return result
    imported = exchange.import_file(user, exchange.to_xliff(translated, code), "xliff", code, Status.MACHINE)
    if not imported.ok:
        raise MachineTranslationError(" ".join(str(e) for e in imported.errors[:3]))
    result.objects, result.changed = imported.objects, imported.changed
    return result
