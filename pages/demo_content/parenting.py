"""Demo samhällsinformation on parenting (föräldraskap): maternity and child health care, family benefits, school."""

HEALTH_GUIDE = "https://www.1177.se/"
FORSAKRINGSKASSAN = "https://www.forsakringskassan.se/"

MATERNITY_AND_CHILD_HEALTH = {
    "title": {
        "sv": "Mödravård och BVC",
        "sv-x-simple": "Vård för gravida och små barn",
        "en": "Maternity care and child health care (BVC)",
        "ar": "رعاية الحوامل ومراكز رعاية الأطفال (BVC)",
        "fa": "مراقبت دوران بارداری و مرکز بهداشت کودک (BVC)",
        "so": "Daryeelka uurka iyo xarunta caafimaadka carruurta (BVC)",
        "ti": "ክንክን ነፍሰ-ጾራትን ማእከል ጥዕና ህጻናት (BVC)ን",
        "uk": "Допомога вагітним і дитяча поліклініка (BVC)",
        "ru": "Наблюдение беременности и детская поликлиника (BVC)",
        "tr": "Gebelik takibi ve çocuk sağlığı merkezi (BVC)",
    },
    "slug": {
        "sv": "modravard-och-bvc",
        "sv-x-simple": "vard-for-gravida-och-sma-barn",
        "en": "maternity-and-child-health-care",
        "ar": "maternity-and-child-health-care",
        "fa": "maternity-and-child-health-care",
        "so": "daryeelka-uurka-iyo-bvc",
        "ti": "maternity-and-child-health-care",
        "uk": "maternity-and-child-health-care",
        "ru": "maternity-and-child-health-care",
        "tr": "gebelik-ve-cocuk-sagligi",
    },
    "intro": {
        "sv": "Under graviditeten får du stöd av en barnmorska, och efter förlossningen följer BVC ditt barns hälsa. "
              "Besöken är gratis.",
        "sv-x-simple": "När du är gravid får du hjälp av en barnmorska. Små barn går till BVC. Det är gratis.",
        "en": "During pregnancy a midwife supports you, and after the birth BVC follows your child's health. The visits "
              "are free.",
        "ar": "خلال الحمل تحصلين على دعم من قابلة، وبعد الولادة يتابع مركز رعاية الأطفال (BVC) صحة طفلك. الزيارات "
              "مجانية.",
        "fa": "در دوران بارداری یک ماما از شما حمایت می‌کند و پس از زایمان، مرکز بهداشت کودک (BVC) سلامت فرزندتان را "
              "پیگیری می‌کند. مراجعه‌ها رایگان است.",
        "so": "Inta aad uurka leedahay umuliso ayaa ku taageerta, dhalmada kaddibna BVC ayaa la socota caafimaadka "
              "ilmahaaga. Booqashooyinku waa bilaash.",
        "ti": "ኣብ እዋን ጥንሲ ሓንቲ መሕረሲት ትድግፈኪ፣ ድሕሪ ሕርሲ ድማ BVC ጥዕና ህጻንኩም ይከታተል። እቲ ምብጻሓት "
              "ብናጻ እዩ።",
        "uk": "Під час вагітності вас підтримує акушерка, а після пологів дитяча поліклініка (BVC) стежить за здоров'ям "
              "вашої дитини. Візити безкоштовні.",
        "ru": "Во время беременности вас поддерживает акушерка, а после родов детская поликлиника (BVC) следит за "
              "здоровьем ребёнка. Визиты бесплатны.",
        "tr": "Hamilelik boyunca bir ebe size destek olur, doğumdan sonra da BVC çocuğunuzun sağlığını takip eder. "
              "Ziyaretler ücretsizdir.",
    },
    "body": {
        "sv": [
            ("heading", "Barnmorskemottagningen under graviditeten"),
            ("paragraph", "<p>När du är gravid kan du gå till en <b>barnmorskemottagning</b>, som också kallas "
                          "mödravårdscentral (MVC). Där träffar du en barnmorska flera gånger under graviditeten. "
                          "Barnmorskan kontrollerar att du och barnet mår bra, tar prover och svarar på dina frågor. "
                          "Besöken är gratis. Många mottagningar erbjuder också föräldrautbildning inför "
                          "förlossningen.</p>"),
            ("heading", "BVC – barnavårdscentralen"),
            ("paragraph", "<p>Efter förlossningen får barnet kontakt med <b>BVC</b>, barnavårdscentralen. BVC följer "
                          "barnets hälsa, tillväxt och utveckling från födseln tills barnet börjar skolan. Alla besök på "
                          "BVC är gratis.</p>"),
            ("heading", "Det här får ni på BVC"),
            ("bullets", [
                "Hembesök av en BVC-sjuksköterska när barnet är nyfött",
                "Regelbundna hälsokontroller där barnet vägs och mäts",
                "Kontroll av syn, hörsel, språk och rörelser",
                "Vaccinationer enligt det nationella vaccinationsprogrammet",
                "Råd om amning, mat, sömn och säkerhet",
                "Föräldragrupper där du träffar andra föräldrar",
            ]),
            ("paragraph", "<p>Vaccinationerna är frivilliga och gratis. De skyddar barnet mot allvarliga "
                          "sjukdomar.</p>"),
            ("heading", "Du kan få tolk"),
            ("paragraph", "<p>Om du inte pratar svenska kan du få en tolk vid besöket, utan kostnad. Säg att du "
                          "behöver tolk och vilket språk du talar när du bokar tiden.</p>"),
            ("callout", {"tone": "emergency", "text": "Om ditt barn blir akut sjukt eller skadat, ring 112. För "
                                                      "sjukvårdsråd dygnet runt, ring 1177."}),
            ("phone", {"label": "Sjukvårdsrådgivning", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "Om graviditet, förlossning och barns hälsa."}),
        ],
        "sv-x-simple": [
            ("heading", "När du är gravid"),
            ("paragraph", "<p>Gå till en barnmorskemottagning när du är gravid. Där träffar du en barnmorska. "
                          "Barnmorskan kontrollerar att du och barnet mår bra. Det kostar inget.</p>"),
            ("heading", "BVC för små barn"),
            ("paragraph", "<p>BVC betyder barnavårdscentral. På BVC kontrollerar de att ditt barn växer och mår bra. "
                          "Barnet kan också få vaccin där. Det kostar inget.</p>"),
            ("heading", "Du kan få tolk"),
            ("paragraph", "<p>Pratar du inte svenska? Då kan du få en tolk. Tolken är gratis.</p>"),
            ("callout", {"tone": "emergency", "text": "Är barnet mycket sjukt? Ring 112."}),
            ("phone", {"label": "Råd om vård", "number": "1177"}),
        ],
        "en": [
            ("heading", "The midwife clinic during pregnancy"),
            ("paragraph", "<p>When you are pregnant you can go to a <b>midwife clinic</b> (barnmorskemottagning), also "
                          "called a maternity clinic (MVC). There you see a midwife several times during the pregnancy. "
                          "The midwife checks that you and the baby are well, takes tests and answers your questions. The "
                          "visits are free. Many clinics also offer classes for parents before the birth.</p>"),
            ("heading", "BVC – the child health centre"),
            ("paragraph", "<p>After the birth your child is registered with <b>BVC</b> (barnavårdscentral), the child "
                          "health centre. BVC follows your child's health, growth and development from birth until the "
                          "child starts school. All visits to BVC are free.</p>"),
            ("heading", "What you get at BVC"),
            ("bullets", [
                "A home visit from a BVC nurse when the baby is newborn",
                "Regular check-ups where the child is weighed and measured",
                "Checks of sight, hearing, language and movement",
                "Vaccinations according to the national vaccination programme",
                "Advice on breastfeeding, food, sleep and safety",
                "Parent groups where you meet other parents",
            ]),
            ("paragraph", "<p>The vaccinations are voluntary and free. They protect your child against serious "
                          "diseases.</p>"),
            ("heading", "You can have an interpreter"),
            ("paragraph", "<p>If you do not speak Swedish, you can have an interpreter at the visit, free of charge. Say "
                          "that you need an interpreter, and which language you speak, when you book the "
                          "appointment.</p>"),
            ("callout", {"tone": "emergency", "text": "If your child becomes seriously ill or injured, call 112. For "
                                                      "health care advice day and night, call 1177."}),
            ("phone", {"label": "Health care advice", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "About pregnancy, giving birth and children's health."}),
        ],
        "ar": [
            ("heading", "عيادة القابلات خلال الحمل"),
            ("paragraph", "<p>عندما تكونين حاملًا يمكنك الذهاب إلى <b>عيادة القابلات</b> (barnmorskemottagning)، "
                          "وتُسمّى أيضًا مركز رعاية الأمومة (MVC). هناك تلتقين بقابلة عدة مرات خلال الحمل. تتأكّد "
                          "القابلة من أنك أنتِ والجنين بصحة جيدة، وتُجري الفحوصات وتجيب عن أسئلتك. الزيارات مجانية. "
                          "وتقدّم عيادات كثيرة أيضًا دروسًا للوالدين استعدادًا للولادة.</p>"),
            ("heading", "BVC – مركز رعاية الأطفال"),
            ("paragraph", "<p>بعد الولادة يُسجَّل طفلك في <b>BVC</b> (barnavårdscentral)، أي مركز رعاية صحة الأطفال. "
                          "يتابع المركز صحة الطفل ونموّه وتطوّره منذ الولادة حتى يبدأ المدرسة. جميع الزيارات إلى المركز "
                          "مجانية.</p>"),
            ("heading", "ما تحصلون عليه في BVC"),
            ("bullets", [
                "زيارة منزلية من ممرّضة المركز عندما يكون الطفل حديث الولادة",
                "فحوصات صحية منتظمة يُوزن فيها الطفل ويُقاس طوله",
                "فحص النظر والسمع واللغة والحركة",
                "التطعيمات حسب البرنامج الوطني للتطعيم",
                "نصائح حول الرضاعة والطعام والنوم والسلامة",
                "مجموعات للوالدين تلتقي فيها بآباء وأمهات آخرين",
            ]),
            ("paragraph", "<p>التطعيمات اختيارية ومجانية، وهي تحمي الطفل من أمراض خطيرة.</p>"),
            ("heading", "يمكنك الحصول على مترجم"),
            ("paragraph", "<p>إذا كنت لا تتكلّم السويدية يمكنك الحصول على مترجم فوري خلال الزيارة دون مقابل. أخبرهم "
                          "عند حجز الموعد بأنك تحتاج إلى مترجم وباللغة التي تتحدّثها.</p>"),
            ("callout", {"tone": "emergency", "text": "إذا أصيب طفلك بمرض شديد مفاجئ أو بإصابة خطيرة، اتصل بالرقم 112. "
                                                      "وللحصول على استشارة صحية على مدار الساعة، اتصل بالرقم 1177."}),
            ("phone", {"label": "الاستشارات الصحية", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "عن الحمل والولادة وصحة الأطفال."}),
        ],
        "fa": [
            ("heading", "مرکز مامایی در دوران بارداری"),
            ("paragraph", "<p>وقتی باردار هستید می‌توانید به <b>مرکز مامایی</b> (barnmorskemottagning) بروید که به آن "
                          "مرکز مراقبت مادران (MVC) هم می‌گویند. در آنجا چند بار در طول بارداری با یک ماما دیدار "
                          "می‌کنید. ماما بررسی می‌کند که شما و جنین سالم باشید، آزمایش می‌گیرد و به پرسش‌هایتان پاسخ "
                          "می‌دهد. مراجعه‌ها رایگان است. بسیاری از مراکز کلاس‌های آمادگی زایمان برای والدین هم "
                          "دارند.</p>"),
            ("heading", "BVC – مرکز بهداشت کودک"),
            ("paragraph", "<p>پس از زایمان، کودک شما در <b>BVC</b> (barnavårdscentral)، یعنی مرکز بهداشت کودک، ثبت "
                          "می‌شود. این مرکز سلامت، رشد و پیشرفت کودک را از تولد تا شروع مدرسه پیگیری می‌کند. همهٔ "
                          "مراجعه‌ها به BVC رایگان است.</p>"),
            ("heading", "آنچه در BVC دریافت می‌کنید"),
            ("bullets", [
                "بازدید پرستار BVC از خانهٔ شما وقتی نوزاد تازه به دنیا آمده است",
                "معاینه‌های منظم که در آن‌ها وزن و قد کودک اندازه گرفته می‌شود",
                "بررسی بینایی، شنوایی، زبان و حرکات کودک",
                "واکسیناسیون طبق برنامهٔ ملی واکسیناسیون",
                "راهنمایی دربارهٔ شیردهی، غذا، خواب و ایمنی",
                "گروه‌های والدین که در آن‌ها با والدین دیگر آشنا می‌شوید",
            ]),
            ("paragraph", "<p>واکسیناسیون داوطلبانه و رایگان است و کودک را در برابر بیماری‌های خطرناک محافظت "
                          "می‌کند.</p>"),
            ("heading", "می‌توانید مترجم داشته باشید"),
            ("paragraph", "<p>اگر سوئدی صحبت نمی‌کنید، می‌توانید هنگام مراجعه به طور رایگان مترجم داشته باشید. هنگام "
                          "گرفتن وقت بگویید که به مترجم نیاز دارید و به چه زبانی صحبت می‌کنید.</p>"),
            ("callout", {"tone": "emergency", "text": "اگر کودکتان ناگهان به شدت بیمار شد یا آسیب جدی دید، با 112 "
                                                      "تماس بگیرید. برای مشاورهٔ پزشکی در تمام ساعات شبانه‌روز با 1177 "
                                                      "تماس بگیرید."}),
            ("phone", {"label": "مشاورهٔ پزشکی", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "دربارهٔ بارداری، زایمان و سلامت کودکان."}),
        ],
        "so": [
            ("heading", "Xarunta umulisooyinka inta aad uurka leedahay"),
            ("paragraph", "<p>Marka aad uur leedahay waxaad aadi kartaa <b>xarunta umulisooyinka</b> "
                          "(barnmorskemottagning), oo sidoo kale loo yaqaan xarunta daryeelka hooyada (MVC). Halkaas "
                          "waxaad dhowr jeer kula kulmaysaa umuliso inta uurku socdo. Umulisadu waxay hubisaa inaad adiga "
                          "iyo ilmuhu caafimaad qabtaan, waxay qaadaa baaritaanno, waxayna ka jawaabtaa su'aalahaaga. "
                          "Booqashooyinku waa bilaash. Xarumo badan waxay sidoo kale bixiyaan casharro waalidiinta loogu "
                          "diyaarinayo dhalmada.</p>"),
            ("heading", "BVC – xarunta caafimaadka carruurta"),
            ("paragraph", "<p>Dhalmada kaddib ilmahaaga waxaa lagu diiwaangelinayaa <b>BVC</b> (barnavårdscentral), "
                          "xarunta caafimaadka carruurta. BVC waxay la socotaa caafimaadka, korriinka iyo horumarka ilmaha "
                          "laga bilaabo dhalashada ilaa uu ka bilaabo dugsiga. Dhammaan booqashooyinka BVC waa "
                          "bilaash.</p>"),
            ("heading", "Waxa aad ka helaysaan BVC"),
            ("bullets", [
                "Booqasho guriga ah oo ay sameyso kalkaaliso BVC marka ilmuhu dhasho",
                "Baaritaanno joogto ah oo ilmaha lagu miisaamo laguna cabbiro",
                "Baaritaanka aragga, maqalka, luqadda iyo dhaqdhaqaaqa",
                "Tallaalada sida ku qoran barnaamijka tallaalka qaranka",
                "Talo ku saabsan naas-nuujinta, cuntada, hurdada iyo badbaadada",
                "Kooxo waalidiin ah oo aad kula kulanto waalidiin kale",
            ]),
            ("paragraph", "<p>Tallaaladu waa ikhtiyaari iyo bilaash. Waxay ilmaha ka ilaaliyaan cudurro halis "
                          "ah.</p>"),
            ("heading", "Waxaad heli kartaa turjubaan"),
            ("paragraph", "<p>Haddii aadan ku hadlin iswiidhish, waxaad booqashada ku heli kartaa turjubaan bilaash ah. "
                          "Marka aad ballanta qabsanayso sheeg inaad turjubaan u baahan tahay iyo luqadda aad ku "
                          "hadasho.</p>"),
            ("callout", {"tone": "emergency", "text": "Haddii ilmahaagu si degdeg ah u xanuunsado ama uu dhaawac culus "
                                                      "gaaro, wac 112. Talo caafimaad oo habeen iyo maalin ah, wac "
                                                      "1177."}),
            ("phone", {"label": "Talo caafimaad", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "Ku saabsan uurka, dhalmada iyo caafimaadka carruurta."}),
        ],
        "ti": [
            ("heading", "ማእከል መሕረሲታት ኣብ እዋን ጥንሲ"),
            ("paragraph", "<p>ነፍሰ-ጾር ምስ ኮንኪ ናብ <b>ማእከል መሕረሲታት</b> (barnmorskemottagning) ክትከዲ ትኽእሊ፣ "
                          "ማእከል ክንክን ኣዴታት (MVC) ተባሂሉ እውን ይፍለጥ። ኣብኡ ኣብ እዋን ጥንሲ ብዙሕ ግዜ ምስ መሕረሲት "
                          "ትራኸቢ። እታ መሕረሲት ንስኺን እቲ ህጻንን ጥዕና ከም ዘለኹም ተረጋግጽ፣ መርመራታት ትገብርን ንሕቶታትኪ "
                          "ትምልስን። እቲ ምብጻሓት ብናጻ እዩ። ብዙሓት ማእከላት ቅድሚ ሕርሲ ንወለዲ ትምህርቲ እውን የዳልዉ።</p>"),
            ("heading", "BVC – ማእከል ጥዕና ህጻናት"),
            ("paragraph", "<p>ድሕሪ ሕርሲ ህጻንኩም ኣብ <b>BVC</b> (barnavårdscentral)፣ ማእከል ጥዕና ህጻናት፣ ይምዝገብ። "
                          "BVC ጥዕና፣ ዕቤትን ምዕባለን ናይቲ ህጻን ካብ ምውላዱ ክሳብ ትምህርቲ ዝጅምር ይከታተል። ኩሉ ምብጻሕ "
                          "ናብ BVC ብናጻ እዩ።</p>"),
            ("heading", "ኣብ BVC እንታይ ትረኽቡ"),
            ("bullets", [
                "ህጻን ምስ ተወለደ ነርስ BVC ናብ ገዛኹም መጺኣ ትበጽሓኩም",
                "ህጻን ዝምዘነሉን ዝዕቀነሉን ስሩዕ መርመራ ጥዕና",
                "መርመራ ርእይቶ፣ ምስማዕ፣ ቋንቋን ምንቅስቓስን",
                "ብመሰረት ሃገራዊ መደብ ክታበት ክታበታት",
                "ምኽሪ ብዛዕባ ምጥባው፣ መግቢ፣ ድቃስን ድሕነትን",
                "ምስ ካልኦት ወለዲ እትራኸቡሉ ጉጅለታት ወለዲ",
            ]),
            ("paragraph", "<p>ክታበታት ብድሌት ዝወሃቡን ብናጻን እዮም። ንህጻን ካብ ከቢድ ሕማማት ይከላኸሉ።</p>"),
            ("heading", "ተርጓሚ ክትረኽቡ ትኽእሉ"),
            ("paragraph", "<p>ሽወደንኛ እንተ ዘይትዛረቡ፣ ኣብቲ ምብጻሕ ብናጻ ተርጓሚ ክትረኽቡ ትኽእሉ ኢኹም። ቆጸራ ክትሕዙ "
                          "ከለኹም ተርጓሚ ከም ዘድልየኩምን ብኣየናይ ቋንቋ ከም እትዛረቡን ንገሩ።</p>"),
            ("callout", {"tone": "emergency", "text": "ህጻንኩም ብሃንደበት ብኽቱር እንተ ሓሚሙ ወይ ከቢድ ማህሰይቲ እንተ "
                                                      "በጺሕዎ፣ ናብ 112 ደውሉ። ንምኽሪ ሕክምና ለይትን መዓልትን ናብ 1177 "
                                                      "ደውሉ።"}),
            ("phone", {"label": "ምኽሪ ሕክምና", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "ብዛዕባ ጥንሲ፣ ሕርስን ጥዕና ህጻናትን።"}),
        ],
        "uk": [
            ("heading", "Жіноча консультація під час вагітності"),
            ("paragraph", "<p>Під час вагітності ви можете звернутися до <b>акушерської консультації</b> "
                          "(barnmorskemottagning), яку ще називають центром допомоги матерям (MVC). Там ви кілька разів "
                          "за вагітність зустрічаєтеся з акушеркою. Акушерка перевіряє, чи все гаразд із вами та "
                          "дитиною, бере аналізи й відповідає на ваші запитання. Візити безкоштовні. Багато консультацій "
                          "також проводять заняття для батьків перед пологами.</p>"),
            ("heading", "BVC — дитяча поліклініка"),
            ("paragraph", "<p>Після пологів вашу дитину беруть на облік у <b>BVC</b> (barnavårdscentral), центрі "
                          "здоров'я дітей. BVC стежить за здоров'ям, ростом і розвитком дитини від народження до початку "
                          "школи. Усі візити до BVC безкоштовні.</p>"),
            ("heading", "Що ви отримуєте в BVC"),
            ("bullets", [
                "Візит медсестри BVC додому, коли дитина щойно народилася",
                "Регулярні огляди, під час яких дитину зважують і вимірюють",
                "Перевірку зору, слуху, мовлення та рухів",
                "Щеплення згідно з національною програмою вакцинації",
                "Поради щодо грудного вигодовування, харчування, сну та безпеки",
                "Батьківські групи, де можна познайомитися з іншими батьками",
            ]),
            ("paragraph", "<p>Щеплення добровільні й безкоштовні. Вони захищають дитину від небезпечних "
                          "хвороб.</p>"),
            ("heading", "Ви можете отримати перекладача"),
            ("paragraph", "<p>Якщо ви не розмовляєте шведською, під час візиту вам можуть безкоштовно надати "
                          "перекладача. Коли записуєтеся на прийом, скажіть, що вам потрібен перекладач, і якою мовою ви "
                          "говорите.</p>"),
            ("callout", {"tone": "emergency", "text": "Якщо дитина раптово тяжко захворіла або серйозно травмувалася, "
                                                      "телефонуйте 112. По медичну пораду цілодобово телефонуйте "
                                                      "1177."}),
            ("phone", {"label": "Медична консультація", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "Про вагітність, пологи та здоров'я дітей."}),
        ],
        "ru": [
            ("heading", "Акушерская консультация во время беременности"),
            ("paragraph", "<p>Во время беременности вы можете обратиться в <b>акушерскую консультацию</b> "
                          "(barnmorskemottagning), которую также называют центром охраны материнства (MVC). Там вы "
                          "несколько раз за беременность встречаетесь с акушеркой. Акушерка проверяет, что с вами и "
                          "ребёнком всё в порядке, берёт анализы и отвечает на ваши вопросы. Визиты бесплатны. Многие "
                          "консультации также проводят занятия для родителей перед родами.</p>"),
            ("heading", "BVC — детская поликлиника"),
            ("paragraph", "<p>После родов ребёнка ставят на учёт в <b>BVC</b> (barnavårdscentral), центре детского "
                          "здоровья. BVC следит за здоровьем, ростом и развитием ребёнка с рождения до начала школы. Все "
                          "визиты в BVC бесплатны.</p>"),
            ("heading", "Что вы получаете в BVC"),
            ("bullets", [
                "Визит медсестры BVC на дом, когда ребёнок только родился",
                "Регулярные осмотры, на которых ребёнка взвешивают и измеряют",
                "Проверку зрения, слуха, речи и движений",
                "Прививки по национальной программе вакцинации",
                "Советы о грудном вскармливании, питании, сне и безопасности",
                "Родительские группы, где можно познакомиться с другими родителями",
            ]),
            ("paragraph", "<p>Прививки добровольные и бесплатные. Они защищают ребёнка от опасных болезней.</p>"),
            ("heading", "Вы можете получить переводчика"),
            ("paragraph", "<p>Если вы не говорите по-шведски, на приёме вам могут бесплатно предоставить переводчика. При "
                          "записи на приём скажите, что вам нужен переводчик, и на каком языке вы говорите.</p>"),
            ("callout", {"tone": "emergency", "text": "Если ребёнок внезапно тяжело заболел или серьёзно травмировался, "
                                                      "звоните 112. За медицинским советом круглосуточно звоните 1177."}),
            ("phone", {"label": "Медицинская консультация", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "О беременности, родах и здоровье детей."}),
        ],
        "tr": [
            ("heading", "Hamilelikte ebe kliniği"),
            ("paragraph", "<p>Hamileyken bir <b>ebe kliniğine</b> (barnmorskemottagning) gidebilirsiniz; buraya anne "
                          "sağlığı merkezi (MVC) de denir. Orada hamilelik boyunca birkaç kez bir ebeyle görüşürsünüz. "
                          "Ebe sizin ve bebeğin iyi olup olmadığını kontrol eder, testler yapar ve sorularınızı yanıtlar. "
                          "Ziyaretler ücretsizdir. Birçok klinik doğumdan önce ebeveynler için kurslar da düzenler.</p>"),
            ("heading", "BVC – çocuk sağlığı merkezi"),
            ("paragraph", "<p>Doğumdan sonra çocuğunuz <b>BVC</b>'ye (barnavårdscentral), yani çocuk sağlığı merkezine "
                          "kaydedilir. BVC, çocuğun sağlığını, büyümesini ve gelişimini doğumdan okula başlayana kadar "
                          "takip eder. BVC'ye yapılan tüm ziyaretler ücretsizdir.</p>"),
            ("heading", "BVC'de neler alırsınız"),
            ("bullets", [
                "Bebek yeni doğduğunda bir BVC hemşiresinin ev ziyareti",
                "Çocuğun tartıldığı ve ölçüldüğü düzenli sağlık kontrolleri",
                "Görme, işitme, dil ve hareket kontrolleri",
                "Ulusal aşı programına göre aşılar",
                "Emzirme, beslenme, uyku ve güvenlik hakkında tavsiyeler",
                "Diğer ebeveynlerle tanışabileceğiniz ebeveyn grupları",
            ]),
            ("paragraph", "<p>Aşılar isteğe bağlı ve ücretsizdir. Çocuğu ciddi hastalıklara karşı korurlar.</p>"),
            ("heading", "Tercüman alabilirsiniz"),
            ("paragraph", "<p>İsveççe konuşmuyorsanız, ziyarette ücretsiz tercüman alabilirsiniz. Randevu alırken "
                          "tercümana ihtiyacınız olduğunu ve hangi dili konuştuğunuzu söyleyin.</p>"),
            ("callout", {"tone": "emergency", "text": "Çocuğunuz aniden ağır hastalanır ya da ciddi şekilde yaralanırsa "
                                                      "112'yi arayın. Günün her saati sağlık danışmanlığı için 1177'yi "
                                                      "arayın."}),
            ("phone", {"label": "Sağlık danışmanlığı", "number": "1177"}),
            ("link", {"title": "1177", "url": HEALTH_GUIDE,
                      "description": "Hamilelik, doğum ve çocuk sağlığı hakkında."}),
        ],
    },
}

