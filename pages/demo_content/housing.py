"""Demo samhällsinformation on housing: finding a home, renting and moving."""

HYRESGASTFORENINGEN = "https://www.hyresgastforeningen.se/"
INFORMATIONSVERIGE = "https://www.informationsverige.se/"
SKATTEVERKET = "https://www.skatteverket.se/"
FORSAKRINGSKASSAN = "https://www.forsakringskassan.se/"

FINDING_A_HOME = {
    "title": {
        "sv": "Att hitta en bostad",
        "sv-x-simple": "Hitta en bostad",
        "en": "Finding a home",
        "ar": "البحث عن سكن",
        "fa": "پیدا کردن خانه",
        "so": "Helitaanka guri",
        "ti": "ገዛ ምርካብ",
        "uk": "Як знайти житло",
        "ru": "Как найти жильё",
        "tr": "Konut bulmak",
    },
    "slug": {
        "sv": "hitta-bostad",
        "sv-x-simple": "hitta-bostad",
        "en": "finding-a-home",
        "ar": "bahth-an-sakan",
        "fa": "peyda-kardan-khane",
        "so": "helitaanka-guri",
        "ti": "geza-mirkab",
        "uk": "yak-znaity-zhytlo",
        "ru": "kak-nayti-zhilyo",
        "tr": "konut-bulmak",
    },
    "intro": {
        "sv": "Hur bostadsköer fungerar, skillnaden mellan första och andra hand, och hur du undviker bedrägerier med hyresannonser.",
        "sv-x-simple": "Så kan du söka en lägenhet att hyra.",
        "en": "How housing queues work, the difference between first-hand and second-hand contracts, and how to avoid rental fraud.",
        "ar": "كيف تعمل طوابير السكن، والفرق بين العقد المباشر والعقد من الباطن، وكيف تتجنب الاحتيال في إعلانات الإيجار.",
        "fa": "صف‌های مسکن چگونه کار می‌کنند، تفاوت قرارداد دست اول و دست دوم چیست و چگونه از کلاهبرداری در آگهی‌های اجاره دوری کنید.",
        "so": "Sida safka guryaha u shaqeeyo, farqiga u dhexeeya heshiiska gacanta koowaad iyo gacanta labaad, iyo sida looga badbaado khiyaanada kirada.",
        "ti": "መስርዕ ገዛውቲ ብኸመይ ከም ዝሰርሕ፣ ፍልልይ ውዕል ቀዳማይ ኢድን ካልኣይ ኢድን፣ ከምኡውን ካብ ምትላል ኪራይ ብኸመይ ክትከላኸል ከም እትኽእል።",
        "uk": "Як працюють черги на житло, чим відрізняються договори з першої та з другої руки і як уникнути шахрайства з орендою.",
        "ru": "Как работают очереди на жильё, чем отличаются договоры из первых и из вторых рук и как избежать мошенничества с арендой.",
        "tr": "Konut kuyruklarının nasıl işlediği, birinci el ile ikinci el sözleşme arasındaki fark ve kira dolandırıcılığından nasıl korunacağınız.",
    },
    "body": {
        "sv": [
            ("heading", "Bostadsköer"),
            ("paragraph", "<p>Det kan ta lång tid att få en lägenhet i Västerås, så börja söka tidigt. De flesta "
                          "hyreslägenheter förmedlas genom bostadsköer. Det kommunala bostadsbolaget Mimer har en "
                          "bostadskö, och många privata hyresvärdar har egna köer eller listor med lediga lägenheter. "
                          "Registrera dig i flera köer och håll dina uppgifter aktuella. I många köer spelar det stor "
                          "roll hur länge du har stått i kön.</p>"),
            ("heading", "Första hand eller andra hand"),
            ("paragraph", "<p>Med ett <b>förstahandskontrakt</b> hyr du direkt av hyresvärden, alltså det företag "
                          "eller den person som äger eller förvaltar huset. Kontraktet gäller oftast tills vidare och "
                          "ger dig ett starkt skydd. Med ett <b>andrahandskontrakt</b> hyr du av någon som själv hyr "
                          "eller äger lägenheten. Då krävs i regel att hyresvärden eller bostadsrättsföreningen har "
                          "godkänt uthyrningen, eller att hyresnämnden har gett tillstånd. Annars riskerar både du "
                          "och den som hyr ut till dig att förlora bostaden.</p>"),
            ("bullets", [
                "Anmäl dig till bostadsköer så tidigt som möjligt.",
                "Be att få se lägenheten innan du skriver kontrakt.",
                "Be den som hyr ut i andra hand om hyresvärdens skriftliga godkännande.",
                "Skriv alltid ett skriftligt kontrakt och spara en kopia.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Akta dig för bedrägerier. Betala aldrig hyra eller deposition innan du har sett "
                                 "lägenheten, träffat uthyraren och fått ett kontrakt. Var misstänksam om uthyraren "
                                 "säger sig vara utomlands, vill ha betalt snabbt eller ber om pengar via utländska "
                                 "betaltjänster."}),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Råd om att hyra bostad och om dina rättigheter som hyresgäst."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Samhällsinformation om att bo i Sverige, på flera språk."}),
        ],
        "sv-x-simple": [
            ("heading", "Ställ dig i kö"),
            ("paragraph", "<p>Det är svårt att få en lägenhet. Det tar ofta lång tid. Börja söka tidigt. Många "
                          "lägenheter får man genom en kö. Mimer hyr ut lägenheter i Västerås. Mimer har en kö. "
                          "Andra värdar har också köer. Skriv upp dig i många köer.</p>"),
            ("heading", "Två sorters kontrakt"),
            ("paragraph", "<p>Du kan hyra av den som äger huset. Det heter att hyra i första hand. Du kan också "
                          "hyra av en person som själv hyr. Det heter att hyra i andra hand. Då måste oftast den som äger "
                          "huset säga ja. Be att få se ett papper på det.</p>"),
            ("bullets", [
                "Titta på lägenheten först.",
                "Skriv ett kontrakt på papper.",
                "Spara kontraktet.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Se upp för fusk. Betala inga pengar innan du har sett lägenheten. Betala inte "
                                 "innan du har fått ett kontrakt."}),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Hjälp och råd när du hyr."}),
        ],
        "en": [
            ("heading", "Housing queues"),
            ("paragraph", "<p>It can take a long time to get an apartment in Västerås, so start looking early. Most "
                          "rental apartments are let through housing queues (bostadskö). The municipal housing "
                          "company Mimer has a housing queue, and many private landlords have their own queues or "
                          "lists of vacant apartments. Register in several queues and keep your details up to date. "
                          "In many queues, the length of time you have been registered matters a lot.</p>"),
            ("heading", "First-hand or second-hand"),
            ("paragraph", "<p>With a <b>first-hand contract</b> (förstahandskontrakt) you rent directly from the "
                          "landlord, the company or person who owns or manages the building. The contract usually "
                          "runs until further notice and gives you strong protection. With a <b>second-hand "
                          "contract</b> (andrahandskontrakt) you rent from someone who rents or owns the apartment "
                          "themselves. As a rule, the landlord or the housing cooperative must then have approved the "
                          "sublet, or the rent tribunal (hyresnämnden) must have given permission. "
                          "Otherwise both you and the person renting to you risk losing the home.</p>"),
            ("bullets", [
                "Register in housing queues as early as possible.",
                "Ask to see the apartment before you sign a contract.",
                "Ask the person subletting to you for the landlord's written approval.",
                "Always sign a written contract and keep a copy.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Beware of fraud. Never pay rent or a deposit before you have seen the apartment, "
                                 "met the person renting it out and received a contract. Be suspicious if they say "
                                 "they are abroad, want payment quickly or ask for money through foreign payment "
                                 "services."}),
            ("link", {"title": "Hyresgästföreningen (Swedish Union of Tenants)", "url": HYRESGASTFORENINGEN,
                      "description": "Advice on renting a home and on your rights as a tenant."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Information about living in Sweden, in several languages."}),
        ],
        "ar": [
            ("heading", "طوابير السكن (bostadskö)"),
            ("paragraph", "<p>قد يستغرق الحصول على شقة في Västerås وقتًا طويلًا، لذلك ابدأ البحث مبكرًا. تُؤجَّر "
                          "معظم الشقق عن طريق طوابير السكن. لدى شركة الإسكان البلدية Mimer طابور للسكن، ولدى كثير "
                          "من المؤجرين الخاصين طوابير أو قوائم خاصة بهم للشقق الشاغرة. سجّل في عدة طوابير وحدّث "
                          "بياناتك باستمرار. في كثير من الطوابير تكون مدة تسجيلك في الطابور مهمة جدًا.</p>"),
            ("heading", "عقد مباشر أو عقد من الباطن"),
            ("paragraph", "<p>مع <b>العقد المباشر</b> (förstahandskontrakt) تستأجر مباشرة من المؤجر، أي الشركة أو "
                          "الشخص الذي يملك المبنى أو يديره. يكون هذا العقد عادةً غير محدد المدة ويمنحك حماية قوية. "
                          "أما مع <b>العقد من الباطن</b> (andrahandskontrakt) فتستأجر من شخص يستأجر الشقة أو يملكها "
                          "بنفسه. في هذه الحالة يجب عادةً أن يكون المؤجر أو جمعية الإسكان (bostadsrättsförening) قد "
                          "وافق على التأجير، أو أن تكون لجنة الإيجار (hyresnämnden) قد منحت الإذن، وإلا فقد تخسر أنت والشخص الذي يؤجرك السكن.</p>"),
            ("bullets", [
                "سجّل في طوابير السكن في أقرب وقت ممكن.",
                "اطلب رؤية الشقة قبل توقيع العقد.",
                "اطلب ممن يؤجرك من الباطن موافقة المؤجر المكتوبة.",
                "وقّع دائمًا عقدًا مكتوبًا واحتفظ بنسخة منه.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "احذر من الاحتيال. لا تدفع أبدًا إيجارًا أو تأمينًا قبل أن ترى الشقة وتلتقي "
                                 "بالمؤجر وتحصل على عقد. كن حذرًا إذا قال المؤجر إنه في الخارج، أو طلب الدفع "
                                 "بسرعة، أو طلب المال عبر خدمات دفع أجنبية."}),
            ("link", {"title": "Hyresgästföreningen (اتحاد المستأجرين)", "url": HYRESGASTFORENINGEN,
                      "description": "نصائح حول استئجار السكن وحقوقك كمستأجر."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "معلومات عن الحياة في السويد بعدة لغات."}),
        ],
        "fa": [
            ("heading", "صف‌های مسکن (bostadskö)"),
            ("paragraph", "<p>گرفتن آپارتمان در Västerås ممکن است زمان زیادی طول بکشد، پس زود جستجو را شروع "
                          "کنید. بیشتر آپارتمان‌های اجاره‌ای از طریق صف‌های مسکن واگذار می‌شوند. شرکت مسکن "
                          "شهرداری، Mimer، یک صف مسکن دارد و بسیاری از صاحبخانه‌های خصوصی هم صف یا فهرست "
                          "آپارتمان‌های خالی خود را دارند. در چند صف ثبت‌نام کنید و اطلاعات خود را به‌روز نگه "
                          "دارید. در بسیاری از صف‌ها مدت زمانی که در صف بوده‌اید اهمیت زیادی دارد.</p>"),
            ("heading", "قرارداد دست اول یا دست دوم"),
            ("paragraph", "<p>با <b>قرارداد دست اول</b> (förstahandskontrakt) مستقیماً از صاحبخانه اجاره می‌کنید، "
                          "یعنی شرکت یا شخصی که مالک ساختمان است یا آن را اداره می‌کند. این قرارداد معمولاً تاریخ "
                          "پایان ندارد و از شما به خوبی حمایت می‌کند. با <b>قرارداد دست دوم</b> "
                          "(andrahandskontrakt) از کسی اجاره می‌کنید که خودش آپارتمان را اجاره کرده یا مالک آن "
                          "است. در این صورت معمولاً صاحبخانه یا انجمن مالکان (bostadsrättsförening) باید اجاره "
                          "دادن را تأیید کرده باشد، یا هیئت اجاره (hyresnämnden) اجازه داده باشد؛ وگرنه هم شما و هم کسی که به شما اجاره داده ممکن است خانه را از دست "
                          "بدهید.</p>"),
            ("bullets", [
                "هر چه زودتر در صف‌های مسکن ثبت‌نام کنید.",
                "پیش از امضای قرارداد، آپارتمان را ببینید.",
                "از کسی که دست دوم اجاره می‌دهد، تأییدیه کتبی صاحبخانه را بخواهید.",
                "همیشه قرارداد کتبی امضا کنید و یک نسخه از آن را نگه دارید.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "مراقب کلاهبرداری باشید. هرگز پیش از دیدن آپارتمان، دیدار با اجاره‌دهنده و "
                                 "گرفتن قرارداد، اجاره یا ودیعه نپردازید. اگر اجاره‌دهنده می‌گوید خارج از کشور "
                                 "است، پرداخت فوری می‌خواهد یا می‌خواهد از راه سرویس‌های پرداخت خارجی پول "
                                 "بفرستید، مشکوک باشید."}),
            ("link", {"title": "Hyresgästföreningen (اتحادیه مستأجران)", "url": HYRESGASTFORENINGEN,
                      "description": "راهنمایی درباره اجاره خانه و حقوق شما به عنوان مستأجر."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "اطلاعاتی درباره زندگی در سوئد به چند زبان."}),
        ],
        "so": [
            ("heading", "Safka guryaha (bostadskö)"),
            ("paragraph", "<p>Helitaanka aqal kiro ah oo Västerås ku yaal waxay qaadan kartaa waqti dheer, sidaas "
                          "darteed goor hore bilow raadinta. Inta badan guryaha kirada waxaa lagu bixiyaa safka "
                          "guryaha. Shirkadda guryaha ee dowladda hoose, Mimer, waxay leedahay saf guryo, "
                          "milkiilayaal badan oo gaar ah ayaa iyaguna leh saf ama liis guryo bannaan. Isku qor "
                          "safaf dhowr ah oo xogtaada had iyo jeer cusbooneysii. Safaf badan, muddada aad safka ku "
                          "jirtay ayaa aad muhiim u ah.</p>"),
            ("heading", "Gacanta koowaad ama gacanta labaad"),
            ("paragraph", "<p>Heshiiska <b>gacanta koowaad</b> (förstahandskontrakt) waxaad si toos ah uga "
                          "kireysanaysaa milkiilaha, taas oo ah shirkadda ama qofka leh ama maamula dhismaha. "
                          "Heshiiskan badanaa ma laha taariikh dhammaad, wuxuuna ku siinayaa ilaalin xooggan. "
                          "Heshiiska <b>gacanta labaad</b> (andrahandskontrakt) waxaad ka kireysanaysaa qof isagu "
                          "kireystay ama leh guriga. Markaas milkiilaha ama ururka guryaha (bostadsrättsförening) "
                          "badanaa waa inuu oggolaaday kireynta, ama guddiga kirada (hyresnämnden) uu bixiyay "
                          "ogolaansho. Haddii kale adiga iyo qofka kuu kireeyayba waxaa laga "
                          "yaabaa inaad guriga waydaan.</p>"),
            ("bullets", [
                "Isku qor safka guryaha sida ugu dhakhsaha badan.",
                "Codso inaad guriga aragto ka hor intaadan heshiis saxiixin.",
                "Ka codso qofka kuu kireynaya gacanta labaad oggolaanshaha qoran ee milkiilaha.",
                "Had iyo jeer saxiix heshiis qoran oo kaydso nuqul.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Ka digtoonow khiyaanada. Weligaa ha bixin kiro ama deebaaji ka hor intaadan "
                                 "arkin guriga, la kulmin qofka kireynaya oo aadan helin heshiis. Ka shakiso haddii "
                                 "uu yiraahdo wuxuu joogaa dibadda, uu rabo lacag degdeg ah, ama uu lacag ku "
                                 "weydiisto adeegyo lacag-bixin oo shisheeye ah."}),
            ("link", {"title": "Hyresgästföreningen (ururka kiraystayaasha)", "url": HYRESGASTFORENINGEN,
                      "description": "Talo ku saabsan kireysiga guriga iyo xuquuqdaada kiraystaha ahaan."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Macluumaad ku saabsan ku noolaanshaha Iswiidhan, luqado badan."}),
        ],
        "ti": [
            ("heading", "መስርዕ ምጽባይ ገዛውቲ (bostadskö)"),
            ("paragraph", "<p>ኣብ Västerås ኣፓርትመንት ንምርካብ ነዊሕ ግዜ ክወስድ ይኽእል እዩ፣ ስለዚ ኣቐዲምካ ምድላይ "
                          "ጀምር። መብዛሕትኡ ናይ ኪራይ ኣፓርትመንትታት ብመስርዕ ገዛውቲ ኣቢሉ እዩ ዝወሃብ። ናይ ምምሕዳር "
                          "ከተማ ትካል ገዛውቲ Mimer መስርዕ ገዛውቲ ኣለዎ፣ ብዙሓት ብሕታውያን ወነንቲ ገዛውቲ ድማ ናይ "
                          "ገዛእ ርእሶም መስርዕ ወይ ዝርዝር ባዶ ኣፓርትመንትታት ኣለዎም። ኣብ ብዙሓት መስርዓት ተመዝገብ፣ "
                          "ሓበሬታኻ ድማ ወትሩ ኣሐድሶ። ኣብ ብዙሓት መስርዓት እቲ ኣብ መስርዕ ዝጸናሕካዮ ግዜ ኣዝዩ ኣገዳሲ "
                          "እዩ።</p>"),
            ("heading", "ቀዳማይ ኢድ ወይ ካልኣይ ኢድ"),
            ("paragraph", "<p>ብ<b>ውዕል ቀዳማይ ኢድ</b> (förstahandskontrakt) ብቐጥታ ካብ ወናኒ ገዛ ትኻረ፣ ማለት "
                          "ካብቲ ነቲ ህንጻ ዝውንኖ ወይ ዘመሓድሮ ትካል ወይ ሰብ። እዚ ውዕል ብዙሕ ግዜ መወዳእታ ግዜ የብሉን፣ "
                          "ሓያል ሓለዋ ድማ ይህበካ። ብ<b>ውዕል ካልኣይ ኢድ</b> (andrahandskontrakt) ካብ ሰብ ትኻረ፣ "
                          "እቲ ሰብ ባዕሉ ነቲ ኣፓርትመንት ዝተኻረዮ ወይ ዝውንኖ እዩ። ሽዑ ወናኒ ገዛ ወይ ማሕበር ገዛውቲ "
                          "(bostadsrättsförening) ብልሙድ ነቲ ምክራይ ክፈቕዶ ኣለዎ፣ ወይ ድማ ቤት ፍርዲ ኪራይ (hyresnämnden) "
                          "ፍቓድ ክህብ ኣለዎ። እንተዘይኮይኑ ንስኻን እቲ ዘኻረየካ ሰብን ነቲ "
                          "ገዛ ክትስእንዎ ትኽእሉ ኢኹም።</p>"),
            ("bullets", [
                "ብዝተኻእለ መጠን ቀልጢፍካ ኣብ መስርዕ ገዛውቲ ተመዝገብ።",
                "ውዕል ቅድሚ ምፍራምካ ነቲ ኣፓርትመንት ርአዮ።",
                "ነቲ ብካልኣይ ኢድ ዘኻርየካ ሰብ ጽሑፋዊ ፍቓድ ወናኒ ገዛ ሕተቶ።",
                "ወትሩ ጽሑፋዊ ውዕል ፈርም፣ ቅዳሕ ድማ ዓቅብ።",
            ]),
            ("callout", {"tone": "warning",
                         "text": "ካብ ምትላል ተጠንቀቕ። ነቲ ኣፓርትመንት ከይረኣኻ፣ ምስቲ ዘኻርየካ ሰብ ከይተራኸብካን ውዕል "
                                 "ከይረኸብካን ኪራይ ወይ ውሕስነት ገንዘብ ፈጺምካ ኣይትኽፈል። እቲ ሰብ ኣብ ወጻኢ ሃገር ከም "
                                 "ዘሎ እንተበለ፣ ቀልጢፍካ ክትከፍል እንተደለየ ወይ ብናይ ወጻኢ ኣገልግሎት ክፍሊት ገንዘብ "
                                 "እንተሓተተ፣ ተጠራጠር።"}),
            ("link", {"title": "Hyresgästföreningen (ማሕበር ተኻረይቲ)", "url": HYRESGASTFORENINGEN,
                      "description": "ብዛዕባ ምክራይ ገዛን መሰላትካ ከም ተኻራዪን ምኽሪ።"}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "ብዛዕባ ኣብ ሽወደን ምንባር ሓበሬታ ብብዙሓት ቋንቋታት።"}),
        ],
        "uk": [
            ("heading", "Черги на житло (bostadskö)"),
            ("paragraph", "<p>Отримання квартири у Västerås може тривати довго, тому починайте пошук якомога "
                          "раніше. Більшість орендних квартир розподіляють через черги на житло. Муніципальна "
                          "житлова компанія Mimer має власну чергу, а багато приватних орендодавців мають свої черги "
                          "або списки вільних квартир. Зареєструйтеся в кількох чергах і тримайте свої дані "
                          "актуальними. У багатьох чергах дуже важливо, як довго ви в ній перебуваєте.</p>"),
            ("heading", "Договір з першої чи з другої руки"),
            ("paragraph", "<p>За <b>договором з першої руки</b> (förstahandskontrakt) ви орендуєте безпосередньо в "
                          "орендодавця — компанії або людини, яка володіє будинком або керує ним. Такий договір "
                          "зазвичай безстроковий і добре вас захищає. За <b>договором з другої руки</b> "
                          "(andrahandskontrakt) ви орендуєте в людини, яка сама орендує квартиру або володіє нею. "
                          "У такому разі, як правило, орендодавець або житловий кооператив (bostadsrättsförening) має "
                          "погодити суборенду або орендна комісія (hyresnämnden) має дати дозвіл. Інакше і ви, і людина, яка здає вам житло, ризикуєте його втратити.</p>"),
            ("bullets", [
                "Зареєструйтеся в чергах на житло якомога раніше.",
                "Попросіть показати квартиру до підписання договору.",
                "Попросіть у людини, яка здає житло з другої руки, письмову згоду орендодавця.",
                "Завжди підписуйте письмовий договір і зберігайте його копію.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Остерігайтеся шахраїв. Ніколи не платіть оренду чи депозит, доки не побачите "
                                 "квартиру, не зустрінетеся з орендодавцем і не отримаєте договір. Будьте обережні, "
                                 "якщо людина каже, що перебуває за кордоном, вимагає швидкої оплати або просить "
                                 "гроші через закордонні платіжні сервіси."}),
            ("link", {"title": "Hyresgästföreningen (Спілка орендарів)", "url": HYRESGASTFORENINGEN,
                      "description": "Поради щодо оренди житла та ваших прав як орендаря."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Інформація про життя у Швеції кількома мовами."}),
        ],
        "ru": [
            ("heading", "Очереди на жильё (bostadskö)"),
            ("paragraph", "<p>Получение квартиры в Västerås может занять много времени, поэтому начинайте поиск как "
                          "можно раньше. Большинство квартир в аренду распределяется через очереди на жильё. "
                          "Муниципальная жилищная компания Mimer ведёт свою очередь, а у многих частных "
                          "арендодателей есть собственные очереди или списки свободных квартир. Зарегистрируйтесь в "
                          "нескольких очередях и следите, чтобы ваши данные были актуальными. Во многих очередях "
                          "очень важно, как долго вы в них стоите.</p>"),
            ("heading", "Договор из первых или из вторых рук"),
            ("paragraph", "<p>По <b>договору из первых рук</b> (förstahandskontrakt) вы арендуете жильё напрямую у "
                          "арендодателя — компании или человека, который владеет домом или управляет им. Такой "
                          "договор обычно бессрочный и хорошо вас защищает. По <b>договору из вторых рук</b> "
                          "(andrahandskontrakt) вы снимаете жильё у человека, который сам арендует квартиру или "
                          "владеет ею. Как правило, тогда арендодатель или жилищный кооператив "
                          "(bostadsrättsförening) должен одобрить субаренду, либо разрешение должна дать арендная "
                          "комиссия (hyresnämnden). Иначе и вы, и человек, который сдаёт вам жильё, рискуете его "
                          "потерять.</p>"),
            ("bullets", [
                "Встаньте в очереди на жильё как можно раньше.",
                "Попросите показать квартиру до подписания договора.",
                "Попросите у того, кто сдаёт жильё из вторых рук, письменное согласие арендодателя.",
                "Всегда подписывайте письменный договор и храните копию.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Остерегайтесь мошенников. Никогда не платите аренду или залог, пока не увидите "
                                 "квартиру, не встретитесь с арендодателем и не получите договор. Будьте осторожны, "
                                 "если человек говорит, что находится за границей, требует быстрой оплаты или просит "
                                 "перевести деньги через зарубежные платёжные сервисы."}),
            ("link", {"title": "Hyresgästföreningen (Союз арендаторов)", "url": HYRESGASTFORENINGEN,
                      "description": "Советы по аренде жилья и о ваших правах как арендатора."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Информация о жизни в Швеции на нескольких языках."}),
        ],
        "tr": [
            ("heading", "Konut kuyrukları (bostadskö)"),
            ("paragraph", "<p>Västerås'ta bir daire bulmak uzun sürebilir, bu yüzden aramaya erken başlayın. "
                          "Kiralık dairelerin çoğu konut kuyrukları aracılığıyla verilir. Belediyeye ait konut "
                          "şirketi Mimer'in bir konut kuyruğu vardır; birçok özel ev sahibinin de kendi kuyrukları "
                          "ya da boş daire listeleri bulunur. Birkaç kuyruğa kaydolun ve bilgilerinizi güncel tutun. "
                          "Birçok kuyrukta ne kadar süredir kayıtlı olduğunuz büyük önem taşır.</p>"),
            ("heading", "Birinci el mi, ikinci el mi?"),
            ("paragraph", "<p><b>Birinci el sözleşmede</b> (förstahandskontrakt) daireyi doğrudan ev sahibinden, "
                          "yani binanın sahibi ya da yöneticisi olan şirketten veya kişiden kiralarsınız. Bu sözleşme "
                          "genellikle süresizdir ve size güçlü bir koruma sağlar. <b>İkinci el sözleşmede</b> "
                          "(andrahandskontrakt) ise daireyi kendisi kiralayan ya da daireye sahip olan birinden "
                          "kiralarsınız. Bu durumda kural olarak ev sahibinin veya konut kooperatifinin "
                          "(bostadsrättsförening) alt kiralamayı onaylamış olması ya da kira kurulunun "
                          "(hyresnämnden) izin vermiş olması gerekir. Aksi halde hem siz hem de size kiralayan kişi "
                          "evi kaybetme riskiyle karşı karşıya kalırsınız.</p>"),
            ("bullets", [
                "Konut kuyruklarına olabildiğince erken kaydolun.",
                "Sözleşme imzalamadan önce daireyi görmek isteyin.",
                "Size ikinci el kiralayan kişiden ev sahibinin yazılı onayını isteyin.",
                "Her zaman yazılı bir sözleşme imzalayın ve bir kopyasını saklayın.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Dolandırıcılığa karşı dikkatli olun. Daireyi görmeden, kiralayan kişiyle "
                                 "buluşmadan ve sözleşme almadan asla kira ya da depozito ödemeyin. Kişi yurt "
                                 "dışında olduğunu söylüyorsa, hızlı ödeme istiyorsa ya da yabancı ödeme hizmetleri "
                                 "üzerinden para istiyorsa şüphelenin."}),
            ("link", {"title": "Hyresgästföreningen (Kiracılar Birliği)", "url": HYRESGASTFORENINGEN,
                      "description": "Konut kiralama ve kiracı olarak haklarınız hakkında tavsiyeler."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "İsveç'te yaşam hakkında birçok dilde bilgi."}),
        ],
    },
}

RENTING = {
    "title": {
        "sv": "Hyreskontrakt, hyra och hemförsäkring",
        "en": "Tenancy contracts, rent and home insurance",
        "ar": "عقد الإيجار والإيجار وتأمين المنزل",
        "fa": "قرارداد اجاره، اجاره‌بها و بیمه خانه",
        "so": "Heshiiska kirada, kirada iyo caymiska guriga",
        "ti": "ውዕል ኪራይ፣ ኪራይን ውሕስና ገዛን",
        "uk": "Договір оренди, оплата та страхування житла",
    },
    "slug": {
        "sv": "hyreskontrakt",
        "en": "tenancy-contracts",
        "ar": "aqd-al-ijar",
        "fa": "gharardad-ejare",
        "so": "heshiiska-kirada",
        "ti": "wiel-kiray",
        "uk": "dohovir-orendy",
    },
    "intro": {
        "sv": "Vad som står i ett hyreskontrakt, vad som gäller för hyra och deposition, och varför du behöver en hemförsäkring.",
        "en": "What a tenancy contract says, what applies to rent and deposits, and why you need home insurance.",
        "ar": "ماذا يتضمن عقد الإيجار، وما القواعد المتعلقة بالإيجار والتأمين المالي، ولماذا تحتاج إلى تأمين المنزل.",
        "fa": "در قرارداد اجاره چه نوشته می‌شود، چه قواعدی برای اجاره‌بها و ودیعه وجود دارد و چرا به بیمه خانه نیاز دارید.",
        "so": "Waxa ku qoran heshiiska kirada, xeerarka kirada iyo deebaajiga, iyo sababta aad ugu baahan tahay caymiska guriga.",
        "ti": "ኣብ ውዕል ኪራይ እንታይ ከም ዝጸሓፍ፣ ብዛዕባ ኪራይን ውሕስነት ገንዘብን እንታይ ከም ዝምልከት፣ ከምኡውን ስለምንታይ ውሕስና ገዛ ከም ዘድልየካ።",
        "uk": "Що містить договір оренди, які правила щодо оплати та депозиту і навіщо потрібне страхування житла.",
    },
    "body": {
        "sv": [
            ("heading", "Hyreskontraktet"),
            ("paragraph", "<p>Ett hyreskontrakt är ett avtal mellan dig och hyresvärden. Läs det noga innan du "
                          "skriver under. Där står bland annat hur hög hyran är, vad som ingår i hyran, när du får "
                          "flytta in och hur lång uppsägningstiden är. Fråga om något är oklart, och be gärna någon "
                          "du litar på att läsa kontraktet tillsammans med dig.</p>"),
            ("heading", "Hyra och deposition"),
            ("paragraph", "<p>Hyran betalas oftast i förskott, en gång i månaden. Vissa hyresvärdar begär en "
                          "deposition, alltså en summa pengar som du får tillbaka när du flyttar om allt är i "
                          "ordning. Se till att depositionen står i kontraktet eller att du får ett kvitto, och "
                          "betala helst via bank så att betalningen går att visa i efterhand.</p>"),
            ("bullets", [
                "Betala hyran i tid.",
                "Var rädd om lägenheten och anmäl skador och fel till hyresvärden.",
                "Visa hänsyn till grannarna, särskilt på kvällar och nätter.",
                "Hyr inte ut lägenheten i andra hand utan hyresvärdens godkännande.",
            ]),
            ("heading", "Hemförsäkring"),
            ("paragraph", "<p>En <b>hemförsäkring</b> skyddar dina saker vid till exempel brand, vattenskada och "
                          "stöld. Den brukar också innehålla ett ansvarsskydd om du råkar orsaka skada för någon "
                          "annan, till exempel en vattenläcka till grannen under. Hemförsäkring är inte obligatorisk "
                          "enligt lag, men den rekommenderas starkt och vissa hyresvärdar kräver den.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> är en förening för hyresgäster. Där kan medlemmar få råd "
                          "om hyra, kontrakt och problem med hyresvärden. Tvister mellan hyresgäst och hyresvärd kan "
                          "prövas av hyresnämnden.</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Råd om hyresavtal, hyra och boende."}),
        ],
        "en": [
            ("heading", "The tenancy contract"),
            ("paragraph", "<p>A tenancy contract (hyreskontrakt) is an agreement between you and the landlord. Read "
                          "it carefully before you sign. It states, among other things, the amount of rent, what is "
                          "included in the rent, when you may move in and how long the notice period is. Ask if "
                          "anything is unclear, and feel free to ask someone you trust to read the contract with "
                          "you.</p>"),
            ("heading", "Rent and deposit"),
            ("paragraph", "<p>Rent is usually paid in advance, once a month. Some landlords ask for a deposit, a sum "
                          "of money you get back when you move out if everything is in order. Make sure the deposit "
                          "is written in the contract or that you get a receipt, and preferably pay through a bank "
                          "so that the payment can be shown afterwards.</p>"),
            ("bullets", [
                "Pay the rent on time.",
                "Take care of the apartment and report damage and faults to the landlord.",
                "Be considerate of your neighbours, especially in the evenings and at night.",
                "Do not sublet the apartment without the landlord's approval.",
            ]),
            ("heading", "Home insurance"),
            ("paragraph", "<p><b>Home insurance</b> (hemförsäkring) protects your belongings in case of, for "
                          "example, fire, water damage and theft. It usually also includes liability cover if you "
                          "accidentally cause damage to someone else, such as a water leak to the neighbour below. "
                          "Home insurance is not required by law, but it is strongly recommended and some landlords "
                          "require it.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (the Swedish Union of Tenants) is an association for "
                          "tenants. Members can get advice on rent, contracts and problems with the landlord. "
                          "Disputes between tenant and landlord can be decided by the rent tribunal "
                          "(hyresnämnden).</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Advice on tenancy agreements, rent and housing."}),
        ],
        "ar": [
            ("heading", "عقد الإيجار"),
            ("paragraph", "<p>عقد الإيجار (hyreskontrakt) اتفاق بينك وبين المؤجر. اقرأه بعناية قبل التوقيع. يُذكر "
                          "فيه مثلًا مبلغ الإيجار، وما يشمله الإيجار، ومتى يمكنك الانتقال إلى السكن، وما هي مدة "
                          "الإشعار عند إنهاء العقد. اسأل إذا كان هناك شيء غير واضح، ويمكنك أن تطلب من شخص تثق به "
                          "أن يقرأ العقد معك.</p>"),
            ("heading", "الإيجار والتأمين المالي"),
            ("paragraph", "<p>يُدفع الإيجار عادةً مقدمًا مرة واحدة في الشهر. يطلب بعض المؤجرين تأمينًا ماليًا "
                          "(deposition)، وهو مبلغ تستعيده عند الانتقال إذا كان كل شيء على ما يرام. تأكد من أن "
                          "التأمين مذكور في العقد أو أنك حصلت على إيصال، ومن الأفضل أن تدفع عن طريق البنك حتى "
                          "تستطيع إثبات الدفع لاحقًا.</p>"),
            ("bullets", [
                "ادفع الإيجار في موعده.",
                "حافظ على الشقة وأبلغ المؤجر بالأضرار والأعطال.",
                "راعِ جيرانك، خاصة في المساء والليل.",
                "لا تؤجر الشقة من الباطن دون موافقة المؤجر.",
            ]),
            ("heading", "تأمين المنزل"),
            ("paragraph", "<p>يحمي <b>تأمين المنزل</b> (hemförsäkring) ممتلكاتك في حالات مثل الحريق وأضرار المياه "
                          "والسرقة. وعادةً يشمل أيضًا تأمين المسؤولية إذا تسببت عن غير قصد في ضرر لشخص آخر، مثل "
                          "تسرب مياه إلى الجار في الطابق السفلي. تأمين المنزل ليس إلزاميًا بحكم القانون، لكنه موصى "
                          "به بشدة، وبعض المؤجرين يشترطونه.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (اتحاد المستأجرين) جمعية للمستأجرين، يحصل أعضاؤها على "
                          "نصائح حول الإيجار والعقود والمشكلات مع المؤجر. ويمكن عرض النزاعات بين المستأجر والمؤجر "
                          "على لجنة الإيجار (hyresnämnden).</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "نصائح حول عقود الإيجار والسكن."}),
        ],
        "fa": [
            ("heading", "قرارداد اجاره"),
            ("paragraph", "<p>قرارداد اجاره (hyreskontrakt) توافقی میان شما و صاحبخانه است. پیش از امضا آن را با "
                          "دقت بخوانید. در آن از جمله مبلغ اجاره‌بها، آنچه در اجاره‌بها گنجانده شده، زمان ورود به "
                          "خانه و مدت اطلاع پیش از فسخ قرارداد نوشته شده است. اگر چیزی روشن نیست بپرسید، و "
                          "می‌توانید از کسی که به او اعتماد دارید بخواهید قرارداد را با شما بخواند.</p>"),
            ("heading", "اجاره‌بها و ودیعه"),
            ("paragraph", "<p>اجاره‌بها معمولاً از پیش و ماهی یک بار پرداخت می‌شود. برخی صاحبخانه‌ها ودیعه "
                          "(deposition) می‌خواهند، یعنی مبلغی که اگر همه چیز مرتب باشد هنگام رفتن پس می‌گیرید. "
                          "مطمئن شوید که ودیعه در قرارداد نوشته شده یا رسید گرفته‌اید، و بهتر است از طریق بانک "
                          "بپردازید تا بعداً بتوانید پرداخت را نشان دهید.</p>"),
            ("bullets", [
                "اجاره‌بها را به موقع بپردازید.",
                "از آپارتمان مراقبت کنید و خرابی‌ها و ایرادها را به صاحبخانه اطلاع دهید.",
                "به همسایه‌ها احترام بگذارید، به‌ویژه شب‌ها و عصرها.",
                "بدون تأیید صاحبخانه آپارتمان را دست دوم اجاره ندهید.",
            ]),
            ("heading", "بیمه خانه"),
            ("paragraph", "<p><b>بیمه خانه</b> (hemförsäkring) از وسایل شما در برابر مواردی مانند آتش‌سوزی، "
                          "آسیب ناشی از آب و دزدی محافظت می‌کند. معمولاً بیمه مسئولیت هم دارد، برای وقتی که "
                          "ناخواسته به دیگری خسارت می‌زنید، مثلاً نشت آب به خانه همسایه طبقه پایین. بیمه خانه طبق "
                          "قانون اجباری نیست، اما به شدت توصیه می‌شود و برخی صاحبخانه‌ها آن را الزامی "
                          "می‌دانند.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (اتحادیه مستأجران) انجمنی برای مستأجران است. اعضا "
                          "می‌توانند درباره اجاره‌بها، قرارداد و مشکلات با صاحبخانه راهنمایی بگیرند. اختلاف میان "
                          "مستأجر و صاحبخانه را می‌توان به هیئت اجاره (hyresnämnden) برد.</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "راهنمایی درباره قرارداد اجاره، اجاره‌بها و مسکن."}),
        ],
        "so": [
            ("heading", "Heshiiska kirada"),
            ("paragraph", "<p>Heshiiska kirada (hyreskontrakt) waa heshiis u dhexeeya adiga iyo milkiilaha. Si "
                          "taxaddar leh u akhri ka hor intaadan saxiixin. Waxaa ku qoran, tusaale ahaan, inta ay "
                          "kiradu tahay, waxa kirada ku jira, goorta aad guriga geli karto iyo inta ay tahay muddada "
                          "ogeysiiska. Weydii haddii wax kuu caddayn waayaan, waxaadna ka codsan kartaa qof aad "
                          "aaminsan tahay inuu heshiiska kula akhriyo.</p>"),
            ("heading", "Kirada iyo deebaajiga"),
            ("paragraph", "<p>Kirada badanaa waxaa la bixiyaa horay, bishiiba mar. Milkiilayaasha qaar ayaa "
                          "weydiista deebaaji (deposition), taas oo ah lacag lagu celinayo markaad guurto haddii "
                          "wax walba si fiican yihiin. Hubi in deebaajiga lagu qoray heshiiska ama aad heshay "
                          "rasiid, waxaana fiican inaad bangiga ku bixiso si aad hadhow u caddeyn karto "
                          "lacag-bixinta.</p>"),
            ("bullets", [
                "Kirada waqtigeeda ku bixi.",
                "Daryeel guriga oo u sheeg milkiilaha waxyeellada iyo cilladaha.",
                "Ixtiraam deriskaaga, gaar ahaan fiidkii iyo habeenkii.",
                "Ha kireyn guriga gacanta labaad adigoon haysan oggolaanshaha milkiilaha.",
            ]),
            ("heading", "Caymiska guriga"),
            ("paragraph", "<p><b>Caymiska guriga</b> (hemförsäkring) wuxuu ilaaliyaa alaabtaada marka ay dhacdo, "
                          "tusaale ahaan, dab, waxyeello biyo ama xatooyo. Badanaa wuxuu sidoo kale daboolaa "
                          "mas'uuliyadda haddii aad si kama' ah waxyeello ugu geysato qof kale, tusaale ahaan biyo "
                          "ka daata oo gaara deriska hoose. Caymiska guriga sharci ahaan qasab ma aha, laakiin si "
                          "adag ayaa loogu talinayaa, milkiilayaasha qaarna waa ay shardi ka dhigaan.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (ururka kiraystayaasha) waa urur loogu talagalay "
                          "kiraystayaasha. Xubnuhu waxay ka heli karaan talo ku saabsan kirada, heshiisyada iyo "
                          "dhibaatooyinka milkiilaha. Khilaafaadka u dhexeeya kiraystaha iyo milkiilaha waxaa go'aan "
                          "ka gaari kara guddiga kirada (hyresnämnden).</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Talo ku saabsan heshiisyada kirada iyo guryaha."}),
        ],
        "ti": [
            ("heading", "ውዕል ኪራይ"),
            ("paragraph", "<p>ውዕል ኪራይ (hyreskontrakt) ኣብ መንጎኻን ወናኒ ገዛን ዝግበር ስምምዕ እዩ። ቅድሚ ምፍራምካ "
                          "ብጥንቃቐ ኣንብቦ። ኣብኡ ካልእ ነገራት ሓዊሱ ክንደይ ኪራይ ከም ዝኾነ፣ ኣብቲ ኪራይ እንታይ ከም "
                          "ዝኣቱ፣ መዓስ ክትኣቱ ከም እትኽእልን ንውዕል ንምቁራጽ ክንደይ ግዜ ኣቐዲምካ ክትሕብር ከም "
                          "ዘለካን ተጻሒፉ ኣሎ። ዘይንጹር ነገር እንተሃልዩ ሕተት፣ ንእትኣምኖ ሰብ ድማ ነቲ ውዕል ምሳኻ "
                          "ከንብቦ ክትሓቶ ትኽእል ኢኻ።</p>"),
            ("heading", "ኪራይን ውሕስነት ገንዘብን"),
            ("paragraph", "<p>ኪራይ መብዛሕትኡ ግዜ ኣቐዲሙ ኣብ ወርሒ ሓንሳብ ይኽፈል። ገሊኦም ወነንቲ ገዛ ውሕስነት ገንዘብ "
                          "(deposition) ይሓቱ፣ እዚ ድማ ኩሉ ነገር ብግቡእ እንተሃልዩ ክትገዓዝ ከለኻ ዝምለሰልካ ገንዘብ "
                          "እዩ። እቲ ውሕስነት ኣብ ውዕል ከም ዝተጻሕፈ ወይ ቅብሊት ከም ዝረኸብካ ኣረጋግጽ፣ ብድሕሪኡ ነቲ "
                          "ክፍሊት ከተርእዮ ምእንቲ ድማ ብባንኪ ምኽፋል ይሕሸካ።</p>"),
            ("bullets", [
                "ኪራይ ብግዜኡ ክፈል።",
                "ነቲ ኣፓርትመንት ተኸናከኖ፣ ጉድኣትን ጉድለትን ድማ ንወናኒ ገዛ ሓብር።",
                "ንጎረባብትኻ ኣኽብር፣ ብፍላይ ምሸትን ለይትን።",
                "ብዘይ ፍቓድ ወናኒ ገዛ ነቲ ኣፓርትመንት ብካልኣይ ኢድ ኣይተኻርዮ።",
            ]),
            ("heading", "ውሕስና ገዛ"),
            ("paragraph", "<p><b>ውሕስና ገዛ</b> (hemförsäkring) ንንብረትካ ካብ ከም ባርዕ፣ ብማይ ዝወርድ ጉድኣትን ስርቅን "
                          "ይከላኸለሉ። መብዛሕትኡ ግዜ ድማ ብጌጋ ኣብ ካልእ ሰብ ጉድኣት እንተኣውሪድካ፣ ንኣብነት ማይ ናብ "
                          "ታሕተዋይ ጎረቤት እንተፈሲሱ፣ ዝሽፍን ውሕስና ሓላፍነት ይሓቍፍ። ውሕስና ገዛ ብሕጊ ግዴታ ኣይኮነን፣ "
                          "ግን ኣጥቢቑ ይምከር፣ ገሊኦም ወነንቲ ገዛ ድማ ይሓትዎ እዮም።</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (ማሕበር ተኻረይቲ) ናይ ተኻረይቲ ማሕበር እዩ። ኣባላት ብዛዕባ "
                          "ኪራይ፣ ውዕልን ምስ ወናኒ ገዛ ዘሎ ጸገማትን ምኽሪ ክረኽቡ ይኽእሉ። ኣብ መንጎ ተኻራይን ወናኒ "
                          "ገዛን ዝለዓል ባእሲ ብቤት ፍርዲ ኪራይ (hyresnämnden) ክርአ ይኽእል።</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "ብዛዕባ ውዕል ኪራይን ገዛን ምኽሪ።"}),
        ],
        "uk": [
            ("heading", "Договір оренди"),
            ("paragraph", "<p>Договір оренди (hyreskontrakt) — це угода між вами та орендодавцем. Уважно прочитайте "
                          "його перед підписанням. У ньому, зокрема, зазначено розмір орендної плати, що до неї "
                          "входить, коли ви можете заселитися і який строк попередження про розірвання. Запитуйте, "
                          "якщо щось незрозуміло, і попросіть людину, якій довіряєте, прочитати договір разом із "
                          "вами.</p>"),
            ("heading", "Орендна плата і депозит"),
            ("paragraph", "<p>Орендну плату зазвичай вносять наперед, раз на місяць. Деякі орендодавці просять "
                          "депозит (deposition) — суму, яку вам повернуть під час виїзду, якщо все буде гаразд. "
                          "Переконайтеся, що депозит зазначено в договорі або що ви отримали квитанцію, і краще "
                          "платіть через банк, щоб згодом можна було підтвердити оплату.</p>"),
            ("bullets", [
                "Вчасно сплачуйте орендну плату.",
                "Дбайте про квартиру й повідомляйте орендодавця про пошкодження та несправності.",
                "Зважайте на сусідів, особливо ввечері та вночі.",
                "Не здавайте квартиру в суборенду без згоди орендодавця.",
            ]),
            ("heading", "Страхування житла"),
            ("paragraph", "<p><b>Страхування житла</b> (hemförsäkring) захищає ваші речі, наприклад, у разі пожежі, "
                          "пошкодження водою чи крадіжки. Зазвичай воно також включає страхування відповідальності, "
                          "якщо ви випадково завдасте шкоди іншим, наприклад залиєте сусідів знизу. Страхування "
                          "житла не є обов'язковим за законом, але його наполегливо радять, а деякі орендодавці його "
                          "вимагають.</p>"),
            ("paragraph", "<p><b>Hyresgästföreningen</b> (Спілка орендарів) — це об'єднання орендарів. Його члени "
                          "можуть отримати поради щодо оплати, договорів і проблем з орендодавцем. Спори між "
                          "орендарем і орендодавцем може розглядати орендна комісія (hyresnämnden).</p>"),
            ("link", {"title": "Hyresgästföreningen", "url": HYRESGASTFORENINGEN,
                      "description": "Поради щодо договорів оренди, оплати та житла."}),
        ],
    },
}

MOVING = {
    "title": {
        "sv": "När du flyttar",
        "en": "When you move",
    },
    "slug": {
        "sv": "nar-du-flyttar",
        "en": "when-you-move",
    },
    "intro": {
        "sv": "Att göra när du flyttar: flyttanmälan till Skatteverket, uppsägning, försäkring, el och bostadsbidrag.",
        "en": "Things to do when you move: reporting the move to Skatteverket, giving notice, insurance, electricity and housing allowance.",
    },
    "body": {
        "sv": [
            ("heading", "Anmäl flytten till Skatteverket"),
            ("paragraph", "<p>När du flyttar ska du anmäla din nya adress till Skatteverket senast en vecka efter "
                          "flytten. Då blir du folkbokförd på den nya adressen. Folkbokföringen avgör bland annat i "
                          "vilken kommun du betalar skatt, och myndigheter som Försäkringskassan använder uppgifterna. "
                          "Är adressen fel kan du gå miste om viktiga brev. Flyttanmälan kan du göra på "
                          "skatteverket.se med e-legitimation eller på en blankett.</p>"),
            ("heading", "Checklista"),
            ("bullets", [
                "Säg upp ditt gamla hyreskontrakt i tid. För en hyreslägenhet är uppsägningstiden ofta tre månader.",
                "Gör flyttanmälan till Skatteverket.",
                "Beställ eftersändning av post om du vill att brev till den gamla adressen skickas vidare.",
                "Se till att din hemförsäkring gäller för den nya bostaden.",
                "Kontrollera om el ingår i hyran. Om inte behöver du teckna ett eget elavtal.",
                "Städa den gamla bostaden ordentligt innan du lämnar tillbaka nycklarna.",
            ]),
            ("heading", "Bostadsbidrag"),
            ("paragraph", "<p>Barnfamiljer och unga vuxna under 29 år kan ha rätt till <b>bostadsbidrag</b> från "
                          "Försäkringskassan. Hur mycket du kan få beror bland annat på inkomst, boendekostnad och "
                          "hur många som bor i hushållet. Regler och belopp ändras, så kontrollera alltid hos "
                          "Försäkringskassan innan du räknar med bidraget.</p>"),
            ("callout", {"tone": "info",
                         "text": "Har du frågor om ditt kontrakt när du ska flytta ut, till exempel om städning "
                                 "eller skador? Kontakta hyresvärden i god tid innan flyttdagen."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Flyttanmälan och folkbokföring."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Bostadsbidrag och andra ersättningar."}),
        ],
        "en": [
            ("heading", "Report the move to Skatteverket"),
            ("paragraph", "<p>When you move, you must report your new address to Skatteverket (the Swedish Tax "
                          "Agency) no later than one week after the move. You are then registered (folkbokförd) at "
                          "the new address. The population register decides, among other things, which municipality "
                          "you pay tax to, and authorities such as Försäkringskassan use it. If your address is "
                          "wrong, you may miss important letters. You can report the move on skatteverket.se with an "
                          "e-ID or on a paper form.</p>"),
            ("heading", "Checklist"),
            ("bullets", [
                "Give notice on your old tenancy in time. For a rental apartment the notice period is often three months.",
                "Report the move to Skatteverket.",
                "Order mail forwarding if you want letters to your old address to be sent on.",
                "Make sure your home insurance covers the new home.",
                "Check whether electricity is included in the rent. If not, you need your own electricity contract.",
                "Clean the old home thoroughly before you hand back the keys.",
            ]),
            ("heading", "Housing allowance"),
            ("paragraph", "<p>Families with children and young adults under 29 may be entitled to <b>housing "
                          "allowance</b> (bostadsbidrag) from Försäkringskassan. How much you can get depends on "
                          "income, housing costs and how many people live in the household, among other things. "
                          "Rules and amounts change, so always check with Försäkringskassan before counting on "
                          "it.</p>"),
            ("callout", {"tone": "info",
                         "text": "Questions about your contract when you move out, for example about cleaning or "
                                 "damage? Contact the landlord well before moving day."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Reporting a move and population registration."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Housing allowance and other benefits."}),
        ],
    },
}

TOPIC = {
    "focus_area": "housing",
    "title": {
        "sv": "Bostad",
        "sv-x-simple": "Bostad",
        "en": "Housing",
        "ar": "السكن",
        "fa": "مسکن",
        "prs": "مسکن",
        "ps": "استوګنځی",
        "ckb": "نیشتەجێبوون",
        "so": "Guri",
        "ti": "ገዛ",
        "uk": "Житло",
        "ru": "Жильё",
        "tr": "Konut",
    },
    "slug": {
        "sv": "bostad",
        "sv-x-simple": "bostad",
        "en": "housing",
        "ar": "sakan",
        "fa": "maskan",
        "prs": "maskan",
        "ps": "astogntsay",
        "ckb": "nishtajebun",
        "so": "guri",
        "ti": "geza",
        "uk": "zhytlo",
        "ru": "zhilyo",
        "tr": "konut",
    },
    "intro": {
        "sv": "Att hitta en bostad, hyra och flytta i Västerås: bostadsköer, kontrakt och dina rättigheter som hyresgäst.",
        "sv-x-simple": "Här får du veta hur du hittar en bostad och vad som gäller när du hyr.",
        "en": "Finding a home, renting and moving in Västerås: housing queues, contracts and your rights as a tenant.",
        "ar": "البحث عن سكن والاستئجار والانتقال في Västerås: طوابير السكن والعقود وحقوقك كمستأجر.",
        "fa": "پیدا کردن خانه، اجاره و اسباب‌کشی در Västerås: صف‌های مسکن، قراردادها و حقوق شما به عنوان مستأجر.",
        "prs": "پیدا کردن خانه، کرایه گرفتن و کوچ کردن در Västerås: نوبت‌های مسکن، قراردادها و حقوق شما به حیث کرایه‌نشین.",
        "ps": "په Västerås کې د کور موندل، په کرایه نیول او کډه کول: د کور د انتظار لیستونه، قراردادونه او د کرایه دار په توګه ستاسو حقونه.",
        "ckb": "دۆزینەوەی خانوو، بەکرێگرتن و گواستنەوە لە Västerås: ڕیزی چاوەڕوانی خانوو، گرێبەستەکان و مافەکانت وەک کرێچی.",
        "so": "Helitaanka guri, kireysiga iyo guurista Västerås: safka guryaha, heshiisyada iyo xuquuqdaada kiraystaha ahaan.",
        "ti": "ኣብ Västerås ገዛ ምርካብ፣ ምክራይን ምግዓዝን፦ መስርዕ ገዛውቲ፣ ውዕላትን መሰላትካ ከም ተኻራይን።",
        "uk": "Пошук житла, оренда та переїзд у Västerås: черги на житло, договори і ваші права як орендаря.",
        "ru": "Поиск жилья, аренда и переезд в Västerås: очереди на жильё, договоры и ваши права как арендатора.",
        "tr": "Västerås'ta konut bulma, kiralama ve taşınma: konut kuyrukları, sözleşmeler ve kiracı olarak haklarınız.",
    },
    "articles": [FINDING_A_HOME, RENTING, MOVING],
}
