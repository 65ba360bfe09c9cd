"""The fixed vocabularies the code relies on: the category taxonomy and the six focus areas, with their
names in the portal's languages (machine translations except sv and en). Created after every migrate."""

from __future__ import annotations

from django.db import transaction

from directory.models import CATEGORY_TAXONOMY, FOCUS_AREA_TAXONOMY, Category, Taxonomy, TaxonomyTerm
from kernel import languages
from kernel.focus_areas import FocusArea

# code -> {language: name}; languages left out fall back (sv-x-simple -> sv, prs -> fa -> sv)
TAXONOMIES = {
    CATEGORY_TAXONOMY: {
        "sv": "Kategori", "en": "Category", "ar": "الفئة", "fa": "دسته‌بندی", "ps": "کټګوري",
        "ckb": "پۆل", "so": "Qaybta", "ti": "ምድብ", "uk": "Категорія", "ru": "Категория", "tr": "Kategori",
    },
    FOCUS_AREA_TAXONOMY: {
        "sv": "Fokusområde", "en": "Focus area", "ar": "مجال التركيز", "fa": "حوزه اصلی", "ps": "اصلي ساحه",
        "ckb": "بواری سەرەکی", "so": "Mawduuc", "ti": "ቀንዲ ዓውዲ", "uk": "Тематична сфера",
        "ru": "Тематическая область", "tr": "Odak alanı",
    },
}

CATEGORY_TERMS = {
    Category.AGENCY: {
        "sv": "Myndighet", "en": "Government agency", "ar": "جهة حكومية", "fa": "اداره دولتی",
        "ps": "دولتي اداره", "ckb": "دەزگای حکومی", "so": "Hay'ad dowladeed", "ti": "መንግስታዊ ትካል",
        "uk": "Державна установа", "ru": "Государственное ведомство", "tr": "Kamu kurumu",
    },
    Category.MUNICIPAL_SERVICE: {
        "sv": "Kommunal verksamhet", "en": "Municipal service", "ar": "خدمة بلدية", "fa": "خدمات شهرداری",
        "ps": "د ښاروالۍ خدمت", "ckb": "خزمەتگوزاریی شارەوانی", "so": "Adeegga degmada",
        "ti": "ኣገልግሎት ምምሕዳር ከተማ", "uk": "Муніципальна служба", "ru": "Муниципальная служба",
        "tr": "Belediye hizmeti",
    },
    Category.STUDY_ASSOCIATION: {
        "sv": "Studieförbund och folkhögskola", "en": "Study association or folk high school",
        "ar": "جمعية تعليمية أو مدرسة شعبية عليا", "fa": "انجمن آموزشی یا مدرسه عالی مردمی",
        "ps": "تعلیمي ټولنه یا د خلکو لوړ ښوونځی", "ckb": "کۆمەڵەی خوێندن یان قوتابخانەی بەرزی گەل",
        "so": "Urur waxbarasho ama dugsi sare oo dadweyne", "ti": "ማሕበር ትምህርቲ ወይ ህዝባዊ ላዕለዋይ ቤት ትምህርቲ",
        "uk": "Освітня асоціація або народна вища школа",
        "ru": "Образовательное объединение или народная высшая школа",
        "tr": "Eğitim derneği veya halk yüksekokulu",
    },
    Category.FAITH_COMMUNITY: {
        "sv": "Trossamfund", "en": "Faith community", "ar": "طائفة دينية", "fa": "جامعه دینی",
        "ps": "مذهبي ټولنه", "ckb": "کۆمەڵگەی ئایینی", "so": "Bulsho diimeed", "ti": "ሃይማኖታዊ ማሕበረሰብ",
        "uk": "Релігійна громада", "ru": "Религиозная община", "tr": "İnanç topluluğu",
    },
    Category.POLITICAL: {
        "sv": "Politisk förening", "en": "Political association", "ar": "جمعية سياسية", "fa": "انجمن سیاسی",
        "ps": "سیاسي ټولنه", "ckb": "کۆمەڵەی سیاسی", "so": "Urur siyaasadeed", "ti": "ፖለቲካዊ ማሕበር",
        "uk": "Політичне об'єднання", "ru": "Политическое объединение", "tr": "Siyasi dernek",
    },
    Category.MUNICIPALITY: {
        "sv": "Kommun eller region", "en": "Municipality or region", "ar": "بلدية أو منطقة",
        "fa": "شهرداری یا منطقه", "ps": "ښاروالي یا سیمه", "ckb": "شارەوانی یان هەرێم", "so": "Degmo ama gobol",
        "ti": "ምምሕዳር ከተማ ወይ ዞባ", "uk": "Муніципалітет або регіон", "ru": "Муниципалитет или регион",
        "tr": "Belediye veya bölge",
    },
    Category.ASSOCIATION: {
        "sv": "Förening", "en": "Association", "ar": "جمعية", "fa": "انجمن", "ps": "ټولنه", "ckb": "کۆمەڵە",
        "so": "Urur", "ti": "ማሕበር", "uk": "Громадська організація", "ru": "Общественная организация",
        "tr": "Dernek",
    },
    Category.MEETING_PLACE: {
        "sv": "Mötesplats", "en": "Meeting place", "ar": "مكان لقاء", "fa": "محل دیدار", "ps": "د لیدو ځای",
        "ckb": "شوێنی کۆبوونەوە", "so": "Goob kulan", "ti": "ቦታ ርክብ", "uk": "Місце зустрічей",
        "ru": "Место встреч", "tr": "Buluşma yeri",
    },
}