FAMILY_BENEFITS = {
    "title": {
        "sv": "Barnbidrag och föräldrapenning",
        "en": "Child allowance and parental benefit",
        "ar": "إعانة الأطفال وتعويض الوالدين",
        "fa": "کمک‌هزینهٔ کودک و مرخصی والدین با حقوق",
        "so": "Kaalmada carruurta iyo lacagta waalidka",
        "ti": "ደገፍ ቆልዑን ክፍሊት ወለድን",
        "uk": "Дитяча допомога та батьківська допомога",
    },
    "slug": {
        "sv": "barnbidrag-och-foraldrapenning",
        "en": "child-allowance-and-parental-benefit",
        "ar": "child-allowance-and-parental-benefit",
        "fa": "child-allowance-and-parental-benefit",
        "so": "kaalmada-carruurta-iyo-waalidka",
        "ti": "child-allowance-and-parental-benefit",
        "uk": "child-allowance-and-parental-benefit",
    },
    "intro": {
        "sv": "Försäkringskassan betalar ut pengar till barnfamiljer, till exempel barnbidrag och föräldrapenning. Här "
              "får du en översikt.",
        "en": "Försäkringskassan, the Swedish Social Insurance Agency, pays money to families with children, for "
              "example child allowance and parental benefit. Here is an overview.",
        "ar": "تدفع Försäkringskassan (مصلحة الضمان الاجتماعي) أموالًا للأسر التي لديها أطفال، مثل إعانة الأطفال "
              "وتعويض الوالدين. إليك لمحة عامة.",
        "fa": "Försäkringskassan (سازمان بیمهٔ اجتماعی سوئد) به خانواده‌های دارای فرزند پول پرداخت می‌کند، مثلاً "
              "کمک‌هزینهٔ کودک و حقوق مرخصی والدین. در اینجا خلاصه‌ای می‌خوانید.",
        "so": "Försäkringskassan (hay'adda caymiska bulshada) waxay lacag siisaa qoysaska carruurta leh, tusaale ahaan "
              "kaalmada carruurta iyo lacagta waalidka. Halkan waxaa ku yaal guudmar.",
        "ti": "Försäkringskassan (ትካል ማሕበራዊ መድሕን) ንቆልዑ ዘለዉወን ስድራቤታት ገንዘብ ይኸፍል፣ ንኣብነት ደገፍ "
              "ቆልዑን ክፍሊት ወለድን። ኣብዚ ሓፈሻዊ ትሕዝቶ ትረኽቡ።",
        "uk": "Försäkringskassan (Агентство соціального страхування) виплачує гроші сім'ям із дітьми, наприклад "
              "дитячу допомогу та батьківську допомогу. Ось короткий огляд.",
    },
    "body": {
        "sv": [
            ("heading", "Barnbidrag"),
            ("paragraph", "<p><b>Barnbidrag</b> betalas ut varje månad för barn som bor i Sverige, till och med det "
                          "kvartal då barnet fyller 16 år. För ett barn som föds i Sverige kommer barnbidraget "
                          "automatiskt. Om ni har flyttat till Sverige kan du behöva ansöka. Har du två eller fler barn "
                          "får du också <b>flerbarnstillägg</b>.</p>"),
            ("heading", "Föräldrapenning"),
            ("paragraph", "<p><b>Föräldrapenning</b> är pengar du kan få när du är ledig från arbete eller studier för "
                          "att vara med ditt barn. För ett barn som föds i Sverige finns 480 dagar, och föräldrarna delar "
                          "på dem. Vissa dagar är reserverade för varje förälder och kan inte lämnas över till den "
                          "andra. Hur mycket du får beror på din inkomst. Även du som inte har haft någon inkomst kan få "
                          "föräldrapenning, på en lägre nivå. Om barnet har flyttat till Sverige efter födseln kan "
                          "antalet dagar vara färre.</p>"),
            ("heading", "Tillfällig föräldrapenning när barnet är sjukt"),
            ("paragraph", "<p>Om ditt barn är sjukt och du måste stanna hemma från arbetet kan du få <b>tillfällig "
                          "föräldrapenning</b>. Det kallas ofta vab, vård av barn. Du anmäler det till "
                          "Försäkringskassan och berättar det för din arbetsgivare.</p>"),
            ("heading", "Andra stöd till barnfamiljer"),
            ("bullets", [
                "Bostadsbidrag för barnfamiljer med låga inkomster",
                "Underhållsstöd om barnets andra förälder inte betalar underhåll",
            ]),
            ("callout", {"tone": "info", "text": "Belopp och regler ändras. Kontrollera alltid vad som gäller just nu "
                                                 "hos Försäkringskassan, som har information på flera språk."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Barnbidrag, föräldrapenning och andra stöd till barnfamiljer."}),
        ],
        "en": [
            ("heading", "Child allowance"),
            ("paragraph", "<p><b>Child allowance</b> (barnbidrag) is paid every month for children who live in Sweden, "
                          "up to and including the quarter in which the child turns 16. For a child born in Sweden, the "
                          "allowance comes automatically. If you have moved to Sweden, you may need to apply. If you have "
                          "two or more children you also get a <b>large family supplement</b> "
                          "(flerbarnstillägg).</p>"),
            ("heading", "Parental benefit"),
            ("paragraph", "<p><b>Parental benefit</b> (föräldrapenning) is money you can get when you take time off work "
                          "or studies to be with your child. For a child born in Sweden there are 480 days, which the "
                          "parents share. Some days are reserved for each parent and cannot be handed over to the other. "
                          "How much you get depends on your income. Even if you have had no income, you can get parental "
                          "benefit at a lower level. If the child moved to Sweden after birth, there may be fewer "
                          "days.</p>"),
            ("heading", "Temporary parental benefit when your child is ill"),
            ("paragraph", "<p>If your child is ill and you have to stay at home from work, you can get <b>temporary "
                          "parental benefit</b> (tillfällig föräldrapenning). This is often called vab, care of a child. "
                          "You report it to Försäkringskassan and tell your employer.</p>"),
            ("heading", "Other support for families with children"),
            ("bullets", [
                "Housing allowance (bostadsbidrag) for families with children on low incomes",
                "Maintenance support (underhållsstöd) if the child's other parent does not pay maintenance",
            ]),
            ("callout", {"tone": "info", "text": "Amounts and rules change. Always check what applies now at "
                                                 "Försäkringskassan, which has information in several languages."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Child allowance, parental benefit and other support for families with children."}),
        ],
        "ar": [
            ("heading", "إعانة الأطفال"),
            ("paragraph", "<p>تُدفع <b>إعانة الأطفال</b> (barnbidrag) كل شهر عن الأطفال الذين يعيشون في السويد، حتى "
                          "نهاية الربع السنوي الذي يبلغ فيه الطفل 16 عامًا. بالنسبة للطفل المولود في السويد تأتي الإعانة "
                          "تلقائيًا. أما إذا كنتم قد انتقلتم إلى السويد فقد تحتاج إلى تقديم طلب. وإذا كان لديك طفلان أو "
                          "أكثر فتحصل أيضًا على <b>إضافة الأسر متعددة الأطفال</b> (flerbarnstillägg).</p>"),
            ("heading", "تعويض الوالدين"),
            ("paragraph", "<p><b>تعويض الوالدين</b> (föräldrapenning) مال يمكنك الحصول عليه عندما تأخذ إجازة من العمل "
                          "أو الدراسة لتكون مع طفلك. للطفل المولود في السويد توجد 480 يومًا يتقاسمها الوالدان. بعض "
                          "الأيام محجوزة لكل والد ولا يمكن نقلها إلى الآخر. يعتمد المبلغ على دخلك. وحتى إذا لم يكن لديك "
                          "دخل يمكنك الحصول على تعويض الوالدين بمستوى أدنى. إذا انتقل الطفل إلى السويد بعد ولادته فقد "
                          "يكون عدد الأيام أقل.</p>"),
            ("heading", "تعويض الوالدين المؤقت عندما يمرض الطفل"),
            ("paragraph", "<p>إذا مرض طفلك واضطررت إلى البقاء في البيت وعدم الذهاب إلى العمل، يمكنك الحصول على "
                          "<b>تعويض الوالدين المؤقت</b> (tillfällig föräldrapenning)، ويُسمّى غالبًا vab أي رعاية "
                          "الطفل. تبلّغ Försäkringskassan بذلك وتخبر صاحب العمل.</p>"),
            ("heading", "دعم آخر للأسر التي لديها أطفال"),
            ("bullets", [
                "إعانة السكن (bostadsbidrag) للأسر ذات الدخل المنخفض التي لديها أطفال",
                "دعم النفقة (underhållsstöd) إذا لم يدفع الوالد الآخر نفقة الطفل",
            ]),
            ("callout", {"tone": "info", "text": "المبالغ والقواعد تتغيّر. تحقّق دائمًا مما هو ساري المفعول الآن لدى "
                                                 "Försäkringskassan، فلديها معلومات بعدة لغات."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "إعانة الأطفال وتعويض الوالدين وأشكال أخرى من الدعم للأسر التي لديها أطفال."}),
        ],
        "fa": [
            ("heading", "کمک‌هزینهٔ کودک"),
            ("paragraph", "<p><b>کمک‌هزینهٔ کودک</b> (barnbidrag) هر ماه برای کودکانی که در سوئد زندگی می‌کنند پرداخت "
                          "می‌شود، تا پایان فصلی که کودک ۱۶ ساله می‌شود. برای کودکی که در سوئد به دنیا می‌آید، این "
                          "کمک‌هزینه خودکار پرداخت می‌شود. اگر به سوئد نقل مکان کرده‌اید، ممکن است لازم باشد درخواست "
                          "بدهید. اگر دو فرزند یا بیشتر دارید، <b>مکمل خانواده‌های پرفرزند</b> (flerbarnstillägg) هم "
                          "می‌گیرید.</p>"),
            ("heading", "حقوق مرخصی والدین"),
            ("paragraph", "<p><b>حقوق مرخصی والدین</b> (föräldrapenning) پولی است که وقتی برای بودن با فرزندتان از کار "
                          "یا تحصیل مرخصی می‌گیرید دریافت می‌کنید. برای کودکی که در سوئد به دنیا می‌آید ۴۸۰ روز وجود "
                          "دارد که والدین بین خود تقسیم می‌کنند. برخی روزها مخصوص هر یک از والدین است و نمی‌توان آن‌ها را "
                          "به دیگری واگذار کرد. مبلغ به درآمد شما بستگی دارد. حتی اگر درآمدی نداشته‌اید، می‌توانید این "
                          "حقوق را در سطحی پایین‌تر دریافت کنید. اگر کودک پس از تولد به سوئد آمده باشد، ممکن است تعداد "
                          "روزها کمتر باشد.</p>"),
            ("heading", "حقوق موقت والدین وقتی کودک بیمار است"),
            ("paragraph", "<p>اگر فرزندتان بیمار است و باید به جای رفتن به کار در خانه بمانید، می‌توانید <b>حقوق موقت "
                          "والدین</b> (tillfällig föräldrapenning) بگیرید. به این کار اغلب vab یعنی مراقبت از کودک "
                          "می‌گویند. آن را به Försäkringskassan اطلاع می‌دهید و به کارفرمایتان هم می‌گویید.</p>"),
            ("heading", "حمایت‌های دیگر از خانواده‌های دارای فرزند"),
            ("bullets", [
                "کمک‌هزینهٔ مسکن (bostadsbidrag) برای خانواده‌های کم‌درآمد دارای فرزند",
                "کمک‌هزینهٔ نفقه (underhållsstöd) اگر والد دیگر کودک نفقه نپردازد",
            ]),
            ("callout", {"tone": "info", "text": "مبالغ و قوانین تغییر می‌کنند. همیشه آنچه را در حال حاضر معتبر است نزد "
                                                 "Försäkringskassan بررسی کنید؛ این سازمان به چند زبان اطلاعات دارد."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "کمک‌هزینهٔ کودک، حقوق مرخصی والدین و حمایت‌های دیگر از خانواده‌ها."}),
        ],
        "so": [
            ("heading", "Kaalmada carruurta"),
            ("paragraph", "<p><b>Kaalmada carruurta</b> (barnbidrag) waxaa bil kasta la bixiyaa carruurta ku nool "
                          "Iswiidhan, ilaa dhammaadka rubuca sannadka ee ilmuhu gaaro 16 sano. Ilmaha ku dhasha Iswiidhan "
                          "kaalmadu si toos ah ayay u timaadaa. Haddii aad u soo guurteen Iswiidhan, waxaa laga yaabaa "
                          "inaad codsato. Haddii aad leedahay laba carruur ah ama ka badan, waxaad sidoo kale helaysaa "
                          "<b>lacag dheeri ah oo qoysaska carruurta badan</b> (flerbarnstillägg).</p>"),
            ("heading", "Lacagta waalidka"),
            ("paragraph", "<p><b>Lacagta waalidka</b> (föräldrapenning) waa lacag aad heli karto marka aad fasax ka "
                          "qaadato shaqada ama waxbarashada si aad ilmahaaga ula joogto. Ilmaha ku dhasha Iswiidhan waxaa "
                          "loo qoondeeyay 480 maalmood, waalidkuna way qaybsadaan. Maalmaha qaarkood waxaa loo xijiyay "
                          "waalid kasta, looma wareejin karo waalidka kale. Inta aad helayso waxay ku xiran tahay "
                          "dakhligaaga. Xitaa haddii aadan dakhli lahayn, waxaad heli kartaa lacagta waalidka heer hoose "
                          "ah. Haddii ilmuhu Iswiidhan yimid dhalashadiisa kaddib, maalmuhu way ka yaraan karaan.</p>"),
            ("heading", "Lacagta ku meel gaarka ah marka ilmuhu jiran yahay"),
            ("paragraph", "<p>Haddii ilmahaagu jiran yahay oo aad guriga joogto halkii aad shaqada aadi lahayd, waxaad "
                          "heli kartaa <b>lacagta waalidka ee ku meel gaarka ah</b> (tillfällig föräldrapenning). Inta "
                          "badan waxaa loo yaqaan vab, daryeelka ilmaha. Waxaad u sheegaysaa Försäkringskassan, waxaadna "
                          "ogeysiinaysaa shaqo-bixiyahaaga.</p>"),
            ("heading", "Taageero kale oo qoysaska carruurta leh"),
            ("bullets", [
                "Kaalmada guryaha (bostadsbidrag) ee qoysaska dakhligoodu hooseeyo ee carruurta leh",
                "Taageerada masruufka (underhållsstöd) haddii waalidka kale uusan bixin masruufka ilmaha",
            ]),
            ("callout", {"tone": "info", "text": "Lacagaha iyo xeerarku way isbeddelaan. Had iyo jeer ka hubi "
                                                 "Försäkringskassan waxa hadda shaqeynaya; waxay leeyihiin macluumaad "
                                                 "luqado badan ku qoran."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Kaalmada carruurta, lacagta waalidka iyo taageerooyin kale oo qoysaska ah."}),
        ],
        "ti": [
            ("heading", "ደገፍ ቆልዑ"),
            ("paragraph", "<p><b>ደገፍ ቆልዑ</b> (barnbidrag) ኣብ ሽወደን ንዝነብሩ ቆልዑ ወርሓዊ ይኽፈል፣ እቲ ቆልዓ 16 ዓመት "
                          "ዝመልኣሉ ርብዒ ዓመት ክሳብ ዝውዳእ። ኣብ ሽወደን ንዝተወልደ ቆልዓ እቲ ደገፍ ብኣውቶማቲክ ይመጽእ። ናብ "
                          "ሽወደን ግዒዝኩም እንተ መጺእኩም፣ ክትሓቱ ከድልየኩም ይኽእል። ክልተ ወይ ልዕሊኡ ቆልዑ እንተ ኣለዉኹም "
                          "<b>ወሰኽ ንብዙሓት ቆልዑ</b> (flerbarnstillägg) እውን ትረኽቡ።</p>"),
            ("heading", "ክፍሊት ወለዲ"),
            ("paragraph", "<p><b>ክፍሊት ወለዲ</b> (föräldrapenning) ምስ ቆልዓኹም ንምህላው ካብ ስራሕ ወይ ትምህርቲ ዕረፍቲ "
                          "ክትወስዱ ከለኹም እትረኽብዎ ገንዘብ እዩ። ኣብ ሽወደን ንዝተወልደ ቆልዓ 480 መዓልታት ኣለዋ፣ ወለዲ ድማ "
                          "ይካፈልወን። ገለ መዓልታት ንነፍሲ ወከፍ ወላዲ ዝተሓዛ እየን፣ ናብቲ ካልእ ክመሓላለፋ ኣይክእላን። "
                          "እትረኽብዎ መጠን ኣብ እቶትኩም ይምርኮስ። እቶት እንተ ዘይነበረኩም እውን ብትሑት ደረጃ ክፍሊት ወለዲ "
                          "ክትረኽቡ ትኽእሉ። ቆልዓ ድሕሪ ምውላዱ ናብ ሽወደን እንተ መጺኡ፣ ቁጽሪ መዓልታት ክንኪ ይኽእል።</p>"),
            ("heading", "ግዜያዊ ክፍሊት ወለዲ ቆልዓ ምስ ሓመመ"),
            ("paragraph", "<p>ቆልዓኹም ሓሚሙ ካብ ስራሕ ኣብ ገዛ ክትጸንሑ እንተ ኣድልዩኩም፣ <b>ግዜያዊ ክፍሊት ወለዲ</b> "
                          "(tillfällig föräldrapenning) ክትረኽቡ ትኽእሉ። መብዛሕትኡ ግዜ vab፣ ክንክን ቆልዓ፣ ይበሃል። "
                          "ንFörsäkringskassan ትሕብሩ፣ ንኣስራሒኹም ድማ ትነግሩ።</p>"),
            ("heading", "ካልእ ደገፍ ንስድራቤታት ቆልዑ"),
            ("bullets", [
                "ደገፍ ገዛ (bostadsbidrag) ንትሑት እቶት ዘለወን ስድራቤታት ቆልዑ",
                "ደገፍ ቀለብ (underhållsstöd) እቲ ካልእ ወላዲ ቀለብ እንተ ዘይከፊሉ",
            ]),
            ("callout", {"tone": "info", "text": "መጠናትን ሕግታትን ይቕየሩ። ሕጂ እንታይ ከም ዝሰርሕ ኩሉ ግዜ ኣብ "
                                                 "Försäkringskassan ኣረጋግጹ፣ ብብዙሓት ቋንቋታት ሓበሬታ ኣለዎም።"}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "ደገፍ ቆልዑ፣ ክፍሊት ወለድን ካልእ ደገፍ ንስድራቤታትን።"}),
        ],
        "uk": [
            ("heading", "Дитяча допомога"),
            ("paragraph", "<p><b>Дитяча допомога</b> (barnbidrag) виплачується щомісяця на дітей, які живуть у Швеції, до "
                          "кінця кварталу, в якому дитині виповнюється 16 років. На дитину, народжену у Швеції, допомога "
                          "надходить автоматично. Якщо ви переїхали до Швеції, можливо, доведеться подати заяву. Якщо у "
                          "вас двоє або більше дітей, ви також отримуєте <b>доплату для багатодітних сімей</b> "
                          "(flerbarnstillägg).</p>"),
            ("heading", "Батьківська допомога"),
            ("paragraph", "<p><b>Батьківська допомога</b> (föräldrapenning) — це гроші, які ви можете отримувати, коли "
                          "берете відпустку з роботи чи навчання, щоб бути з дитиною. На дитину, народжену у Швеції, "
                          "передбачено 480 днів, які батьки ділять між собою. Частина днів закріплена за кожним із батьків "
                          "і не може бути передана іншому. Розмір залежить від вашого доходу. Навіть якщо у вас не було "
                          "доходу, ви можете отримувати допомогу на нижчому рівні. Якщо дитина переїхала до Швеції після "
                          "народження, днів може бути менше.</p>"),
            ("heading", "Тимчасова батьківська допомога, коли дитина хворіє"),
            ("paragraph", "<p>Якщо дитина захворіла і вам доводиться залишитися вдома замість роботи, ви можете отримати "
                          "<b>тимчасову батьківську допомогу</b> (tillfällig föräldrapenning). Її часто називають vab — "
                          "догляд за дитиною. Ви повідомляєте про це Försäkringskassan і свого роботодавця.</p>"),
            ("heading", "Інша підтримка для сімей з дітьми"),
            ("bullets", [
                "Житлова допомога (bostadsbidrag) для сімей з дітьми з низькими доходами",
                "Аліментна підтримка (underhållsstöd), якщо інший з батьків не сплачує аліменти",
            ]),
            ("callout", {"tone": "info", "text": "Суми та правила змінюються. Завжди перевіряйте чинні умови на сайті "
                                                 "Försäkringskassan, де є інформація кількома мовами."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Дитяча допомога, батьківська допомога та інша підтримка сімей з дітьми."}),
        ],
    },
}

SCHOOL_AND_RIGHTS = {
    "title": {
        "sv": "Förskola, skola och barns rättigheter",
        "en": "Preschool, school and children's rights",
    },
    "slug": {
        "sv": "forskola-skola-och-barns-rattigheter",
        "en": "preschool-school-and-childrens-rights",
    },
    "intro": {
        "sv": "Barn i Sverige har rätt till förskola och skyldighet att gå i skolan. Här läser du om förskola, "
              "skolplikt, barns rättigheter och var föräldrar kan få stöd.",
        "en": "Children in Sweden have a right to preschool and a duty to attend school. Read about preschool, "
              "compulsory schooling, children's rights and where parents can get support.",
    },
    "body": {
        "sv": [
            ("heading", "Förskola från ett års ålder"),
            ("paragraph", "<p>Barn har rätt till plats i <b>förskola</b> från ett års ålder. Kommunen ska erbjuda en "
                          "plats inom fyra månader efter att du har ansökt. Avgiften beror på familjens inkomst och har "
                          "ett högsta belopp, maxtaxa. Från hösten det år barnet fyller tre år har alla barn rätt till "
                          "525 timmar gratis förskola per år.</p>"),
            ("heading", "Skolplikt"),
            ("paragraph", "<p>Barn som bor i Sverige har <b>skolplikt</b>. Den börjar med förskoleklass på hösten det år "
                          "barnet fyller sex år och fortsätter i grundskolan till och med årskurs 9. Skolan är gratis, och "
                          "eleverna äter skollunch utan kostnad. Efter grundskolan kan ungdomar gå i gymnasieskolan, som "
                          "är frivillig. Minst en gång per termin bjuds föräldrar in till ett utvecklingssamtal om hur "
                          "barnet har det i skolan. Be skolan om tolk om du behöver.</p>"),
            ("heading", "Barns rättigheter"),
            ("paragraph", "<p>Sedan 2020 är <b>barnkonventionen</b>, FN:s konvention om barnets rättigheter, svensk lag. "
                          "Barn har rätt att säga vad de tycker i frågor som gäller dem. Sedan 1979 är det förbjudet att "
                          "slå barn eller behandla dem kränkande. Förbudet gäller alla, även föräldrar.</p>"),
            ("paragraph", "<p>Den som är orolig för att ett barn far illa kan göra en orosanmälan till socialtjänsten. "
                          "Personal i förskola, skola och vård är skyldiga att anmäla. Socialtjänsten tar då reda på hur "
                          "barnet har det och kan erbjuda familjen stöd.</p>"),
            ("heading", "Stöd till föräldrar"),
            ("bullets", [
                "På en familjecentral finns ofta barnmorskemottagning, BVC, öppen förskola och socialtjänstens "
                "rådgivning på samma ställe.",
                "På öppen förskola kan du som är hemma med ditt barn leka med barnet och träffa andra föräldrar. Det "
                "är gratis.",
            ]),
            ("phone", {"label": "BRIS – stöd för barn och unga", "number": "116 111"}),
            ("link", {"title": "Skolverket", "url": "https://www.skolverket.se/",
                      "description": "Om förskola och skola i Sverige."}),
            ("link", {"title": "BRIS", "url": "https://www.bris.se/",
                      "description": "Barn och unga kan prata med BRIS i telefon eller chatt."}),
        ],
        "en": [
            ("heading", "Preschool from the age of one"),
            ("paragraph", "<p>Children have a right to a place in <b>preschool</b> (förskola) from the age of one. The "
                          "municipality must offer a place within four months of your application. The fee depends on the "
                          "family's income and has a ceiling (maxtaxa). From the autumn of the year the child turns "
                          "three, every child has the right to 525 hours of free preschool a year.</p>"),
            ("heading", "Compulsory schooling"),
            ("paragraph", "<p>Children who live in Sweden must go to school (<b>skolplikt</b>). It starts with the "
                          "preschool class (förskoleklass) in the autumn of the year the child turns six and continues in "
                          "compulsory school up to and including year 9. School is free, and pupils eat school lunch at "
                          "no cost. After compulsory school, young people can go on to upper secondary school "
                          "(gymnasieskola), which is voluntary. At least once a term, parents are invited to a "
                          "development talk (utvecklingssamtal) about how the child is doing. Ask the school for an "
                          "interpreter if you need one.</p>"),
            ("heading", "Children's rights"),
            ("paragraph", "<p>Since 2020 the <b>Convention on the Rights of the Child</b> (barnkonventionen) has been "
                          "Swedish law. Children have the right to say what they think in matters that affect them. Since "
                          "1979 it has been forbidden to hit children or treat them in a degrading way. The ban applies to "
                          "everyone, parents included.</p>"),
            ("paragraph", "<p>Anyone who is worried that a child is being harmed can report it to the social services "
                          "(orosanmälan). Staff in preschools, schools and health care are obliged to report. The social "
                          "services then find out how the child is doing and can offer the family support.</p>"),
            ("heading", "Support for parents"),
            ("bullets", [
                "A family centre (familjecentral) often has a midwife clinic, BVC, an open preschool and advice from "
                "the social services in one place.",
                "At an open preschool (öppen förskola), parents who are at home with their child can play with the "
                "child and meet other parents. It is free.",
            ]),
            ("phone", {"label": "BRIS – support for children and young people", "number": "116 111"}),
            ("link", {"title": "Skolverket", "url": "https://www.skolverket.se/",
                      "description": "The Swedish National Agency for Education: about preschool and school in Sweden."}),
            ("link", {"title": "BRIS", "url": "https://www.bris.se/",
                      "description": "Children and young people can talk to BRIS by phone or chat."}),
        ],
    },
}

TOPIC = {
    "focus_area": "parenting",
    "title": {
        "sv": "Föräldraskap",
        "sv-x-simple": "Att vara förälder",
        "en": "Parenting",
        "ar": "الأبوة والأمومة",
        "fa": "فرزندپروری",
        "prs": "پرورش اطفال",
        "ps": "د ماشومانو روزنه",
        "ckb": "دایک و باوکایەتی",
        "so": "Waalidnimada",
        "ti": "ወላድነት",
        "uk": "Батьківство",
        "ru": "Родителям",
        "tr": "Ebeveynlik",
    },
    "slug": {
        "sv": "foraldraskap",
        "sv-x-simple": "att-vara-foralder",
        "en": "parenting",
        "ar": "parenting",
        "fa": "parenting",
        "prs": "parenting",
        "ps": "parenting",
        "ckb": "parenting",
        "so": "waalidnimada",
        "ti": "parenting",
        "uk": "parenting",
        "ru": "parenting",
        "tr": "ebeveynlik",
    },
    "intro": {
        "sv": "Vård för gravida och små barn, pengar till barnfamiljer, förskola och skola: här finns det du behöver "
              "veta som förälder i Sverige.",
        "sv-x-simple": "Här kan du läsa om vård för barn, pengar till familjer och skola.",
        "en": "Care for pregnant women and small children, money for families, preschool and school: what you need to "
              "know as a parent in Sweden.",
        "ar": "رعاية الحوامل والأطفال الصغار، والمال للأسر، والروضة والمدرسة: ما تحتاج إلى معرفته بصفتك أحد الوالدين "
              "في السويد.",
        "fa": "مراقبت از زنان باردار و کودکان خردسال، کمک مالی به خانواده‌ها، پیش‌دبستانی و مدرسه: آنچه به عنوان پدر "
              "یا مادر در سوئد باید بدانید.",
        "prs": "مراقبت از زنان حامله و اطفال خورد، کمک پولی به فامیل‌ها، کودکستان و مکتب: آنچه به حیث پدر یا مادر در "
               "سویدن باید بدانید.",
        "ps": "د امیندوارو میرمنو او کوچنیو ماشومانو پاملرنه، کورنیو ته پیسې، وړکتون او ښوونځی: هغه څه چې د مور یا "
              "پلار په توګه یې په سویډن کې باید وپېژنئ.",
        "ckb": "چاودێری ئافرەتانی دووگیان و منداڵانی بچووک، پارە بۆ خێزانەکان، باخچەی منداڵان و قوتابخانە: ئەوەی وەک "
               "دایک یان باوک لە سوید پێویستە بیزانیت.",
        "so": "Daryeelka haweenka uurka leh iyo carruurta yaryar, lacagta qoysaska, xannaanada iyo dugsiga: waxa aad u "
              "baahan tahay inaad ogaato adigoo waalid ah oo ku nool Iswiidhan.",
        "ti": "ክንክን ነፍሰ-ጾራትን ንኣሽቱ ቆልዑን፣ ገንዘብ ንስድራቤታት፣ መዋእለ ህጻናትን ቤት ትምህርትን፦ ከም ወላዲ ኣብ "
              "ሽወደን ክትፈልጥዎ ዘለኩም።",
        "uk": "Медична допомога вагітним і малим дітям, гроші для сімей, дитячий садок і школа: що потрібно знати "
              "батькам у Швеції.",
        "ru": "Медицинская помощь беременным и маленьким детям, деньги для семей, детский сад и школа: что нужно знать "
              "родителям в Швеции.",
        "tr": "Hamileler ve küçük çocuklar için sağlık hizmetleri, ailelere verilen paralar, anaokulu ve okul: "
              "İsveç'te ebeveyn olarak bilmeniz gerekenler.",
    },
    "articles": [MATERNITY_AND_CHILD_HEALTH, FAMILY_BENEFITS, SCHOOL_AND_RIGHTS],
}
