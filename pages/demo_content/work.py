"""Demo samhällsinformation on work and income: first steps, rights at work and financial support."""

ARBETSFORMEDLINGEN = "https://www.arbetsformedlingen.se/"
SKATTEVERKET = "https://www.skatteverket.se/"
UHR = "https://www.uhr.se/"
VASTERAS = "https://www.vasteras.se/"
FORSAKRINGSKASSAN = "https://www.forsakringskassan.se/"
INFORMATIONSVERIGE = "https://www.informationsverige.se/"

FIRST_STEPS = {
    "title": {
        "sv": "Första stegen mot arbete",
        "sv-x-simple": "Börja jobba i Sverige",
        "en": "First steps towards work",
        "ar": "الخطوات الأولى نحو العمل",
        "fa": "نخستین گام‌ها به سوی کار",
        "so": "Tallaabooyinka ugu horreeya ee shaqada",
        "ti": "ቀዳሞት ስጉምትታት ናብ ስራሕ",
        "uk": "Перші кроки до роботи",
        "ru": "Первые шаги к работе",
        "tr": "İşe giden ilk adımlar",
    },
    "slug": {
        "sv": "forsta-stegen-mot-arbete",
        "sv-x-simple": "borja-jobba",
        "en": "first-steps-towards-work",
        "ar": "khutuwat-ula-lil-amal",
        "fa": "gam-haye-nakhost-baraye-kar",
        "so": "tallaabooyinka-shaqada",
        "ti": "qedamot-sgumtitat-nab-sirah",
        "uk": "pershi-kroky-do-roboty",
        "ru": "pervye-shagi-k-rabote",
        "tr": "ise-ilk-adimlar",
    },
    "intro": {
        "sv": "Personnummer, svenska på SFI, Arbetsförmedlingen och bedömning av utländsk utbildning.",
        "sv-x-simple": "Så kommer du i gång med svenska och jobb.",
        "en": "Personal identity number, Swedish at SFI, Arbetsförmedlingen and recognition of foreign education.",
        "ar": "الرقم الشخصي، ودراسة اللغة السويدية في SFI، ومكتب العمل Arbetsförmedlingen، وتقييم الشهادات الأجنبية.",
        "fa": "شماره شخصی، یادگیری سوئدی در SFI، اداره کار Arbetsförmedlingen و ارزیابی تحصیلات خارجی.",
        "so": "Lambarka shakhsiga, barashada iswiidhishka ee SFI, Arbetsförmedlingen iyo qiimeynta waxbarashada dibadda.",
        "ti": "ናይ ውልቒ ቁጽሪ፣ ኣብ SFI ሽወድኛ ምምሃር፣ Arbetsförmedlingen ከምኡውን ምግምጋም ናይ ወጻኢ ትምህርቲ።",
        "uk": "Персональний номер, шведська мова в SFI, служба зайнятості Arbetsförmedlingen та оцінка іноземної освіти.",
        "ru": "Персональный номер, шведский язык в SFI, служба занятости Arbetsförmedlingen и оценка иностранного образования.",
        "tr": "Kişisel kimlik numarası, SFI'da İsveççe, Arbetsförmedlingen (iş ve işçi bulma kurumu) ve yurt dışında alınan eğitimin değerlendirilmesi.",
    },
    "body": {
        "sv": [
            ("heading", "Personnummer eller samordningsnummer"),
            ("paragraph", "<p>För att arbeta, öppna ett bankkonto och ha kontakt med myndigheter behöver du oftast "
                          "ett personnummer. Du får ett personnummer när du blir folkbokförd i Sverige, vilket gäller "
                          "den som ska bo här i minst ett år. Den som inte är folkbokförd kan i vissa fall få ett "
                          "samordningsnummer i stället. Båda hanteras av Skatteverket.</p>"),
            ("heading", "Lär dig svenska på SFI"),
            ("paragraph", "<p><b>SFI</b> (svenska för invandrare) är en kostnadsfri utbildning för vuxna som saknar "
                          "grundläggande kunskaper i svenska. Kommunen ansvarar för SFI, och i Västerås ansöker du "
                          "via Västerås stad. Många kombinerar SFI med arbete eller praktik.</p>"),
            ("heading", "Arbetsförmedlingen"),
            ("paragraph", "<p>Skriv in dig som arbetssökande hos <b>Arbetsförmedlingen</b>. Där kan du få hjälp att "
                          "söka jobb och information om utbildningar och praktik. Om du nyligen har fått "
                          "uppehållstillstånd som flykting, alternativt skyddsbehövande eller anhörig till någon av "
                          "dem kan du ha rätt till <b>etableringsprogrammet</b>, med bland annat svenskstudier och "
                          "aktiviteter som förbereder för arbete. Under programmet kan du få etableringsersättning "
                          "från Försäkringskassan.</p>"),
            ("bullets", [
                "Se till att du har ett personnummer eller samordningsnummer.",
                "Anmäl dig till SFI.",
                "Skriv in dig hos Arbetsförmedlingen.",
                "Samla betyg, examensbevis och intyg från tidigare arbeten.",
            ]),
            ("heading", "Utländsk utbildning"),
            ("paragraph", "<p>Har du en högskoleutbildning från ett annat land kan du ansöka om en bedömning hos "
                          "<b>Universitets- och högskolerådet (UHR)</b>. Bedömningen visar vad utbildningen "
                          "motsvarar i Sverige, vilket kan hjälpa dig när du söker arbete eller vill studera vidare. "
                          "För vissa yrken, till exempel läkare och sjuksköterska, krävs dessutom legitimation från "
                          "Socialstyrelsen.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Skriv in dig, sök jobb och läs om etableringsprogrammet."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Folkbokföring, personnummer och samordningsnummer."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Bedömning av utländsk utbildning."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "Ansökan till SFI och vuxenutbildning."}),
        ],
        "sv-x-simple": [
            ("heading", "Ett nummer för dig"),
            ("paragraph", "<p>Du behöver ett personnummer. Du får det av Skatteverket. Ibland får man ett annat "
                          "nummer i stället. Det heter samordningsnummer.</p>"),
            ("heading", "Lär dig svenska"),
            ("paragraph", "<p>Du kan läsa svenska på SFI. Det kostar inga pengar. Det är kommunen som har SFI. "
                          "Du kan gå på SFI och jobba samtidigt.</p>"),
            ("heading", "Sök jobb"),
            ("paragraph", "<p>Gå till Arbetsförmedlingen. Skriv in dig där. De hjälper dig att söka jobb. Har du "
                          "flytt till Sverige? Då kan du kanske gå i ett program. Det heter "
                          "etableringsprogrammet.</p>"),
            ("bullets", [
                "Skaffa ett personnummer.",
                "Börja på SFI.",
                "Skriv in dig på Arbetsförmedlingen.",
                "Spara papper från skola och jobb.",
            ]),
            ("paragraph", "<p>Har du läst på universitet i ett annat land? UHR kan jämföra din utbildning med en "
                          "svensk utbildning. Det kan hjälpa dig att få jobb.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN, "description": "Hjälp att hitta jobb."}),
        ],
        "en": [
            ("heading", "Personal identity number or coordination number"),
            ("paragraph", "<p>To work, open a bank account and deal with authorities you usually need a personal "
                          "identity number (personnummer). You get one when you are registered in the Swedish "
                          "population register (folkbokförd), which applies to people who will live here for at "
                          "least one year. People who are not registered can in some cases get a coordination "
                          "number (samordningsnummer) instead. Both are handled by Skatteverket (the Swedish Tax "
                          "Agency).</p>"),
            ("heading", "Learn Swedish at SFI"),
            ("paragraph", "<p><b>SFI</b> (Swedish for immigrants) is free education for adults who lack basic "
                          "Swedish. The municipality is responsible for SFI; in Västerås you apply through Västerås "
                          "stad. Many people combine SFI with work or a work placement.</p>"),
            ("heading", "Arbetsförmedlingen"),
            ("paragraph", "<p>Register as a job seeker with <b>Arbetsförmedlingen</b> (the Swedish Public "
                          "Employment Service). They can help you look for work and give information about training "
                          "and work placements. If you have recently been granted a residence permit as a refugee, "
                          "a person in need of subsidiary protection or a family member of one of them, you may be "
                          "entitled to the <b>introduction programme</b> (etableringsprogrammet), which includes "
                          "Swedish studies and activities that prepare you for work. During the programme you can "
                          "receive an introduction benefit (etableringsersättning) from Försäkringskassan.</p>"),
            ("bullets", [
                "Make sure you have a personal identity number or a coordination number.",
                "Sign up for SFI.",
                "Register with Arbetsförmedlingen.",
                "Collect grades, diplomas and certificates from previous jobs.",
            ]),
            ("heading", "Foreign education"),
            ("paragraph", "<p>If you have higher education from another country, you can apply for an assessment from "
                          "the <b>Swedish Council for Higher Education (UHR)</b>. It shows what your education "
                          "corresponds to in Sweden, which can help when you look for work or want to study further. "
                          "Some professions, such as doctor and nurse, also require a licence from Socialstyrelsen "
                          "(the National Board of Health and Welfare).</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Register, look for jobs and read about the introduction programme."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Population registration, personal identity and coordination numbers."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Recognition of foreign education."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "Applying for SFI and adult education."}),
        ],
        "ar": [
            ("heading", "الرقم الشخصي أو رقم التنسيق"),
            ("paragraph", "<p>للعمل وفتح حساب مصرفي والتعامل مع الجهات الحكومية تحتاج عادةً إلى رقم شخصي "
                          "(personnummer). تحصل عليه عندما تُسجَّل في سجل السكان في السويد (folkbokförd)، وهذا "
                          "يشمل من سيعيش هنا سنة واحدة على الأقل. ويمكن لمن لم يُسجَّل أن يحصل في بعض الحالات على "
                          "رقم تنسيق (samordningsnummer) بدلًا منه. وكلاهما من اختصاص مصلحة الضرائب "
                          "Skatteverket.</p>"),
            ("heading", "تعلّم السويدية في SFI"),
            ("paragraph", "<p><b>SFI</b> (اللغة السويدية للمهاجرين) تعليم مجاني للبالغين الذين لا يملكون معرفة "
                          "أساسية بالسويدية. البلدية هي المسؤولة عن SFI، وفي Västerås تقدّم طلبك عن طريق بلدية "
                          "Västerås stad. كثيرون يجمعون بين SFI والعمل أو التدريب العملي.</p>"),
            ("heading", "التسجيل في مكتب العمل"),
            ("paragraph", "<p>سجّل نفسك باحثًا عن عمل لدى <b>Arbetsförmedlingen</b>. هناك يمكنك الحصول على مساعدة "
                          "في البحث عن عمل ومعلومات عن الدورات والتدريب العملي. إذا حصلت مؤخرًا على إقامة بصفة "
                          "لاجئ أو شخص بحاجة إلى حماية بديلة أو قريب لأحدهما، فقد يحق لك الالتحاق <b>ببرنامج "
                          "التأسيس</b> (etableringsprogrammet) الذي يتضمن دراسة السويدية وأنشطة تُعدّك للعمل. "
                          "وخلال البرنامج يمكنك الحصول على تعويض التأسيس (etableringsersättning) من "
                          "Försäkringskassan.</p>"),
            ("bullets", [
                "تأكد من أن لديك رقمًا شخصيًا أو رقم تنسيق.",
                "سجّل في SFI.",
                "سجّل نفسك لدى Arbetsförmedlingen.",
                "اجمع شهاداتك الدراسية والإفادات من أعمالك السابقة.",
            ]),
            ("heading", "التعليم الأجنبي"),
            ("paragraph", "<p>إذا كان لديك تعليم جامعي من بلد آخر، يمكنك طلب تقييم له من <b>مجلس الجامعات والمعاهد العليا "
                          "(UHR)</b>. يبيّن التقييم ما يعادله تعليمك في السويد، وهذا قد يساعدك عند البحث عن عمل أو "
                          "متابعة الدراسة. وبعض المهن، مثل الطبيب والممرض، تحتاج أيضًا إلى ترخيص مزاولة المهنة من "
                          "Socialstyrelsen.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "التسجيل والبحث عن عمل ومعلومات عن برنامج التأسيس."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "التسجيل في سجل السكان والرقم الشخصي ورقم التنسيق."}),
            ("link", {"title": "UHR", "url": UHR, "description": "تقييم التعليم الأجنبي."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "التقديم إلى SFI وتعليم الكبار."}),
        ],
        "fa": [
            ("heading", "شماره شخصی یا شماره هماهنگی"),
            ("paragraph", "<p>برای کار کردن، باز کردن حساب بانکی و ارتباط با ادارات دولتی معمولاً به شماره شخصی "
                          "(personnummer) نیاز دارید. این شماره را وقتی می‌گیرید که در ثبت احوال سوئد ثبت شوید "
                          "(folkbokförd)، و این برای کسانی است که دست‌کم یک سال در اینجا زندگی خواهند کرد. کسی که "
                          "ثبت نشده، در برخی موارد می‌تواند به جای آن شماره هماهنگی (samordningsnummer) بگیرد. هر "
                          "دو را اداره مالیات، Skatteverket، صادر می‌کند.</p>"),
            ("heading", "یادگیری سوئدی در SFI"),
            ("paragraph", "<p><b>SFI</b> (زبان سوئدی برای مهاجران) آموزشی رایگان برای بزرگسالانی است که دانش پایه "
                          "سوئدی ندارند. مسئولیت SFI با شهرداری است و در Västerås از طریق Västerås stad درخواست "
                          "می‌دهید. بسیاری SFI را همراه با کار یا کارآموزی می‌گذرانند.</p>"),
            ("heading", "ثبت‌نام در اداره کار"),
            ("paragraph", "<p>خود را به عنوان جوینده کار در <b>Arbetsförmedlingen</b> ثبت کنید. آنجا می‌توانید برای "
                          "پیدا کردن کار کمک بگیرید و درباره دوره‌های آموزشی و کارآموزی اطلاعات به دست آورید. اگر "
                          "به‌تازگی به عنوان پناهنده، فرد نیازمند حمایت جایگزین یا خویشاوند یکی از آنان اجازه "
                          "اقامت گرفته‌اید، ممکن است حق شرکت در <b>برنامه استقرار</b> (etableringsprogrammet) را "
                          "داشته باشید که شامل یادگیری سوئدی و فعالیت‌هایی برای آمادگی کار است. در طول برنامه "
                          "می‌توانید کمک‌هزینه استقرار (etableringsersättning) را از Försäkringskassan دریافت "
                          "کنید.</p>"),
            ("bullets", [
                "مطمئن شوید که شماره شخصی یا شماره هماهنگی دارید.",
                "در SFI ثبت‌نام کنید.",
                "در Arbetsförmedlingen ثبت‌نام کنید.",
                "کارنامه‌ها، مدارک تحصیلی و گواهی‌های کارهای قبلی خود را جمع کنید.",
            ]),
            ("heading", "تحصیلات خارجی"),
            ("paragraph", "<p>اگر در کشور دیگری تحصیلات دانشگاهی داشته‌اید، می‌توانید از <b>شورای دانشگاه‌ها و مؤسسات آموزش "
                          "عالی (UHR)</b> ارزیابی آن را درخواست کنید. ارزیابی نشان می‌دهد تحصیلات شما با چه "
                          "مدرکی در سوئد برابر است و این می‌تواند در کاریابی یا ادامه تحصیل کمک کند. برخی حرفه‌ها "
                          "مانند پزشکی و پرستاری افزون بر این به پروانه کار از Socialstyrelsen نیاز دارند.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "ثبت‌نام، جستجوی کار و اطلاعات درباره برنامه استقرار."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "ثبت احوال، شماره شخصی و شماره هماهنگی."}),
            ("link", {"title": "UHR", "url": UHR, "description": "ارزیابی تحصیلات خارجی."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "درخواست برای SFI و آموزش بزرگسالان."}),
        ],
        "so": [
            ("heading", "Lambarka shakhsiga ama lambarka isku-duwidda"),
            ("paragraph", "<p>Si aad u shaqeyso, u furato akoon bangi oo ula xiriirto hay'adaha dowladda, badanaa "
                          "waxaad u baahan tahay lambar shakhsi (personnummer). Waxaad heshaa marka lagu diiwaan "
                          "geliyo diiwaanka dadweynaha ee Iswiidhan (folkbokförd), taas oo khusaysa qofka halkan ku "
                          "noolaan doona ugu yaraan hal sano. Qofka aan diiwaan gashanayn mararka qaarkood wuxuu "
                          "heli karaa lambar isku-duwid (samordningsnummer). Labadaba waxaa maamula Skatteverket "
                          "(hay'adda canshuuraha).</p>"),
            ("heading", "Baro iswiidhishka SFI"),
            ("paragraph", "<p><b>SFI</b> (iswiidhishka loogu talagalay soo-galootiga) waa waxbarasho bilaash ah oo "
                          "loogu talagalay dadka waaweyn ee aan lahayn aqoon aasaasi ah oo iswiidhish ah. Dowladda "
                          "hoose ayaa mas'uul ka ah SFI, Västerås-na waxaad ku codsanaysaa Västerås stad. Dad badan "
                          "ayaa SFI la qaata shaqo ama tababar shaqo.</p>"),
            ("heading", "Arbetsförmedlingen"),
            ("paragraph", "<p>Iska diiwaan geli sidii qof shaqo raadinaya <b>Arbetsförmedlingen</b> (xafiiska "
                          "shaqada). Halkaas waxaad ka heli kartaa caawimo aad shaqo ku raadiso iyo macluumaad ku "
                          "saabsan waxbarasho iyo tababar shaqo. Haddii dhawaan lagu siiyay sharciga deganaanshaha "
                          "adigoo qaxooti ah, qof u baahan ilaalin kale ama qaraabo mid ka mid ah, waxaa laga yaabaa "
                          "inaad xaq u leedahay <b>barnaamijka dejinta</b> (etableringsprogrammet), oo ay ku jiraan "
                          "barashada iswiidhishka iyo hawlo kuu diyaarinaya shaqo. Inta lagu jiro barnaamijka "
                          "waxaad ka heli kartaa Försäkringskassan gunnada dejinta (etableringsersättning).</p>"),
            ("bullets", [
                "Hubi inaad haysato lambar shakhsi ama lambar isku-duwid.",
                "Isku qor SFI.",
                "Iska diiwaan geli Arbetsförmedlingen.",
                "Uruuri shahaadooyinkaaga iyo warqadaha shaqooyinkii hore.",
            ]),
            ("heading", "Waxbarashada dibadda"),
            ("paragraph", "<p>Haddii aad waxbarasho jaamacadeed ku qaadatay waddan kale, waxaad qiimeyn ka codsan kartaa "
                          "<b>Golaha Jaamacadaha iyo Machadyada Sare (UHR)</b>. Qiimeyntu waxay muujinaysaa waxa "
                          "waxbarashadaadu u dhigmayso Iswiidhan, taasoo kaa caawin karta marka aad shaqo raadinayso "
                          "ama aad rabto inaad sii waxbarato. Xirfadaha qaar, sida dhakhtarka iyo kalkaalisada, "
                          "waxay kaloo u baahan yihiin shatiga Socialstyrelsen.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Is diiwaan geli, shaqo raadso oo wax ka akhri barnaamijka dejinta."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Diiwaanka dadweynaha, lambarka shakhsiga iyo lambarka isku-duwidda."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Qiimeynta waxbarashada dibadda."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Codsiga SFI iyo waxbarashada dadka waaweyn."}),
        ],
        "ti": [
            ("heading", "ናይ ውልቒ ቁጽሪ ወይ ቁጽሪ ምትእስሳር"),
            ("paragraph", "<p>ንምስራሕ፣ ናይ ባንኪ ሕሳብ ንምኽፋትን ምስ መንግስታዊ ትካላት ንምርኻብን መብዛሕትኡ ግዜ ናይ "
                          "ውልቒ ቁጽሪ (personnummer) የድልየካ። ኣብ መዝገብ ህዝቢ ሽወደን (folkbokförd) ምስ ተመዝገብካ "
                          "ትረኽቦ፣ እዚ ድማ ንዝወሓደ ሓደ ዓመት ኣብዚ ዝነብር ሰብ ይምልከት። ዘይተመዝገበ ሰብ ኣብ ገሊኡ "
                          "ኩነታት ኣብ ክንድኡ ቁጽሪ ምትእስሳር (samordningsnummer) ክረክብ ይኽእል። ክልቲኦም ብ"
                          "Skatteverket (ትካል ግብሪ) እዮም ዝሰርሑ።</p>"),
            ("heading", "ኣብ SFI ሽወድኛ ተማሃር"),
            ("paragraph", "<p><b>SFI</b> (ሽወድኛ ንስደተኛታት) ንመሰረታዊ ፍልጠት ሽወድኛ ዘይብሎም ዓበይቲ ብናጻ ዝወሃብ "
                          "ትምህርቲ እዩ። ንSFI ምምሕዳር ከተማ (kommun) እዩ ሓላፍነት ዘለዎ፣ ኣብ Västerås ድማ ብ"
                          "Västerås stad ኣቢልካ ትምዝገብ። ብዙሓት ሰባት SFI ምስ ስራሕ ወይ ልምምድ ስራሕ ሓቢሮም "
                          "ይመሃሩ።</p>"),
            ("heading", "ምምዝጋብ ኣብ ቤት ጽሕፈት ስራሕ"),
            ("paragraph", "<p>ኣብ <b>Arbetsförmedlingen</b> ከም ስራሕ ደላዪ ተመዝገብ። ኣብኡ ስራሕ ንምድላይ ሓገዝን ብዛዕባ "
                          "ትምህርትታትን ልምምድ ስራሕን ሓበሬታን ክትረክብ ትኽእል። ቀረባ ግዜ ከም ስደተኛ፣ ከም ካልእ "
                          "ሓለዋ ዘድልዮ ሰብ ወይ ከም ቤተሰብ ሓደ ካብኣቶም ናይ መንበሪ ፍቓድ እንተረኺብካ፣ ናብ <b>መደብ "
                          "ምጥጣሕ</b> (etableringsprogrammet) መሰል ክህልወካ ይኽእል። እዚ መደብ ትምህርቲ ሽወድኛን ንስራሕ "
                          "ዘዳሉ ንጥፈታትን ዘጠቓለለ እዩ። ኣብ ግዜ እቲ መደብ ካብ Försäkringskassan ኣበል ምጥጣሕ "
                          "(etableringsersättning) ክትረክብ ትኽእል።</p>"),
            ("bullets", [
                "ናይ ውልቒ ቁጽሪ ወይ ቁጽሪ ምትእስሳር ከም ዘለካ ኣረጋግጽ።",
                "ኣብ SFI ተመዝገብ።",
                "ኣብ Arbetsförmedlingen ተመዝገብ።",
                "ናይ ትምህርቲ ሰነዳትን ካብ ዝሓለፈ ስራሕ ምስክር ወረቐትን ኣኪብካ ዓቅብ።",
            ]),
            ("heading", "ናይ ወጻኢ ትምህርቲ"),
            ("paragraph", "<p>ኣብ ካልእ ሃገር ዝተማሃርካዮ ትምህርቲ ዩኒቨርስቲ እንተሃልዩካ፣ ካብ <b>ቤት ምኽሪ ዩኒቨርስቲታትን ላዕለዋይ "
                          "ትምህርትን (UHR)</b> ምግምጋም ክትሓትት ትኽእል። እቲ ምግምጋም ትምህርትኻ ኣብ ሽወደን ምስ እንታይ "
                          "ከም ዝመዓራረ የርኢ፣ እዚ ድማ ስራሕ ክትደሊ ወይ ትምህርቲ ክትቅጽል ከለኻ ክሕግዘካ ይኽእል። "
                          "ገሊኦም ሞያታት ከም ሓኪምን ነርስን ብተወሳኺ ካብ Socialstyrelsen ፍቓድ ሞያ የድልዮም።</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "ተመዝገብ፣ ስራሕ ድለ፣ ብዛዕባ መደብ ምጥጣሕ ድማ ኣንብብ።"}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "መዝገብ ህዝቢ፣ ናይ ውልቒ ቁጽሪን ቁጽሪ ምትእስሳርን።"}),
            ("link", {"title": "UHR", "url": UHR, "description": "ምግምጋም ናይ ወጻኢ ትምህርቲ።"}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "ምምዝጋብ ናብ SFIን ትምህርቲ ዓበይትን።"}),
        ],
        "uk": [
            ("heading", "Персональний номер або координаційний номер"),
            ("paragraph", "<p>Щоб працювати, відкрити банківський рахунок і мати справу з державними установами, "
                          "зазвичай потрібен персональний номер (personnummer). Ви отримуєте його, коли вас "
                          "реєструють у шведському реєстрі населення (folkbokförd); це стосується тих, хто житиме "
                          "тут щонайменше рік. Людина без такої реєстрації в деяких випадках може отримати натомість "
                          "координаційний номер (samordningsnummer). Обидва видає податкова служба "
                          "Skatteverket.</p>"),
            ("heading", "Вивчайте шведську в SFI"),
            ("paragraph", "<p><b>SFI</b> (шведська для іммігрантів) — безкоштовне навчання для дорослих, які не "
                          "мають базових знань шведської. За SFI відповідає муніципалітет; у Västerås заявку "
                          "подають через Västerås stad. Багато хто поєднує SFI з роботою або практикою.</p>"),
            ("heading", "Служба зайнятості"),
            ("paragraph", "<p>Зареєструйтеся як шукач роботи в <b>Arbetsförmedlingen</b>. Там вам допоможуть шукати "
                          "роботу й розкажуть про навчання та практику. Якщо ви нещодавно отримали дозвіл на "
                          "проживання як біженець, особа, що потребує додаткового захисту, або член родини когось із "
                          "них, ви можете мати право на <b>програму інтеграції</b> (etableringsprogrammet). Вона "
                          "включає вивчення шведської та заходи, що готують до роботи. Під час програми можна "
                          "отримувати виплату (etableringsersättning) від Försäkringskassan.</p>"),
            ("bullets", [
                "Переконайтеся, що маєте персональний або координаційний номер.",
                "Запишіться до SFI.",
                "Зареєструйтеся в Arbetsförmedlingen.",
                "Зберіть атестати, дипломи та довідки з попередніх місць роботи.",
            ]),
            ("heading", "Іноземна освіта"),
            ("paragraph", "<p>Якщо ви здобули вищу освіту в іншій країні, можна подати заяву на її оцінку до <b>Ради з "
                          "питань вищої освіти (UHR)</b>. Оцінка показує, чому відповідає ваша освіта у Швеції, і це "
                          "може допомогти під час пошуку роботи чи подальшого навчання. Для деяких професій, "
                          "наприклад лікаря чи медсестри, також потрібна ліцензія від Socialstyrelsen.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Реєстрація, пошук роботи та програма інтеграції."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Реєстрація населення, персональний і координаційний номер."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Оцінка іноземної освіти."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "Заявка на SFI та освіту для дорослих."}),
        ],
        "ru": [
            ("heading", "Персональный номер или координационный номер"),
            ("paragraph", "<p>Чтобы работать, открыть банковский счёт и иметь дело с государственными органами, "
                          "обычно нужен персональный номер (personnummer). Вы получаете его, когда вас регистрируют в "
                          "шведском реестре населения (folkbokförd); это касается тех, кто будет жить здесь не менее "
                          "года. Тот, кто не зарегистрирован, в некоторых случаях может вместо этого получить "
                          "координационный номер (samordningsnummer). Оба номера выдаёт налоговое управление "
                          "Skatteverket.</p>"),
            ("heading", "Изучайте шведский в SFI"),
            ("paragraph", "<p><b>SFI</b> (шведский для иммигрантов) — бесплатное обучение для взрослых, у которых нет "
                          "базовых знаний шведского языка. За SFI отвечает муниципалитет; в Västerås заявление подают "
                          "через Västerås stad. Многие совмещают SFI с работой или практикой.</p>"),
            ("heading", "Служба занятости"),
            ("paragraph", "<p>Зарегистрируйтесь как ищущий работу в <b>Arbetsförmedlingen</b>. Там вам помогут в "
                          "поиске работы и расскажут об обучении и практике. Если вы недавно получили вид на "
                          "жительство как беженец, лицо, нуждающееся в дополнительной защите, или член семьи одного "
                          "из них, вы можете иметь право на <b>программу адаптации</b> (etableringsprogrammet). Она "
                          "включает изучение шведского языка и занятия, готовящие к работе. Во время программы можно "
                          "получать пособие (etableringsersättning) от Försäkringskassan.</p>"),
            ("bullets", [
                "Убедитесь, что у вас есть персональный или координационный номер.",
                "Запишитесь в SFI.",
                "Зарегистрируйтесь в Arbetsförmedlingen.",
                "Соберите аттестаты, дипломы и справки с прежних мест работы.",
            ]),
            ("heading", "Иностранное образование"),
            ("paragraph", "<p>Если вы получили высшее образование в другой стране, можно подать заявление на его "
                          "оценку в <b>Совет по высшему образованию (UHR)</b>. Оценка показывает, чему соответствует "
                          "ваше образование в Швеции, и это может помочь при поиске работы или продолжении учёбы. Для "
                          "некоторых профессий, например врача и медсестры, также нужна лицензия от "
                          "Socialstyrelsen.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Регистрация, поиск работы и программа адаптации."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Регистрация населения, персональный и координационный номер."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Оценка иностранного образования."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "Заявление на SFI и образование для взрослых."}),
        ],
        "tr": [
            ("heading", "Kişisel kimlik numarası veya koordinasyon numarası"),
            ("paragraph", "<p>Çalışmak, banka hesabı açmak ve resmi kurumlarla iletişim kurmak için genellikle bir "
                          "kişisel kimlik numarasına (personnummer) ihtiyacınız vardır. Bu numarayı İsveç nüfus "
                          "kaydına (folkbokförd) kaydolduğunuzda alırsınız; bu, burada en az bir yıl yaşayacak "
                          "kişiler için geçerlidir. Nüfusa kayıtlı olmayan kişiler bazı durumlarda bunun yerine "
                          "koordinasyon numarası (samordningsnummer) alabilir. Her ikisiyle de vergi dairesi "
                          "Skatteverket ilgilenir.</p>"),
            ("heading", "SFI'da İsveççe öğrenin"),
            ("paragraph", "<p><b>SFI</b> (göçmenler için İsveççe), temel İsveççe bilgisi olmayan yetişkinler için "
                          "ücretsiz bir eğitimdir. SFI'dan belediye sorumludur; Västerås'ta başvuru Västerås stad "
                          "üzerinden yapılır. Birçok kişi SFI'yı bir işle ya da stajla birlikte yürütür.</p>"),
            ("heading", "İş ve işçi bulma kurumu"),
            ("paragraph", "<p><b>Arbetsförmedlingen</b>'e iş arayan olarak kaydolun. Orada iş ararken yardım "
                          "alabilir, eğitimler ve stajlar hakkında bilgi edinebilirsiniz. Yakın zamanda mülteci, "
                          "ikincil koruma statüsündeki kişi ya da bunlardan birinin aile üyesi olarak oturma izni "
                          "aldıysanız, <b>uyum programına</b> (etableringsprogrammet) katılma hakkınız olabilir. "
                          "Program, İsveççe derslerini ve sizi işe hazırlayan etkinlikleri kapsar. Program süresince "
                          "Försäkringskassan'dan uyum ödeneği (etableringsersättning) alabilirsiniz.</p>"),
            ("bullets", [
                "Kişisel kimlik numaranız ya da koordinasyon numaranız olduğundan emin olun.",
                "SFI'ya kaydolun.",
                "Arbetsförmedlingen'e kaydolun.",
                "Karnelerinizi, diplomalarınızı ve önceki işlerinizden aldığınız belgeleri toplayın.",
            ]),
            ("heading", "Yurt dışında alınan eğitim"),
            ("paragraph", "<p>Başka bir ülkede yükseköğrenim gördüyseniz, <b>Yükseköğretim Konseyi'nden (UHR)</b> "
                          "eğitiminizin değerlendirilmesini isteyebilirsiniz. Değerlendirme, eğitiminizin İsveç'te "
                          "neye karşılık geldiğini gösterir; bu da iş ararken ya da eğitiminize devam etmek "
                          "istediğinizde yardımcı olabilir. Doktorluk ve hemşirelik gibi bazı meslekler için ayrıca "
                          "Socialstyrelsen'den meslek lisansı gerekir.</p>"),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Kaydolun, iş arayın ve uyum programı hakkında bilgi edinin."}),
            ("link", {"title": "Skatteverket", "url": SKATTEVERKET,
                      "description": "Nüfus kaydı, kişisel kimlik numarası ve koordinasyon numarası."}),
            ("link", {"title": "UHR", "url": UHR, "description": "Yurt dışı eğitimin değerlendirilmesi."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS, "description": "SFI ve yetişkin eğitimine başvuru."}),
        ],
    },
}

