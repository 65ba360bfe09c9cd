"""Demo directory: every actor named in the kartläggning of the report "Ny i Västerås" (2015), in its
category, without invented contact details, addresses or hours (used by ``manage.py load_demo``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation

from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Category,
    Location,
    Organization,
    Status,
    TaxonomyTerm,
)
from directory.services import unique_slug
from directory.vocabulary import ensure_vocabulary
from kernel import languages
from kernel.focus_areas import FocusArea

SOURCE = "Ny i Västerås kartläggning 2015"

AREAS = {
    "backby": {"sv": "Bäckby", "ar": "بيكبي", "fa": "بِکبی", "uk": "Беккбю", "ru": "Беккбю", "ti": "በክቢ"},
    "skiljebo": {"sv": "Skiljebo", "ar": "شيليبو", "fa": "شیلیه‌بو", "uk": "Шільєбу", "ru": "Шильебу",
                 "ti": "ሽልየቡ"},
    "skultuna": {"sv": "Skultuna", "ar": "سكولتونا", "fa": "اسکولتونا", "uk": "Скультуна", "ru": "Скультуна",
                 "ti": "ስኩልቱና"},
}

# Only generally known facts about what an agency does; machine translations except sv.
DESCRIPTIONS = {
    "Försäkringskassan": {
        "sv": "Statlig myndighet för socialförsäkringen, till exempel föräldrapenning, barnbidrag och sjukpenning.",
        "en": "Government agency for social insurance, for example parental benefit, child allowance and "
              "sickness benefit.",
        "ar": "جهة حكومية مسؤولة عن التأمين الاجتماعي، مثل إعانة الوالدين وإعانة الأطفال وتعويض المرض.",
        "fa": "اداره دولتی بیمه‌های اجتماعی، برای مثال کمک‌هزینه والدین، کمک‌هزینه فرزند و غرامت بیماری.",
        "so": "Hay'ad dowladeed oo qaabilsan caymiska bulshada, tusaale ahaan lacagta waalidka, lacagta "
              "carruurta iyo lacagta jirrada.",
        "ti": "ንማሕበራዊ ውሕስና ዝከታተል መንግስታዊ ትካል፡ ንኣብነት ናይ ወለዲ ክፍሊት፡ ናይ ቆልዑ ሓገዝ ገንዘብን ናይ ሕማም ክፍሊትን።",
        "uk": "Державна установа соціального страхування, наприклад батьківська допомога, допомога на дітей "
              "і лікарняні.",
        "ru": "Государственное ведомство социального страхования, например родительское пособие, детское "
              "пособие и пособие по болезни.",
        "tr": "Sosyal sigortadan sorumlu kamu kurumu; örneğin ebeveyn parası, çocuk yardımı ve hastalık parası.",
    },
    "Migrationsverket": {
        "sv": "Statlig myndighet som prövar ansökningar om uppehållstillstånd, asyl och medborgarskap.",
        "en": "Government agency that decides on applications for residence permits, asylum and citizenship.",
        "ar": "جهة حكومية تبت في طلبات الإقامة واللجوء والجنسية.",
        "fa": "اداره دولتی که به درخواست‌های اجازه اقامت، پناهندگی و تابعیت رسیدگی می‌کند.",
        "so": "Hay'ad dowladeed oo go'aan ka gaarta codsiyada sharciga degenaanshaha, magangelyada iyo "
              "dhalashada.",
        "ti": "ንሕቶታት ፍቓድ መንበሪ፡ ዑቕባን ዜግነትን ዝውስን መንግስታዊ ትካል።",
        "uk": "Державна установа, яка розглядає заяви на дозвіл на проживання, притулок і громадянство.",
        "ru": "Государственное ведомство, рассматривающее заявления на вид на жительство, убежище и гражданство.",
        "tr": "Oturma izni, sığınma ve vatandaşlık başvurularını karara bağlayan kamu kurumu.",
    },
    "Arbetsförmedlingen": {
        "sv": "Statlig arbetsförmedling: hjälp att söka arbete och att komma in på arbetsmarknaden.",
        "en": "Public employment service: help to look for work and to enter the labour market.",
        "ar": "خدمة التوظيف العامة: مساعدة في البحث عن عمل والدخول إلى سوق العمل.",
        "fa": "اداره دولتی کاریابی: کمک برای جستجوی کار و ورود به بازار کار.",
        "so": "Adeegga shaqo-raadinta ee dowladda: caawimo lagu raadinayo shaqo iyo in la galo suuqa shaqada.",
        "ti": "ህዝባዊ ኣገልግሎት ስራሕ፡ ስራሕ ንምድላይን ናብ ዕዳጋ ስራሕ ንምእታውን ሓገዝ።",
        "uk": "Державна служба зайнятості: допомога в пошуку роботи та виході на ринок праці.",
        "ru": "Государственная служба занятости: помощь в поиске работы и выходе на рынок труда.",
        "tr": "Kamu istihdam kurumu: iş aramaya ve iş piyasasına girmeye yardım.",
    },
    "Region Västmanland": {
        "sv": "Regionen ansvarar för hälso- och sjukvården i Västmanland.",
        "en": "The region is responsible for health care in Västmanland.",
        "ar": "المنطقة مسؤولة عن الرعاية الصحية في فيستمانلاند.",
        "fa": "رِگیون (منطقه) مسئول خدمات بهداشتی و درمانی در وستمانلند است.",
        "so": "Gobolku wuxuu mas'uul ka yahay daryeelka caafimaadka ee Västmanland.",
        "ti": "እቲ ዞባ ንኣገልግሎት ጥዕና ኣብ ቨስትማንላንድ ሓላፍነት ኣለዎ።",
        "uk": "Регіон відповідає за охорону здоров'я у Вестманланді.",
        "ru": "Регион отвечает за здравоохранение в Вестманланде.",
        "tr": "Bölge, Västmanland'daki sağlık hizmetlerinden sorumludur.",
    },
    "BVC": {
        "sv": "Barnavårdscentralen följer barns hälsa och utveckling från födseln till skolstarten och ger råd "
              "till föräldrar.",
        "en": "The child health centre follows children's health and development from birth until they start "
              "school and gives advice to parents.",
        "ar": "مركز رعاية الطفل يتابع صحة الأطفال ونموهم من الولادة حتى بدء المدرسة ويقدم النصائح للوالدين.",
        "fa": "مرکز مراقبت از کودک سلامت و رشد کودکان را از تولد تا شروع مدرسه پیگیری می‌کند و به والدین "
              "مشاوره می‌دهد.",
        "so": "Xarunta caafimaadka carruurta waxay la socotaa caafimaadka iyo koritaanka carruurta laga bilaabo "
              "dhalashada ilaa ay bilaabaan dugsiga, waxayna talo siisaa waalidiinta.",
        "ti": "ማእከል ክንክን ቆልዑ ንጥዕናን ምዕባለን ቆልዑ ካብ ምውላዶም ክሳብ ትምህርቲ ዝጅምሩ ይከታተል፡ ንወለዲ ድማ ምኽሪ ይህብ።",
        "uk": "Дитячий медичний центр стежить за здоров'ям і розвитком дітей від народження до початку школи "
              "та консультує батьків.",
        "ru": "Детский медицинский центр наблюдает за здоровьем и развитием детей от рождения до начала школы "
              "и консультирует родителей.",
        "tr": "Çocuk sağlığı merkezi, çocukların sağlığını ve gelişimini doğumdan okula başlayana kadar izler "
              "ve ebeveynlere danışmanlık verir.",
    },
    "Barnmorskemottagningen": {
        "sv": "Barnmorskemottagningen ger vård under graviditeten och råd om preventivmedel.",
        "en": "The midwife clinic gives care during pregnancy and advice on contraception.",
        "ar": "عيادة القابلات تقدم الرعاية أثناء الحمل والنصائح حول وسائل منع الحمل.",
        "fa": "مرکز مامایی در دوران بارداری مراقبت ارائه می‌دهد و درباره روش‌های پیشگیری از بارداری مشاوره "
              "می‌دهد.",
        "so": "Rugta umulisada waxay bixisaa daryeel inta lagu jiro uurka iyo talo ku saabsan ka-hortagga uurka.",
        "ti": "ክሊኒክ መሕረሲት ኣብ እዋን ጥንሲ ክንክን ትህብ፡ ብዛዕባ መከላኸሊ ጥንሲ ድማ ምኽሪ ትህብ።",
        "uk": "Жіноча консультація (акушерки) надає допомогу під час вагітності та консультує щодо "
              "контрацепції.",
        "ru": "Женская консультация (акушерки) ведёт беременность и консультирует по контрацепции.",
        "tr": "Ebe kliniği hamilelik sırasında bakım verir ve doğum kontrolü konusunda danışmanlık yapar.",
    },
}


@dataclass(frozen=True)
class Actor:
    name: str
    category: str
    alternate_names: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    status: str = Status.UNKNOWN
    parent: str | None = None
    area: str | None = None  # only where the actor's name says where it is
    meeting_place_title: str | None = None
    extra: dict = field(default_factory=dict)


A = Category.AGENCY
M = Category.MUNICIPAL_SERVICE
E = Category.STUDY_ASSOCIATION
F = Category.FAITH_COMMUNITY
P = Category.POLITICAL
R = Category.MUNICIPALITY
S = Category.ASSOCIATION
MP = Category.MEETING_PLACE
ACTIVE = Status.ACTIVE
WORK, HEALTH, PARENTING = FocusArea.WORK, FocusArea.HEALTH, FocusArea.PARENTING
ASSOC, LEISURE = FocusArea.ASSOCIATIONS, FocusArea.LEISURE

# In the report's order. Spellings are corrected; the report's spelling is kept as an alternate name.
ACTORS: tuple[Actor, ...] = (
    # Myndigheter
    Actor("Försäkringskassan", A, focus=(PARENTING, WORK), status=ACTIVE),
    Actor("Migrationsverket", A, status=ACTIVE),
    Actor("Arbetsförmedlingen", A, focus=(WORK,), status=ACTIVE),
    Actor("Region Västmanland", R, ("Landstinget", "Landstinget Västmanland"), focus=(HEALTH,), status=ACTIVE),
    Actor("BVC", R, ("Barnavårdscentralen",), focus=(PARENTING, HEALTH), status=ACTIVE,
          parent="Region Västmanland"),
    Actor("AIH", R, focus=(HEALTH,), parent="Region Västmanland"),
    Actor("Barnmorskemottagningen", R, focus=(HEALTH, PARENTING), status=ACTIVE, parent="Region Västmanland"),
    # verksamheter inom kommunen
    Actor("Familjecentrum", M, focus=(PARENTING,)),
    Actor("Områdessamordnare", M),
    Actor("Bäckbyhuset", MP, area="backby", meeting_place_title="Bäckbyhuset"),
    Actor("Hjärtpunkt Skiljebo", MP, area="skiljebo", meeting_place_title="Hjärtpunkt Skiljebo"),
    Actor("Biblioteken", M, focus=(LEISURE,)),
    Actor("Ama Arbetsmarknad", M, focus=(WORK,)),
    Actor("Integrationsenheten", M),
    Actor("Socialkontor ekonomi", M, ("Social kontor ekonomi",), focus=(WORK,)),
    Actor("Socialkontor barn och ungdom", M, ("Social kontor barn och ungdom",), focus=(PARENTING,)),
    Actor("Socialkontor vuxen", M, ("Social konto vuxen",)),
    Actor("Skultuna Familjecentrum", M, focus=(PARENTING,), area="skultuna"),
    Actor("SESAM", M),
    Actor("VUC", M),
    Actor("IDA-enheten", M),
    # Studieförbund och folkhögskolor
    Actor("Studieförbundet Vuxenskolan", E, status=ACTIVE),
    Actor("Folkuniversitetet", E, status=ACTIVE),
    Actor("Västerås Folkhögskola", E),
    Actor("Ibn Rushd", E, ("Ibn Rush",), status=ACTIVE),
    Actor("Medborgarskolan", E, status=ACTIVE),
    Actor("Sensus", E, status=ACTIVE),
    Actor("Bilda", E, status=ACTIVE),
    Actor("Västmanlands Idrottsförbund/SISU Idrottsutbildarna", E,
          ("Västmanlands Idrottsförbund/SISU Utbildarna", "RF-SISU Västmanland"), focus=(LEISURE,)),
    Actor("ABF", E, status=ACTIVE),
    Actor("NBV", E, status=ACTIVE),
    Actor("Kulturens", E),
    # Trossamfund
    Actor("Pingstkyrkan", F, ("Pingst kyrkan",)),
    Actor("Frälsningsarmén", F, status=ACTIVE),
    Actor("Syrianska kyrkan", F),
    Actor("Bäckbykyrkan", F, area="backby"),
    Actor("Mikaelikyrkan", F),
    Actor("Tomaskyrkan", F),
    Actor("Stadsmissionen", F),
    Actor("Ansgarskyrkan", F, ("Ansgar kyrkan",)),
    # Politiska föreningar
    Actor("Miljöpartiet", P, status=ACTIVE),
    Actor("Sverigedemokraterna", P, status=ACTIVE),
    Actor("Socialdemokraterna", P, status=ACTIVE),
    Actor("S-kvinnor", P, parent="Socialdemokraterna"),
    Actor("Vänsterpartiet", P, status=ACTIVE),
    Actor("Centerpartiet", P, status=ACTIVE),
    Actor("Moderaterna", P, status=ACTIVE),
    Actor("Folkpartiet", P, ("Liberalerna",)),
    Actor("Kristdemokraterna", P, status=ACTIVE),
    # Andra kommuner
    Actor("Uppsala kommun", R, ("Uppsala",), status=ACTIVE),
    Actor("Göteborgs Stad", R, ("Göteborg",), status=ACTIVE),
    Actor("Svenska med baby", S, ("Svenska med Baby i Stockholm och Gävle",), focus=(PARENTING,)),
    Actor("Köpings kommun", R, ("Köping",), status=ACTIVE),
    Actor("Malmö stad", R, ("Malmö",), status=ACTIVE),
    Actor("Örebro kommun", R, ("Örebro",), status=ACTIVE),
    Actor("Sveriges Kommuner och Regioner", R, ("SKL", "Sveriges Kommuner och Landsting", "SKR"),
          status=ACTIVE),
    Actor("Sala kommun", R, ("Sala",), status=ACTIVE),
    Actor("Länsstyrelsen i Västra Götalands län", A, ("Länsstyrelse Västra Götalands Län",), status=ACTIVE),
    Actor("Karlskoga kommun", R, ("Karlskoga",), status=ACTIVE),
    Actor("Eskilstuna kommun", R, ("Eskilstuna",), status=ACTIVE),
    # Andra föreningar och aktörer
    Actor("Röda Korset – Centrum för integration", S, ("Röda Korset – Centrum för Integration",),
          focus=(ASSOC,)),
    Actor("Horn of Africa", S, focus=(ASSOC,)),
    Actor("Towfeq", S, focus=(ASSOC,)),
    Actor("Redivid", S, focus=(ASSOC,)),
    Actor("OMI", S, focus=(ASSOC,)),
    Actor("Folkhälsobyrå", S, focus=(HEALTH,)),
    Actor("CamVas", S, focus=(ASSOC,)),
    Actor("Armenska föreningen", S, focus=(ASSOC,)),
    Actor("Afghanska föreningen", S, focus=(ASSOC,)),
    Actor("Irakiska föreningen", S, focus=(ASSOC,)),
    Actor("IKKR", S, focus=(ASSOC,)),
    Actor("Slussa Vänner", S, focus=(ASSOC,)),
    Actor("Civilförsvarsförbundet", S, focus=(ASSOC,)),
    Actor("Somaliska Ungdomsförbundet", S, focus=(ASSOC,)),
    Actor("Somaliska kulturcenter", S, focus=(ASSOC,)),
    Actor("Syrianska kulturcenter", S, focus=(ASSOC,)),
    Actor("Syrianska fotboll", S, focus=(ASSOC, LEISURE)),
    Actor("Volontärbyrå", S, focus=(ASSOC,)),
    Actor("Forum – idéburna organisationer med social inriktning", S, focus=(ASSOC,)),
    Actor("Nätverket av Sociala Föreningar i Västerås", S, focus=(ASSOC,)),
    Actor("Samordningsförbundet", S, focus=(WORK,)),
)


@transaction.atomic
def load(stdout=None) -> list[Organization]:
    """Create or bring up to date the kartläggning actors (matched by name); returns them in order."""
    with translation.override(languages.DEFAULT):
        ensure_vocabulary()
        categories = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__slug=CATEGORY_TAXONOMY)}
        focus_terms = {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY)}
        areas = {slug: _area(slug, names) for slug, names in AREAS.items()}
        by_name: dict[str, Organization] = {}
        for actor in ACTORS:
            by_name[actor.name] = _actor(actor, categories, focus_terms, areas, by_name)
    if stdout is not None:
        stdout.write(f"Directory: {len(by_name)} actors from the kartläggning.")
    return list(by_name.values())


def _area(slug: str, names: dict[str, str]) -> Area:
    values = {languages.field_name("name", code): text for code, text in names.items()}
    area, _created = Area.objects.update_or_create(slug=slug, defaults={"name": names["sv"], **values})
    return area


def _meeting_place_page(title: str | None):
    if not title:
        return None
    from wagtail.models import Page

    return Page.objects.filter(title=title, content_type__model="meetingplacepage").first()


def _actor(actor: Actor, categories, focus_terms, areas, by_name) -> Organization:
    org = Organization.objects.filter(name=actor.name, source=SOURCE).first()
    if org is None:
        org = Organization(name=actor.name, slug=unique_slug(actor.name), source=SOURCE)
    org.alternate_names = list(actor.alternate_names)
    org.category = categories[actor.category]
    org.status = actor.status
    org.parent = by_name.get(actor.parent) if actor.parent else None
    page = _meeting_place_page(actor.meeting_place_title)
    if page is not None:
        org.meeting_place_page = page
    for code, text in DESCRIPTIONS.get(actor.name, {}).items():
        setattr(org, languages.field_name("description", code), text)
    org.save()
    org.focus_areas.set([focus_terms[str(code)] for code in actor.focus])
    if actor.area and not org.locations.filter(area=areas[actor.area]).exists():
        # the name itself says where the actor is; the address is unknown
        Location.objects.create(organization=org, name=actor.name, area=areas[actor.area])
    return org