FOCUS_AREA_TERMS = {
    FocusArea.HOUSING: {
        "sv": "Boende", "en": "Housing", "ar": "السكن", "fa": "مسکن", "ps": "استوګنه", "ckb": "نیشتەجێبوون",
        "so": "Guriyeyn", "ti": "መንበሪ ገዛ", "uk": "Житло", "ru": "Жильё", "tr": "Konut",
    },
    FocusArea.WORK: {
        "sv": "Arbete och försörjning", "en": "Work and income", "ar": "العمل والدخل", "fa": "کار و درآمد",
        "ps": "کار او عاید", "ckb": "کار و داهات", "so": "Shaqo iyo dakhli", "ti": "ስራሕን እቶትን",
        "uk": "Робота і дохід", "ru": "Работа и доход", "tr": "İş ve gelir",
    },
    FocusArea.HEALTH: {
        "sv": "Hälsa", "en": "Health", "ar": "الصحة", "fa": "سلامت", "ps": "روغتیا", "ckb": "تەندروستی",
        "so": "Caafimaad", "ti": "ጥዕና", "uk": "Здоров'я", "ru": "Здоровье", "tr": "Sağlık",
    },
    FocusArea.ASSOCIATIONS: {
        "sv": "Föreningsliv", "en": "Associations", "ar": "الجمعيات", "fa": "انجمن‌ها", "ps": "ټولنې",
        "ckb": "کۆمەڵەکان", "so": "Ururada", "ti": "ማሕበራት", "uk": "Громадські організації",
        "ru": "Общественные организации", "tr": "Dernekler",
    },
    FocusArea.LEISURE: {
        "sv": "Fritid", "en": "Leisure", "ar": "أوقات الفراغ", "fa": "اوقات فراغت", "ps": "د فراغت وخت",
        "ckb": "کاتی بەتاڵ", "so": "Waqtiga firaaqada", "ti": "ግዜ ዕረፍቲ", "uk": "Дозвілля", "ru": "Досуг",
        "tr": "Boş zaman",
    },
    FocusArea.PARENTING: {
        "sv": "Föräldraskap", "en": "Parenting", "ar": "الأبوة والأمومة", "fa": "فرزندپروری",
        "ps": "د ماشومانو روزنه", "ckb": "پەروەردەی منداڵ", "so": "Waalidnimo", "ti": "ወለድነት",
        "uk": "Батьківство", "ru": "Родительство", "tr": "Ebeveynlik",
    },
}


def _names(field: str, names: dict[str, str]) -> dict[str, str]:
    return {languages.field_name(field, code): text for code, text in names.items() if code in languages.BY_CODE}


def _fill_missing(obj, values: dict[str, str]) -> bool:
    """Set only empty fields, so that edits made in the admin survive."""
    changed = False
    for field, value in values.items():
        if not getattr(obj, field):
            setattr(obj, field, value)
            changed = True
    return changed


@transaction.atomic
def ensure_vocabulary() -> None:
    """Create the category and focus-area taxonomies and their terms where missing (idempotent)."""
    vocabularies = {CATEGORY_TAXONOMY: CATEGORY_TERMS, FOCUS_AREA_TAXONOMY: FOCUS_AREA_TERMS}
    for slug, terms in vocabularies.items():
        names = _names("name", TAXONOMIES[slug])
        taxonomy, created = Taxonomy.objects.get_or_create(slug=slug, defaults={"name": names["name_sv"], **names})
        if not created and _fill_missing(taxonomy, names):
            taxonomy.save()
        for order, (code, term_names) in enumerate(terms.items()):
            values = _names("name", term_names)
            term, created = TaxonomyTerm.objects.get_or_create(
                taxonomy=taxonomy, code=str(code),
                defaults={"name": values["name_sv"], "sort_order": order, **values},
            )
            if not created and _fill_missing(term, values):
                term.save()


def on_post_migrate(sender, **kwargs) -> None:
    ensure_vocabulary()