AT_WORK = {
    "title": {
        "sv": "Anställning och rättigheter på jobbet",
        "en": "Employment and your rights at work",
        "ar": "التوظيف وحقوقك في العمل",
        "fa": "استخدام و حقوق شما در محل کار",
        "so": "Shaqaalaysiinta iyo xuquuqdaada shaqada",
        "ti": "ቅጽረ ስራሕን መሰላትካ ኣብ ስራሕን",
        "uk": "Працевлаштування та ваші права на роботі",
    },
    "slug": {
        "sv": "anstallning-och-rattigheter",
        "en": "employment-and-rights",
        "ar": "al-tawzif-wal-huquq",
        "fa": "estekhdam-va-hoghugh",
        "so": "shaqaalaysiinta-iyo-xuquuqda",
        "ti": "qitsri-sirah-ken-meselat",
        "uk": "pratsevlashtuvannia-i-prava",
    },
    "intro": {
        "sv": "Anställningsvillkor, skatt, kollektivavtal, fackförbund och a-kassa.",
        "en": "Terms of employment, tax, collective agreements, trade unions and unemployment insurance.",
        "ar": "شروط التوظيف والضرائب والاتفاقيات الجماعية والنقابات وصندوق البطالة.",
        "fa": "شرایط استخدام، مالیات، قراردادهای جمعی، اتحادیه‌های کارگری و صندوق بیکاری.",
        "so": "Shuruudaha shaqada, canshuurta, heshiisyada wadareed, ururada shaqaalaha iyo caymiska shaqo la'aanta.",
        "ti": "ኩነታት ቅጽረ ስራሕ፣ ግብሪ፣ ሓባራዊ ስምምዓት፣ ማሕበራት ሰራሕተኛታትን ውሕስና ስራሕ ኣልቦነትን።",
        "uk": "Умови працевлаштування, податки, колективні договори, профспілки та страхування на випадок безробіття.",
    },
    "body": {
        "sv": [
            ("heading", "Anställningsvillkor"),
            ("paragraph", "<p>När du får ett jobb ska arbetsgivaren ge dig skriftlig information om de viktigaste "
                          "villkoren, till exempel lön, arbetstid, arbetsuppgifter och om anställningen gäller tills "
                          "vidare eller under en begränsad tid. Läs villkoren noga och spara dem. Arbetsgivaren drar "
                          "skatt från din lön och betalar den till Skatteverket. Du får oftast en lönespecifikation "
                          "som visar lönen och skatten.</p>"),
            ("heading", "Kollektivavtal och fackförbund"),
            ("paragraph", "<p>Sverige har ingen lagstadgad minimilön. Löner och andra villkor bestäms ofta i "
                          "<b>kollektivavtal</b>, som är avtal mellan fackförbund och arbetsgivare. Ett kollektivavtal "
                          "kan till exempel gälla lägsta lön, ersättning för övertid, semester och försäkringar. Ett "
                          "<b>fackförbund</b> arbetar för de anställdas rättigheter. Det är frivilligt att vara "
                          "medlem, och som medlem kan du få råd och stöd om något blir fel på jobbet.</p>"),
            ("heading", "A-kassa"),
            ("paragraph", "<p><b>A-kassan</b> (arbetslöshetskassan) ger ersättning till den som blir arbetslös och "
                          "uppfyller villkoren, till exempel att ha arbetat tillräckligt mycket och vara inskriven "
                          "hos Arbetsförmedlingen. Medlemskap är frivilligt, men som medlem kan du få en högre "
                          "ersättning som beror på din tidigare lön. Reglerna ändras ibland, så kontrollera hos "
                          "a-kassan.</p>"),
            ("bullets", [
                "Be om villkoren skriftligt innan du börjar.",
                "Fråga om arbetsplatsen har kollektivavtal.",
                "Spara lönespecifikationer och intyg från arbetsgivaren.",
                "Ta reda på vilket fackförbund och vilken a-kassa som passar ditt yrke.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Säg nej till svartjobb. Om lönen betalas svart, utan skatt, går du miste om bland "
                                 "annat pension och ersättning vid sjukdom, och det blir svårare att få hjälp om du "
                                 "inte får din lön."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Om arbete och arbetsliv i Sverige, på flera språk."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Lediga jobb och stöd till arbetssökande."}),
        ],
        "en": [
            ("heading", "Terms of employment"),
            ("paragraph", "<p>When you get a job, the employer must give you written information about the most "
                          "important terms, for example pay, working hours, duties and whether the job is permanent "
                          "or for a limited period. Read the terms carefully and keep them. The employer deducts tax "
                          "from your pay and pays it to Skatteverket. You usually get a pay slip "
                          "(lönespecifikation) showing your pay and the tax.</p>"),
            ("heading", "Collective agreements and trade unions"),
            ("paragraph", "<p>Sweden has no statutory minimum wage. Pay and other conditions are often set in "
                          "<b>collective agreements</b> (kollektivavtal) between trade unions and employers. A "
                          "collective agreement can cover, for example, minimum pay, overtime pay, holidays and "
                          "insurance. A <b>trade union</b> (fackförbund) works for employees' rights. Membership is "
                          "voluntary, and as a member you can get advice and support if something goes wrong at "
                          "work.</p>"),
            ("heading", "Unemployment insurance (a-kassa)"),
            ("paragraph", "<p>The <b>a-kassa</b> (unemployment insurance fund) pays benefit to people who become "
                          "unemployed and meet the conditions, for example having worked enough and being registered "
                          "with Arbetsförmedlingen. Membership is voluntary, but as a member you can get a higher "
                          "benefit based on your previous pay. The rules change from time to time, so check with the "
                          "a-kassa.</p>"),
            ("bullets", [
                "Ask for the terms in writing before you start.",
                "Ask whether the workplace has a collective agreement.",
                "Keep your pay slips and certificates from the employer.",
                "Find out which trade union and which a-kassa suit your occupation.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Say no to undeclared work. If your pay is paid cash-in-hand without tax, you lose, "
                                 "among other things, pension and sickness benefit, and it is harder to get help if "
                                 "you are not paid."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "About work and working life in Sweden, in several languages."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Vacancies and support for job seekers."}),
        ],
        "ar": [
            ("heading", "شروط التوظيف"),
            ("paragraph", "<p>عندما تحصل على عمل، يجب على صاحب العمل أن يعطيك معلومات مكتوبة عن أهم الشروط، مثل "
                          "الراتب وساعات العمل والمهام، وهل التوظيف دائم أم لمدة محددة. اقرأ الشروط بعناية واحتفظ "
                          "بها. يقتطع صاحب العمل الضريبة من راتبك ويدفعها إلى Skatteverket. وعادةً تحصل على كشف "
                          "راتب (lönespecifikation) يبيّن الراتب والضريبة.</p>"),
            ("heading", "الاتفاقيات الجماعية والنقابات"),
            ("paragraph", "<p>لا يوجد في السويد حد أدنى للأجور يحدده القانون. تُحدَّد الأجور والشروط الأخرى غالبًا "
                          "في <b>اتفاقيات جماعية</b> (kollektivavtal) بين النقابات وأصحاب العمل. يمكن أن تشمل "
                          "الاتفاقية الجماعية مثلًا الحد الأدنى للأجر وأجر العمل الإضافي والإجازات والتأمينات. تعمل "
                          "<b>النقابة</b> (fackförbund) من أجل حقوق الموظفين. العضوية اختيارية، ويمكنك كعضو الحصول "
                          "على نصيحة ودعم إذا حدثت مشكلة في العمل.</p>"),
            ("heading", "صندوق البطالة (a-kassa)"),
            ("paragraph", "<p>يدفع <b>صندوق البطالة</b> (a-kassa) تعويضًا لمن يصبح عاطلًا عن العمل ويستوفي الشروط، "
                          "مثل أن يكون قد عمل مدة كافية وأن يكون مسجلًا لدى Arbetsförmedlingen. العضوية اختيارية، "
                          "لكنك كعضو قد تحصل على تعويض أعلى يعتمد على راتبك السابق. تتغير القواعد أحيانًا، لذلك "
                          "تحقق منها لدى صندوق البطالة.</p>"),
            ("bullets", [
                "اطلب الشروط مكتوبة قبل أن تبدأ العمل.",
                "اسأل هل لدى مكان العمل اتفاقية جماعية.",
                "احتفظ بكشوف الراتب والإفادات من صاحب العمل.",
                "اعرف أي نقابة وأي صندوق بطالة يناسبان مهنتك.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "قل لا للعمل غير المصرّح به (العمل الأسود). إذا دُفع راتبك دون ضريبة فإنك تخسر "
                                 "أمورًا منها التقاعد وتعويض المرض، ويصعب عليك الحصول على مساعدة إذا لم يُدفع لك "
                                 "راتبك."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "عن العمل والحياة المهنية في السويد بعدة لغات."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "الوظائف الشاغرة ودعم الباحثين عن عمل."}),
        ],
        "fa": [
            ("heading", "شرایط استخدام"),
            ("paragraph", "<p>وقتی کاری پیدا می‌کنید، کارفرما باید درباره مهم‌ترین شرایط به شما اطلاعات کتبی "
                          "بدهد، مثلاً حقوق، ساعت کار، وظایف و اینکه استخدام دائمی است یا برای مدت محدود. شرایط را "
                          "با دقت بخوانید و نگه دارید. کارفرما مالیات را از حقوق شما کم می‌کند و به Skatteverket "
                          "می‌پردازد. معمولاً فیش حقوقی (lönespecifikation) می‌گیرید که حقوق و مالیات را نشان "
                          "می‌دهد.</p>"),
            ("heading", "قراردادهای جمعی و اتحادیه‌ها"),
            ("paragraph", "<p>سوئد حداقل دستمزد قانونی ندارد. دستمزد و شرایط دیگر اغلب در <b>قراردادهای جمعی</b> "
                          "(kollektivavtal) میان اتحادیه‌های کارگری و کارفرمایان تعیین می‌شود. قرارداد جمعی "
                          "می‌تواند برای نمونه حداقل دستمزد، دستمزد اضافه‌کاری، مرخصی و بیمه‌ها را در بر بگیرد. "
                          "<b>اتحادیه کارگری</b> (fackförbund) برای حقوق کارکنان کار می‌کند. عضویت اختیاری است و "
                          "به عنوان عضو، اگر در کار مشکلی پیش بیاید می‌توانید راهنمایی و پشتیبانی بگیرید.</p>"),
            ("heading", "صندوق بیکاری (a-kassa)"),
            ("paragraph", "<p><b>صندوق بیکاری</b> (a-kassa) به کسی که بیکار می‌شود و شرایط لازم را دارد، مثلاً "
                          "به اندازه کافی کار کرده و در Arbetsförmedlingen ثبت‌نام کرده است، مقرری می‌پردازد. "
                          "عضویت اختیاری است، اما به عنوان عضو می‌توانید مقرری بیشتری بگیرید که به حقوق قبلی شما "
                          "بستگی دارد. قوانین گاهی تغییر می‌کنند، پس آنها را از صندوق بیکاری بپرسید.</p>"),
            ("bullets", [
                "پیش از شروع کار، شرایط را به صورت کتبی بخواهید.",
                "بپرسید آیا محل کار قرارداد جمعی دارد.",
                "فیش‌های حقوقی و گواهی‌های کارفرما را نگه دارید.",
                "بفهمید کدام اتحادیه و کدام صندوق بیکاری با شغل شما جور است.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "به کار سیاه (کار بدون ثبت و مالیات) نه بگویید. اگر حقوق شما بدون مالیات پرداخت "
                                 "شود، از جمله حق بازنشستگی و کمک‌هزینه بیماری را از دست می‌دهید، و اگر حقوقتان "
                                 "پرداخت نشود گرفتن کمک سخت‌تر است."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "درباره کار و زندگی کاری در سوئد به چند زبان."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "آگهی‌های کار و پشتیبانی از جویندگان کار."}),
        ],
        "so": [
            ("heading", "Shuruudaha shaqada"),
            ("paragraph", "<p>Markaad shaqo hesho, loo-shaqeeyaha waa inuu ku siiyaa macluumaad qoran oo ku saabsan "
                          "shuruudaha ugu muhiimsan, tusaale ahaan mushaarka, saacadaha shaqada, hawlaha iyo in "
                          "shaqadu tahay mid joogto ah ama mid muddo kooban ah. Si fiican u akhri shuruudaha oo "
                          "kaydso. Loo-shaqeeyuhu wuxuu canshuurta ka jaraa mushaarkaaga oo wuxuu siiyaa "
                          "Skatteverket. Badanaa waxaad heshaa warqadda mushaarka (lönespecifikation) oo muujinaysa "
                          "mushaarka iyo canshuurta.</p>"),
            ("heading", "Heshiisyada wadareed iyo ururada shaqaalaha"),
            ("paragraph", "<p>Iswiidhan ma laha mushaar ugu yar oo sharci ku go'an. Mushaarka iyo shuruudaha kale "
                          "badanaa waxaa lagu go'aamiyaa <b>heshiisyo wadareed</b> (kollektivavtal) oo u dhexeeya "
                          "ururada shaqaalaha iyo loo-shaqeeyayaasha. Heshiis wadareed wuxuu dabooli karaa, tusaale "
                          "ahaan, mushaarka ugu yar, lacagta saacadaha dheeraadka ah, fasaxa iyo caymisyada. "
                          "<b>Ururka shaqaalaha</b> (fackförbund) wuxuu u shaqeeyaa xuquuqda shaqaalaha. Xubinnimadu "
                          "waa ikhtiyaari, xubin ahaanna waxaad heli kartaa talo iyo taageero haddii dhibaato ka "
                          "dhacdo shaqada.</p>"),
            ("heading", "Caymiska shaqo la'aanta (a-kassa)"),
            ("paragraph", "<p><b>A-kassa</b> (sanduuqa shaqo la'aanta) wuxuu lacag siiyaa qofka shaqo waaya oo buuxiya "
                          "shuruudaha, tusaale ahaan inuu shaqeeyay muddo ku filan oo uu ku diiwaan gashan yahay "
                          "Arbetsförmedlingen. Xubinnimadu waa ikhtiyaari, laakiin xubin ahaan waxaad heli kartaa "
                          "lacag ka badan oo ku xiran mushaarkaagii hore. Xeerarka mararka qaar way isbeddelaan, "
                          "sidaas darteed ka hubi a-kassa.</p>"),
            ("bullets", [
                "Codso shuruudaha oo qoran ka hor intaadan bilaabin.",
                "Weydii in goobta shaqadu leedahay heshiis wadareed.",
                "Kaydso warqadaha mushaarka iyo caddeymaha loo-shaqeeyaha.",
                "Ogow ururka shaqaalaha iyo a-kassa ku habboon xirfaddaada.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Diid shaqada madow (aan canshuur laga bixin). Haddii mushaarkaaga la bixiyo "
                                 "canshuur la'aan, waxaad waysaa waxyaabo ay ka mid yihiin hawlgabka iyo lacagta "
                                 "jirada, waxaana adkaanaysa inaad caawimo hesho haddii aan lagu siin "
                                 "mushaarkaaga."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Ku saabsan shaqada iyo nolosha shaqada ee Iswiidhan, luqado badan."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Shaqooyin bannaan iyo taageero loogu talagalay shaqo-doonka."}),
        ],
        "ti": [
            ("heading", "ኩነታት ቅጽረ ስራሕ"),
            ("paragraph", "<p>ስራሕ ምስ ረኸብካ፣ ወሃቢ ስራሕ ብዛዕባ እቶም ኣዝዮም ኣገደስቲ ኩነታት ጽሑፋዊ ሓበሬታ ክህበካ "
                          "ኣለዎ፣ ንኣብነት ደሞዝ፣ ሰዓታት ስራሕ፣ ዕማማትን እቲ ስራሕ ቀዋሚ ድዩ ወይስ ንዝተወሰነ ግዜን። "
                          "ነቶም ኩነታት ብጥንቃቐ ኣንብቦም ዓቅቦምን። ወሃቢ ስራሕ ካብ ደሞዝካ ግብሪ ቆሪጹ ናብ "
                          "Skatteverket ይኸፍሎ። መብዛሕትኡ ግዜ ደሞዝካን ግብሪን ዘርኢ ዝርዝር ደሞዝ "
                          "(lönespecifikation) ትረክብ።</p>"),
            ("heading", "ሓባራዊ ስምምዓትን ማሕበራት ሰራሕተኛታትን"),
            ("paragraph", "<p>ሽወደን ብሕጊ ዝተወሰነ ዝተሓተ ደሞዝ የብላን። ደሞዝን ካልኦት ኩነታትን መብዛሕትኡ ግዜ ኣብ "
                          "<b>ሓባራዊ ስምምዓት</b> (kollektivavtal) ኣብ መንጎ ማሕበራት ሰራሕተኛታትን ወሃብቲ ስራሕን "
                          "ይውሰኑ። ሓባራዊ ስምምዕ ንኣብነት ዝተሓተ ደሞዝ፣ ክፍሊት ተወሳኺ ሰዓታት፣ ዕረፍትን ውሕስናታትን "
                          "ክሓቁፍ ይኽእል። <b>ማሕበር ሰራሕተኛታት</b> (fackförbund) ንመሰላት ሰራሕተኛታት ይሰርሕ። "
                          "ኣባልነት ብድሌት እዩ፣ ከም ኣባል ድማ ኣብ ስራሕ ጸገም እንተጋጢሙ ምኽርን ደገፍን ክትረክብ "
                          "ትኽእል።</p>"),
            ("heading", "ውሕስና ስራሕ ኣልቦነት (a-kassa)"),
            ("paragraph", "<p><b>A-kassa</b> (ሳንዱቕ ስራሕ ኣልቦነት) ስራሕ ንዝሰኣነን ኩነታት ዘማልአን ሰብ ካሕሳ ይኸፍል፣ "
                          "ንኣብነት እኹል ግዜ ዝሰርሐን ኣብ Arbetsförmedlingen ዝተመዝገበን። ኣባልነት ብድሌት እዩ፣ ግን "
                          "ከም ኣባል ኣብ ናይ ቀደም ደሞዝካ ዝተመርኮሰ ዝለዓለ ካሕሳ ክትረክብ ትኽእል። እቶም ሕግታት ሓደ "
                          "ሓደ ግዜ ይቕየሩ፣ ስለዚ ኣብ a-kassa ኣረጋግጽ።</p>"),
            ("bullets", [
                "ቅድሚ ምጅማርካ ኩነታት ብጽሑፍ ሕተት።",
                "እቲ ቦታ ስራሕ ሓባራዊ ስምምዕ ከም ዘለዎ ሕተት።",
                "ዝርዝራት ደሞዝን ካብ ወሃቢ ስራሕ ዝተዋህበ ምስክር ወረቐትን ዓቅብ።",
                "ንሞያኻ ዝሰማማዕ ማሕበር ሰራሕተኛታትን a-kassaን ፍለጥ።",
            ]),
            ("callout", {"tone": "warning",
                         "text": "ንጸሊም ስራሕ (ብዘይ ግብሪ) ኣይትቀበሎ። ደሞዝካ ብዘይ ግብሪ እንተተኸፊሉ፣ ካልእ ሓዊሱ "
                                 "ጡረታን ካሕሳ ሕማምን ትስእን፣ ደሞዝካ እንተዘይተኸፊሉ ድማ ሓገዝ ምርካብ ይኸብድ።"}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "ብዛዕባ ስራሕን ህይወት ስራሕን ኣብ ሽወደን ብብዙሓት ቋንቋታት።"}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "ክፉታት ስራሕን ደገፍ ንስራሕ ደለይትን።"}),
        ],
        "uk": [
            ("heading", "Умови працевлаштування"),
            ("paragraph", "<p>Коли ви отримуєте роботу, роботодавець має надати вам письмову інформацію про "
                          "найважливіші умови, наприклад зарплату, робочий час, обов'язки та чи є посада постійною, "
                          "чи тимчасовою. Уважно прочитайте умови й збережіть їх. Роботодавець утримує податок із "
                          "вашої зарплати й сплачує його до Skatteverket. Зазвичай ви отримуєте розрахунковий лист "
                          "(lönespecifikation), де вказано зарплату й податок.</p>"),
            ("heading", "Колективні договори та профспілки"),
            ("paragraph", "<p>У Швеції немає встановленої законом мінімальної зарплати. Зарплату та інші умови часто "
                          "визначають <b>колективні договори</b> (kollektivavtal) між профспілками та роботодавцями. "
                          "Колективний договір може стосуватися, наприклад, мінімальної оплати, оплати понаднормової "
                          "роботи, відпусток і страхування. <b>Профспілка</b> (fackförbund) захищає права "
                          "працівників. Членство добровільне, і як член ви можете отримати пораду та підтримку, якщо "
                          "на роботі щось піде не так.</p>"),
            ("heading", "Страхування на випадок безробіття (a-kassa)"),
            ("paragraph", "<p><b>A-kassa</b> (каса з безробіття) виплачує допомогу тим, хто втратив роботу й "
                          "відповідає умовам, наприклад достатньо пропрацював і зареєстрований в "
                          "Arbetsförmedlingen. Членство добровільне, але як член ви можете отримувати вищу виплату, "
                          "що залежить від вашої попередньої зарплати. Правила час від часу змінюються, тому "
                          "перевіряйте їх в a-kassa.</p>"),
            ("bullets", [
                "Попросіть умови в письмовому вигляді до початку роботи.",
                "Запитайте, чи має робоче місце колективний договір.",
                "Зберігайте розрахункові листи й довідки від роботодавця.",
                "Дізнайтеся, яка профспілка та яка a-kassa підходять для вашої професії.",
            ]),
            ("callout", {"tone": "warning",
                         "text": "Скажіть «ні» роботі без оформлення. Якщо зарплату платять неофіційно, без "
                                 "податків, ви втрачаєте, зокрема, пенсію та допомогу у разі хвороби, а якщо вам не "
                                 "заплатять, отримати допомогу буде важче."}),
            ("link", {"title": "Information Sverige", "url": INFORMATIONSVERIGE,
                      "description": "Про роботу та трудове життя у Швеції кількома мовами."}),
            ("link", {"title": "Arbetsförmedlingen", "url": ARBETSFORMEDLINGEN,
                      "description": "Вакансії та підтримка для шукачів роботи."}),
        ],
    },
}

