"""One-off conversion of the Python demo content (portal.demo_content, directory.demo) into content/ files."""

import datetime
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import django
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
django.setup()

from django.utils.text import slugify  # noqa: E402

from contentfiles import markdown  # noqa: E402
from directory import demo as directory_demo  # noqa: E402
from kernel import languages  # noqa: E402
from pages import demo, demo_content  # noqa: E402
from pages.demo_content import meeting_places, standard  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "content"
TODAY = datetime.date(2026, 12, 5)
REVIEW_BY = datetime.date(2027, 6, 5)
PUBLISHERS = {
    "www.1177.se": "1177 (Sveriges regioner, Inera)",
    "www.regionvastmanland.se": "Region Västmanland",
    "www.112.se": "SOS Alarm",
    "www.forsakringskassan.se": "Försäkringskassan",
    "www.arbetsformedlingen.se": "Arbetsförmedlingen",
    "www.skatteverket.se": "Skatteverket",
    "www.migrationsverket.se": "Migrationsverket",
    "www.uhr.se": "Universitets- och högskolerådet",
    "www.vasteras.se": "Västerås stad",
    "www.informationsverige.se": "Länsstyrelserna (Informationsverige.se)",
    "www.hyresgastforeningen.se": "Hyresgästföreningen",
    "www.naturvardsverket.se": "Naturvårdsverket",
    "www.skolverket.se": "Skolverket",
    "www.bris.se": "Bris",
    "www.rf.se": "Riksidrottsförbundet",
}


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    style = None
    if "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _str)


def dump(data) -> str:
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100000)


def name_of(module, entry) -> str:
    for name, value in vars(module).items():
        if value is entry and name.isupper() and name != "TOPIC":
            return name.lower().replace("_", "-")
    raise LookupError(entry["title"]["sv"])


def phone_names(entry) -> dict[str, str]:
    names: dict[str, str] = {}
    codes = ["sv"] + [c for c in entry.get("body", {}) if c != "sv"]
    for code in codes:
        for kind, value in entry.get("body", {}).get(code, []):
            if kind == "phone" and value["number"] not in names:
                base = slugify(value["label"]) if code == "sv" else "number-" + re.sub(r"\D", "", value["number"])
                base = base or "number"
                name, n = base, 2
                while name in names.values():
                    name, n = f"{base}-{n}", n + 1
                names[value["number"]] = name
    return names


def sources_of(entry) -> list[dict]:
    seen, result = set(), []
    for kind, value in entry.get("body", {}).get("sv", []):
        if kind == "link" and value["url"] not in seen:
            seen.add(value["url"])
            result.append({"title": value["title"], "url": value["url"],
                           "publisher": PUBLISHERS[urlsplit(value["url"]).netloc]})
    return result


def write_page(folder: Path, entry, settings: dict, *, facts: bool):
    folder.mkdir(parents=True, exist_ok=True)
    phones = phone_names(entry)
    if phones:
        settings["phones"] = {name: number for number, name in phones.items()}
    (folder / "page.yml").write_text(dump(settings), encoding="utf-8")
    for code in languages.CODES:
        if code not in entry["title"]:
            continue
        meta = {"title": entry["title"][code], "slug": entry["slug"][code]}
        if entry.get("intro", {}).get(code):
            meta["intro"] = entry["intro"][code]
        meta["status"] = "source" if code == "sv" else "machine"
        if facts and code == "sv":
            meta["sources"] = sources_of(entry)
            meta["facts_checked"] = TODAY
            meta["review_by"] = REVIEW_BY
        body = entry.get("body", {}).get(code, [])
        text = "---\n" + dump(meta) + "---\n"
        if body:
            text += markdown.render(body, phones.get)
        (folder / f"{code}.md").write_text(text, encoding="utf-8")
    extra = set(entry.get("body", {})) - set(entry["title"])
    assert not extra, (entry["title"]["sv"], extra)


def main():
    pages = ROOT / "pages"
    home = {"title": demo.HOME_TITLE, "slug": dict.fromkeys(demo.HOME_TITLE, "home")}
    write_page(pages, home, {"type": "home"}, facts=False)
    order = 0
    for module_name in demo_content.TOPIC_MODULES:
        module = demo._module(module_name)
        topic = module.TOPIC
        order += 1
        folder = pages / topic["focus_area"]
        write_page(folder, topic, {"type": "topic", "order": order, "focus_area": topic["focus_area"]}, facts=False)
        for index, article in enumerate(topic["articles"], start=1):
            write_page(folder / name_of(module, article), article, {"type": "article", "order": index}, facts=True)
    for entry in meeting_places.MEETING_PLACES:
        order += 1
        settings = {"type": "meeting_place", "order": order}
        if entry.get("address"):
            settings["address"] = entry["address"]
        settings["district"] = entry["district"]
        write_page(pages / name_of(meeting_places, entry), entry, settings, facts=False)
    for entry in standard.STANDARD_PAGES:
        order += 1
        settings = {"type": "standard", "order": order}
        if "show_in_menus" in entry:
            settings["show_in_menus"] = entry["show_in_menus"]
        write_page(pages / name_of(standard, entry), entry, settings, facts=False)

    directory = ROOT / "directory"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "areas.yml").write_text(dump(directory_demo.AREAS), encoding="utf-8")
    actors = []
    for actor in directory_demo.ACTORS:
        item = {"name": actor.name, "category": actor.category}
        if actor.alternate_names:
            item["alternate_names"] = list(actor.alternate_names)
        if actor.focus:
            item["focus"] = [str(code) for code in actor.focus]
        item["status"] = str(actor.status)
        for key in ("parent", "area"):
            if getattr(actor, key):
                item[key] = getattr(actor, key)
        if actor.meeting_place_title:
            item["meeting_place"] = actor.meeting_place_title
        if actor.name in directory_demo.DESCRIPTIONS:
            item["description"] = dict(directory_demo.DESCRIPTIONS[actor.name])
        assert not actor.extra
        actors.append(item)
    header = ("# The actors of the kartläggning in the report \"Ny i Västerås\" (2015), in the report's order.\n"
              "# Only true, generally known facts; see docs/content-format.md.\n")
    (directory / "organizations.yml").write_text(header + dump(actors), encoding="utf-8")


if __name__ == "__main__":
    main()