FINANCIAL_SUPPORT = {
    "title": {
        "sv": "Ekonomiskt stöd",
        "en": "Financial support",
    },
    "slug": {
        "sv": "ekonomiskt-stod",
        "en": "financial-support",
    },
    "intro": {
        "sv": "Ekonomiskt bistånd från kommunen, ersättningar från Försäkringskassan och hjälp med budget och skulder.",
        "en": "Financial assistance from the municipality, benefits from Försäkringskassan and help with budgeting and debt.",
    },
    "body": {
        "sv": [
            ("heading", "Ekonomiskt bistånd från kommunen"),
            ("paragraph", "<p>Om du inte kan försörja dig själv eller din familj på något annat sätt kan du ansöka "
                          "om <b>ekonomiskt bistånd</b> hos socialtjänsten i kommunen där du bor. Den vanligaste formen "
                          "är försörjningsstöd. Biståndet är ett sista skyddsnät: först ska du använda dina egna "
                          "inkomster och tillgångar och söka andra ersättningar som du kan ha rätt till.</p>"),
            ("paragraph", "<p>Socialtjänsten gör en bedömning av hela din situation. Du behöver visa dina inkomster "
                          "och utgifter, till exempel hyra och andra räkningar. Om du kan arbeta förväntas du oftast "
                          "vara inskriven hos Arbetsförmedlingen och söka arbete. I Västerås vänder du dig till "
                          "Västerås stad.</p>"),
            ("heading", "Andra ersättningar"),
            ("bullets", [
                "Barnbidrag från Försäkringskassan för barn som bor i Sverige.",
                "Föräldrapenning från Försäkringskassan när du är hemma med ditt barn.",
                "Sjukpenning om du är sjuk och inte kan arbeta.",
                "Bostadsbidrag från Försäkringskassan för vissa hushåll.",
                "Ersättning från a-kassan om du blir arbetslös och uppfyller villkoren.",
                "Etableringsersättning från Försäkringskassan om du deltar i etableringsprogrammet.",
            ]),
            ("callout", {"tone": "info",
                         "text": "Regler och belopp ändras, ofta varje år. Kontrollera alltid hos den myndighet som "
                                 "betalar ut ersättningen."}),
            ("heading", "Hjälp med budget och skulder"),
            ("paragraph", "<p>Kommunerna erbjuder kostnadsfri budget- och skuldrådgivning. Kontakta Västerås stad om "
                          "du har svårt att betala dina räkningar. Det är bättre att be om hjälp tidigt än att vänta "
                          "tills skulderna har vuxit.</p>"),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Ekonomiskt bistånd och budget- och skuldrådgivning."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Barnbidrag, föräldrapenning, sjukpenning och bostadsbidrag."}),
        ],
        "en": [
            ("heading", "Financial assistance from the municipality"),
            ("paragraph", "<p>If you cannot support yourself or your family in any other way, you can apply for "
                          "<b>financial assistance</b> (ekonomiskt bistånd) from the social services in the "
                          "municipality where you live. The most common form is försörjningsstöd. It is a last safety "
                          "net: first you must use your own income and assets and apply for other benefits you may "
                          "be entitled to.</p>"),
            ("paragraph", "<p>The social services assess your whole situation. You need to show your income and "
                          "expenses, for example rent and other bills. If you are able to work, you are usually "
                          "expected to be registered with Arbetsförmedlingen and to look for work. In Västerås you "
                          "contact Västerås stad.</p>"),
            ("heading", "Other benefits"),
            ("bullets", [
                "Child allowance (barnbidrag) from Försäkringskassan for children living in Sweden.",
                "Parental benefit (föräldrapenning) from Försäkringskassan when you stay at home with your child.",
                "Sickness benefit (sjukpenning) if you are ill and cannot work.",
                "Housing allowance (bostadsbidrag) from Försäkringskassan for some households.",
                "Benefit from the a-kassa if you become unemployed and meet the conditions.",
                "Introduction benefit (etableringsersättning) from Försäkringskassan if you take part in the introduction programme.",
            ]),
            ("callout", {"tone": "info",
                         "text": "Rules and amounts change, often every year. Always check with the authority that "
                                 "pays the benefit."}),
            ("heading", "Help with budgeting and debt"),
            ("paragraph", "<p>Municipalities offer free budget and debt counselling. Contact Västerås stad if you "
                          "find it hard to pay your bills. It is better to ask for help early than to wait until "
                          "the debts have grown.</p>"),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Financial assistance and budget and debt counselling."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Child allowance, parental benefit, sickness benefit and housing allowance."}),
        ],
    },
}

TOPIC = {
    "focus_area": "work",
    "title": {
        "sv": "Arbete och försörjning",
        "sv-x-simple": "Jobb och pengar",
        "en": "Work and income",
        "ar": "العمل والدخل",
        "fa": "کار و درآمد",
        "prs": "کار و عاید",
        "ps": "کار او عاید",
        "ckb": "کار و داهات",
        "so": "Shaqo iyo dakhli",
        "ti": "ስራሕን እቶትን",
        "uk": "Робота і доходи",
        "ru": "Работа и доход",
        "tr": "İş ve geçim",
    },
    "slug": {
        "sv": "arbete-och-forsorjning",
        "sv-x-simple": "jobb-och-pengar",
        "en": "work-and-income",
        "ar": "al-amal-wal-dakhl",
        "fa": "kar-va-daramad",
        "prs": "kar-wa-ayed",
        "ps": "kar-aw-ayed",
        "ckb": "kar-u-dahat",
        "so": "shaqo-iyo-dakhli",
        "ti": "sirah-ken-etot",
        "uk": "robota-i-dokhody",
        "ru": "rabota-i-dokhod",
        "tr": "is-ve-gecim",
    },
    "intro": {
        "sv": "Att lära sig svenska, söka jobb, dina rättigheter i arbetslivet och vilket ekonomiskt stöd som finns.",
        "sv-x-simple": "Här får du veta hur du lär dig svenska och hittar ett jobb.",
        "en": "Learning Swedish, looking for work, your rights at work and the financial support available.",
        "ar": "تعلّم اللغة السويدية، والبحث عن عمل، وحقوقك في العمل، والدعم المالي المتاح.",
        "fa": "یادگیری زبان سوئدی، جستجوی کار، حقوق شما در محیط کار و کمک‌های مالی موجود.",
        "prs": "آموختن زبان سویدنی، جستجوی کار، حقوق شما در محل کار و کمک‌های مالی موجود.",
        "ps": "د سویډني ژبې زده کړه، د کار لټول، په کار کې ستاسو حقونه او شته مالي ملاتړ.",
        "ckb": "فێربوونی زمانی سویدی، گەڕان بەدوای کاردا، مافەکانت لە کاردا و ئەو پشتگیرییە داراییەی کە هەیە.",
        "so": "Barashada luqadda iswiidhishka, raadinta shaqo, xuquuqdaada shaqada iyo taageerada dhaqaale ee jirta.",
        "ti": "ቋንቋ ሽወደን ምምሃር፣ ስራሕ ምድላይ፣ ኣብ ስራሕ ዘለዉኻ መሰላትን ዘሎ ቁጠባዊ ደገፍን።",
        "uk": "Вивчення шведської мови, пошук роботи, ваші права на роботі та доступна фінансова підтримка.",
        "ru": "Изучение шведского языка, поиск работы, ваши права на работе и доступная финансовая поддержка.",
        "tr": "İsveççe öğrenmek, iş aramak, iş hayatındaki haklarınız ve mevcut maddi destekler.",
    },
    "articles": [FIRST_STEPS, AT_WORK, FINANCIAL_SUPPORT],
}
