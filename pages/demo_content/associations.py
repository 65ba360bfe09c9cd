"""Demo samhällsinformation on associations (föreningsliv): what they are, study associations, starting one."""

INFORMATION_SVERIGE = "https://www.informationsverige.se/"

WHAT_IS_AN_ASSOCIATION = {
    "title": {
        "sv": "Vad är en förening?",
        "sv-x-simple": "Vad är en förening?",
        "en": "What is an association?",
        "ar": "ما هي الجمعية؟",
        "fa": "انجمن چیست؟",
        "so": "Waa maxay urur?",
        "ti": "ማሕበር እንታይ እዩ?",
        "uk": "Що таке громадське об'єднання?",
        "ru": "Что такое общественное объединение?",
        "tr": "Dernek nedir?",
    },
    "slug": {
        "sv": "vad-ar-en-forening",
        "sv-x-simple": "vad-ar-en-forening",
        "en": "what-is-an-association",
        "ar": "what-is-an-association",
        "fa": "what-is-an-association",
        "so": "waa-maxay-urur",
        "ti": "what-is-an-association",
        "uk": "what-is-an-association",
        "ru": "what-is-an-association",
        "tr": "dernek-nedir",
    },
    "intro": {
        "sv": "I Sverige finns många föreningar. Här får du veta hur en ideell förening fungerar och hur du blir medlem.",
        "sv-x-simple": "En förening är en grupp människor som gör något tillsammans.",
        "en": "There are many associations in Sweden. Find out how a non-profit association works and how to become a member.",
        "ar": "توجد في السويد جمعيات كثيرة. تعرّف هنا على طريقة عمل الجمعية غير الربحية وكيف تصبح عضوًا فيها.",
        "fa": "در سوئد انجمن‌های زیادی وجود دارد. در اینجا می‌خوانید که یک انجمن غیرانتفاعی چگونه کار می‌کند و چطور عضو آن می‌شوید.",
        "so": "Iswiidhan waxaa ku yaal ururro badan. Halkan waxaad ka ogaanaysaa sida urur aan faa'iido doon ahayn u shaqeeyo iyo sida aad xubin uga noqoto.",
        "ti": "ኣብ ሽወደን ብዙሓት ማሕበራት ኣለዋ። ኣብዚ ዘይመኽሰባዊ ማሕበር ከመይ ከም ዝሰርሕን ከመይ ኣባል ከም እትኾኑን ክትፈልጡ ኢኹም።",
        "uk": "У Швеції дуже багато об'єднань. Тут ви дізнаєтеся, як працює некомерційне об'єднання і як стати його членом.",
        "ru": "В Швеции очень много объединений. Здесь вы узнаете, как работает некоммерческое объединение и как стать его членом.",
        "tr": "İsveç'te çok sayıda dernek vardır. Kâr amacı gütmeyen bir derneğin nasıl işlediğini ve nasıl üye olunacağını öğrenin.",
    },
    "body": {
        "sv": [
            ("heading", "En grupp med ett gemensamt mål"),
            ("paragraph", "<p>En <b>ideell förening</b> är en sammanslutning av människor som vill göra något tillsammans, "
                          "till exempel idrotta, sjunga i kör, hjälpa andra eller träffa människor från samma land. "
                          "Föreningen arbetar inte för att tjäna pengar åt medlemmarna. Pengar som kommer in används "
                          "till föreningens verksamhet.</p>"),
            ("heading", "Exempel på föreningar"),
            ("bullets", [
                "Idrottsföreningar och klubbar för barn och vuxna",
                "Kulturföreningar och föreningar för människor från ett visst land",
                "Hyresgästföreningar och föräldraföreningar",
                "Frivilligorganisationer som hjälper människor, till exempel Röda Korset",
                "Politiska partier",
            ]),
            ("heading", "Att vara medlem"),
            ("paragraph", "<p>Du blir medlem genom att anmäla dig, och ofta betalar du en medlemsavgift. Avgiften är "
                          "oftast låg och bestäms av föreningen själv. Som medlem får du delta i aktiviteterna, och du "
                          "har rätt att påverka hur föreningen styrs.</p>"),
            ("heading", "Årsmötet bestämmer"),
            ("paragraph", "<p>En gång om året håller föreningen <b>årsmöte</b>. Alla medlemmar får komma, och varje "
                          "medlem har en röst. På årsmötet väljer medlemmarna en <b>styrelse</b> som leder arbetet under "
                          "året. De går också igenom vad som har hänt och hur pengarna har använts. Så fungerar "
                          "demokratin i en förening: medlemmarna bestämmer tillsammans.</p>"),
            ("callout", {"tone": "info", "text": "Föreningar är ett bra sätt att lära sig svenska, få nya vänner och "
                                                 "lära känna människor som bor i Västerås."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Samhällsinformation om Sverige på flera språk."}),
        ],
        "sv-x-simple": [
            ("heading", "Människor som gör saker tillsammans"),
            ("paragraph", "<p>I Sverige finns många föreningar. I en förening gör människor saker tillsammans. De kan "
                          "spela fotboll, sjunga eller hjälpa andra. En förening vill inte tjäna pengar.</p>"),
            ("heading", "Bli medlem"),
            ("paragraph", "<p>Du kan bli medlem i en förening. Ofta betalar du lite pengar varje år. Det kallas "
                          "medlemsavgift. Då får du vara med på det som föreningen gör.</p>"),
            ("heading", "Alla medlemmar får bestämma"),
            ("paragraph", "<p>Varje år har föreningen ett stort möte. Mötet heter årsmöte. Alla medlemmar får komma "
                          "och rösta. På mötet väljer medlemmarna en styrelse. Styrelsen leder föreningen.</p>"),
            ("callout", {"tone": "info", "text": "I en förening kan du få nya vänner och lära dig svenska."}),
        ],
        "en": [
            ("heading", "A group with a shared goal"),
            ("paragraph", "<p>A <b>non-profit association</b> (ideell förening) is a group of people who want to do "
                          "something together, for example play sport, sing in a choir, help others or meet people from "
                          "the same country. The association does not work to make money for its members. Any money it "
                          "receives is used for its activities.</p>"),
            ("heading", "Examples of associations"),
            ("bullets", [
                "Sports clubs for children and adults",
                "Cultural associations and associations for people from a particular country",
                "Tenants' associations and parents' associations",
                "Voluntary organisations that help people, for example the Red Cross (Röda Korset)",
                "Political parties",
            ]),
            ("heading", "Being a member"),
            ("paragraph", "<p>You become a member by signing up, and you often pay a membership fee. The fee is usually "
                          "low and is decided by the association itself. As a member you can take part in the "
                          "activities, and you have the right to influence how the association is run.</p>"),
            ("heading", "The annual meeting decides"),
            ("paragraph", "<p>Once a year the association holds an <b>annual meeting</b> (årsmöte). All members may "
                          "attend, and each member has one vote. At the annual meeting the members elect a <b>board</b> "
                          "(styrelse) that leads the work during the year. They also review what has happened and how "
                          "the money has been used. This is how democracy works in an association: the members decide "
                          "together.</p>"),
            ("callout", {"tone": "info", "text": "Associations are a good way to learn Swedish, make new friends and get "
                                                 "to know people who live in Västerås."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Information about Swedish society in several languages."}),
        ],
        "ar": [
            ("heading", "مجموعة لها هدف مشترك"),
            ("paragraph", "<p><b>الجمعية غير الربحية</b> (ideell förening) هي تجمّع لأشخاص يريدون القيام بشيء معًا، "
                          "مثل ممارسة الرياضة أو الغناء في جوقة أو مساعدة الآخرين أو لقاء أشخاص من البلد نفسه. لا "
                          "تعمل الجمعية من أجل تحقيق الربح لأعضائها، بل تُستخدم الأموال التي تحصل عليها في أنشطتها.</p>"),
            ("heading", "أمثلة على الجمعيات"),
            ("bullets", [
                "الأندية الرياضية للأطفال والكبار",
                "الجمعيات الثقافية وجمعيات الأشخاص القادمين من بلد معيّن",
                "جمعيات المستأجرين وجمعيات أولياء الأمور",
                "المنظمات التطوعية التي تساعد الناس، مثل الصليب الأحمر (Röda Korset)",
                "الأحزاب السياسية",
            ]),
            ("heading", "العضوية"),
            ("paragraph", "<p>تصبح عضوًا عندما تسجّل نفسك، وغالبًا ما تدفع رسوم عضوية. تكون الرسوم في العادة منخفضة "
                          "وتقرّرها الجمعية بنفسها. بصفتك عضوًا يمكنك المشاركة في الأنشطة، ولك الحق في التأثير على "
                          "طريقة إدارة الجمعية.</p>"),
            ("heading", "الاجتماع السنوي هو الذي يقرّر"),
            ("paragraph", "<p>تعقد الجمعية مرة في السنة <b>اجتماعًا سنويًا</b> (årsmöte). يحق لجميع الأعضاء الحضور، "
                          "ولكل عضو صوت واحد. في الاجتماع السنوي ينتخب الأعضاء <b>مجلس إدارة</b> (styrelse) يقود العمل "
                          "خلال السنة، ويراجعون ما حدث وكيف صُرفت الأموال. هكذا تعمل الديمقراطية في الجمعية: الأعضاء "
                          "يقرّرون معًا.</p>"),
            ("callout", {"tone": "info", "text": "الجمعيات طريقة جيدة لتعلّم اللغة السويدية وتكوين صداقات جديدة "
                                                 "والتعرّف على أشخاص يعيشون في فستروس."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "معلومات عن المجتمع السويدي بعدة لغات."}),
        ],
        "fa": [
            ("heading", "گروهی با هدف مشترک"),
            ("paragraph", "<p><b>انجمن غیرانتفاعی</b> (ideell förening) گروهی از افراد است که می‌خواهند با هم کاری "
                          "انجام دهند، مثلاً ورزش کنند، در گروه کُر آواز بخوانند، به دیگران کمک کنند یا با هم‌وطنان خود "
                          "دیدار کنند. انجمن برای سود رساندن به اعضایش کار نمی‌کند. پولی که به دست می‌آید صرف "
                          "فعالیت‌های انجمن می‌شود.</p>"),
            ("heading", "نمونه‌هایی از انجمن‌ها"),
            ("bullets", [
                "باشگاه‌های ورزشی برای کودکان و بزرگسالان",
                "انجمن‌های فرهنگی و انجمن‌های افرادی که از یک کشور آمده‌اند",
                "انجمن‌های مستأجران و انجمن‌های والدین",
                "سازمان‌های داوطلبانه‌ای که به مردم کمک می‌کنند، مانند صلیب سرخ (Röda Korset)",
                "احزاب سیاسی",
            ]),
            ("heading", "عضویت"),
            ("paragraph", "<p>با ثبت‌نام عضو می‌شوید و معمولاً حق عضویت می‌پردازید. حق عضویت اغلب کم است و خود انجمن "
                          "آن را تعیین می‌کند. به عنوان عضو می‌توانید در فعالیت‌ها شرکت کنید و حق دارید بر نحوهٔ ادارهٔ "
                          "انجمن اثر بگذارید.</p>"),
            ("heading", "مجمع سالانه تصمیم می‌گیرد"),
            ("paragraph", "<p>انجمن هر سال یک بار <b>مجمع سالانه</b> (årsmöte) برگزار می‌کند. همهٔ اعضا می‌توانند "
                          "شرکت کنند و هر عضو یک رأی دارد. در مجمع سالانه اعضا یک <b>هیئت مدیره</b> (styrelse) انتخاب "
                          "می‌کنند که کار را در طول سال پیش می‌برد. آن‌ها همچنین مرور می‌کنند که چه اتفاقاتی افتاده و "
                          "پول چگونه خرج شده است. دموکراسی در انجمن این‌گونه کار می‌کند: اعضا با هم تصمیم می‌گیرند.</p>"),
            ("callout", {"tone": "info", "text": "انجمن‌ها راه خوبی برای یادگیری زبان سوئدی، پیدا کردن دوستان تازه و "
                                                 "آشنایی با مردم وستروس هستند."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "اطلاعاتی دربارهٔ جامعهٔ سوئد به چند زبان."}),
        ],
        "so": [
            ("heading", "Koox leh hadaf wadaag ah"),
            ("paragraph", "<p><b>Urur aan faa'iido doon ahayn</b> (ideell förening) waa koox dad ah oo doonaya inay wax "
                          "wada qabtaan, tusaale ahaan ciyaaro, heeso, caawinta dadka kale ama la kulanka dad ka yimid "
                          "isla dalka. Ururku uma shaqeeyo inuu lacag u sameeyo xubnihiisa. Lacagta soo gasha waxaa loo "
                          "isticmaalaa hawlaha ururka.</p>"),
            ("heading", "Tusaalooyin ururro"),
            ("bullets", [
                "Kooxaha isboortiga ee carruurta iyo dadka waaweyn",
                "Ururrada dhaqanka iyo ururrada dadka ka yimid dal gaar ah",
                "Ururrada kiraystayaasha iyo ururrada waalidiinta",
                "Ururrada tabarucaadka ee dadka caawiya, tusaale ahaan Laanqayrta Cas (Röda Korset)",
                "Xisbiyada siyaasadda",
            ]),
            ("heading", "Xubinnimada"),
            ("paragraph", "<p>Waxaad xubin noqonaysaa markaad is diiwaangeliso, badanaana waxaad bixisaa lacag "
                          "xubinnimo. Lacagtu inta badan waa yar tahay, ururka laftiisaana wuu go'aamiyaa. Xubin ahaan "
                          "waxaad ka qayb geli kartaa hawlaha, waxaadna xaq u leedahay inaad saameyn ku yeelato sida "
                          "ururka loo maamulo.</p>"),
            ("heading", "Shirka sannadlaha ah ayaa go'aamiya"),
            ("paragraph", "<p>Sannadkiiba mar ururku wuxuu qabtaa <b>shir sannadeed</b> (årsmöte). Xubnaha oo dhan way "
                          "iman karaan, xubin kastaana wuxuu leeyahay hal cod. Shirka xubnuhu waxay doortaan <b>guddi</b> "
                          "(styrelse) oo hoggaamiya shaqada sannadka. Waxay sidoo kale dib u eegaan waxa dhacay iyo sida "
                          "lacagta loo isticmaalay. Sidaas ayay dimuqraadiyaddu uga shaqeysaa urur: xubnaha ayaa wada "
                          "go'aamiya.</p>"),
            ("callout", {"tone": "info", "text": "Ururradu waa hab wanaagsan oo lagu barto luqadda iswiidhishka, lagu "
                                                 "helo saaxiibo cusub, laguna barto dadka ku nool Västerås."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Macluumaad ku saabsan bulshada Iswiidhan oo luqado badan ku qoran."}),
        ],
        "ti": [
            ("heading", "ሓባራዊ ዕላማ ዘለዎ ጉጅለ"),
            ("paragraph", "<p><b>ዘይመኽሰባዊ ማሕበር</b> (ideell förening) ሓደ ነገር ብሓባር ክገብሩ ዝደልዩ ሰባት ዝጥርነፍሉ "
                          "እዩ፣ ንኣብነት ስፖርት ንምግባር፣ ኣብ መዘምራን ንምዝማር፣ ንኻልኦት ንምሕጋዝ ወይ ካብ ሓንቲ ሃገር ዝመጹ ሰባት "
                          "ንምርኻብ። ማሕበር ንኣባላቱ ገንዘብ ንምኽሳብ ኣይሰርሕን። ዝኣትዎ ገንዘብ ንንጥፈታቱ ይውዕል።</p>"),
            ("heading", "ኣብነታት ማሕበራት"),
            ("bullets", [
                "ናይ ቆልዑን ዓበይትን ክለባት ስፖርት",
                "ባህላዊ ማሕበራትን ካብ ሓንቲ ሃገር ዝመጹ ሰባት ማሕበራትን",
                "ማሕበራት ተኻረይትን ማሕበራት ወለድን",
                "ንሰባት ዝሕግዛ ወለንታዊ ትካላት፣ ንኣብነት ቀይሕ መስቀል (Röda Korset)",
                "ፖለቲካዊ ሰልፍታት",
            ]),
            ("heading", "ኣባልነት"),
            ("paragraph", "<p>ብምምዝጋብ ኣባል ትኾኑ፣ መብዛሕትኡ ግዜ ድማ ክፍሊት ኣባልነት ትኸፍሉ። እቲ ክፍሊት መብዛሕትኡ ግዜ "
                          "ትሑት እዩ፣ ማሕበር ባዕሉ ድማ ይውስኖ። ከም ኣባል ኣብ ንጥፈታት ክትሳተፉ ትኽእሉ፣ ኣብ ኣመሓድራ ማሕበር "
                          "ጽልዋ ንምግባር ድማ መሰል ኣለኩም።</p>"),
            ("heading", "ዓመታዊ ኣኼባ ይውስን"),
            ("paragraph", "<p>ማሕበር ኣብ ዓመት ሓንሳብ <b>ዓመታዊ ኣኼባ</b> (årsmöte) የካይድ። ኩሎም ኣባላት ክመጹ ይኽእሉ፣ "
                          "ነፍሲ ወከፍ ኣባል ድማ ሓደ ድምጺ ኣለዎ። ኣብ ዓመታዊ ኣኼባ ኣባላት ንስራሕ ናይቲ ዓመት ዝመርሕ <b>ቦርድ</b> "
                          "(styrelse) ይመርጹ። እንታይ ከም ዘጋጠመን ገንዘብ ብኸመይ ከም ዝወዓለን ድማ ይግምግሙ። ደሞክራሲ ኣብ ማሕበር "
                          "ከምዚ እያ እትሰርሕ፦ ኣባላት ብሓባር ይውስኑ።</p>"),
            ("callout", {"tone": "info", "text": "ማሕበራት ቋንቋ ሽወደን ንምምሃር፣ ሓደስቲ ኣዕሩኽ ንምርካብን ኣብ ቨስተሮስ "
                                                 "ዝነብሩ ሰባት ንምፍላጥን ጽቡቕ መንገዲ እየን።"}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "ብዛዕባ ሕብረተሰብ ሽወደን ብብዙሓት ቋንቋታት ዝቐረበ ሓበሬታ።"}),
        ],
        "uk": [
            ("heading", "Група зі спільною метою"),
            ("paragraph", "<p><b>Некомерційне об'єднання</b> (ideell förening) — це спільнота людей, які хочуть робити "
                          "щось разом, наприклад займатися спортом, співати в хорі, допомагати іншим або зустрічатися з "
                          "людьми зі своєї країни. Об'єднання працює не для того, щоб заробляти гроші для своїх членів. "
                          "Кошти, які воно отримує, йдуть на його діяльність.</p>"),
            ("heading", "Приклади об'єднань"),
            ("bullets", [
                "Спортивні клуби для дітей і дорослих",
                "Культурні об'єднання та об'єднання людей з певної країни",
                "Об'єднання орендарів і батьківські об'єднання",
                "Волонтерські організації, що допомагають людям, наприклад Червоний Хрест (Röda Korset)",
                "Політичні партії",
            ]),
            ("heading", "Членство"),
            ("paragraph", "<p>Ви стаєте членом, коли реєструєтеся, і часто сплачуєте членський внесок. Зазвичай внесок "
                          "невеликий, і його встановлює саме об'єднання. Як член ви можете брати участь у заходах і маєте "
                          "право впливати на те, як керують об'єднанням.</p>"),
            ("heading", "Рішення ухвалюють річні збори"),
            ("paragraph", "<p>Раз на рік об'єднання проводить <b>річні збори</b> (årsmöte). Прийти можуть усі члени, і "
                          "кожен має один голос. На річних зборах члени обирають <b>правління</b> (styrelse), яке керує "
                          "роботою протягом року. Також вони обговорюють, що відбулося і як було витрачено гроші. Так "
                          "працює демократія в об'єднанні: члени вирішують разом.</p>"),
            ("callout", {"tone": "info", "text": "Об'єднання — гарний спосіб вивчати шведську мову, знайти нових друзів "
                                                 "і познайомитися з людьми, які живуть у Вестеросі."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Інформація про шведське суспільство кількома мовами."}),
        ],
        "ru": [
            ("heading", "Группа с общей целью"),
            ("paragraph", "<p><b>Некоммерческое объединение</b> (ideell förening) — это сообщество людей, которые хотят "
                          "что-то делать вместе, например заниматься спортом, петь в хоре, помогать другим или встречаться "
                          "с людьми из своей страны. Объединение работает не для того, чтобы зарабатывать деньги для "
                          "своих членов. Полученные средства идут на его деятельность.</p>"),
            ("heading", "Примеры объединений"),
            ("bullets", [
                "Спортивные клубы для детей и взрослых",
                "Культурные объединения и объединения выходцев из определённой страны",
                "Объединения квартиросъёмщиков и родительские объединения",
                "Волонтёрские организации, которые помогают людям, например Красный Крест (Röda Korset)",
                "Политические партии",
            ]),
            ("heading", "Членство"),
            ("paragraph", "<p>Вы становитесь членом, когда записываетесь, и часто платите членский взнос. Обычно взнос "
                          "небольшой, и его устанавливает само объединение. Как член вы можете участвовать в мероприятиях "
                          "и имеете право влиять на то, как управляется объединение.</p>"),
            ("heading", "Решает ежегодное собрание"),
            ("paragraph", "<p>Раз в год объединение проводит <b>ежегодное собрание</b> (årsmöte). Прийти могут все "
                          "члены, и у каждого один голос. На собрании члены выбирают <b>правление</b> (styrelse), которое "
                          "руководит работой в течение года. Также они обсуждают, что произошло и как были потрачены "
                          "деньги. Так работает демократия в объединении: члены решают вместе.</p>"),
            ("callout", {"tone": "info", "text": "Объединения — хороший способ учить шведский язык, найти новых друзей и "
                                                 "познакомиться с людьми, которые живут в Вестеросе."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Информация о шведском обществе на нескольких языках."}),
        ],
        "tr": [
            ("heading", "Ortak bir amacı olan grup"),
            ("paragraph", "<p><b>Kâr amacı gütmeyen dernek</b> (ideell förening), birlikte bir şey yapmak isteyen "
                          "insanların oluşturduğu bir topluluktur; örneğin spor yapmak, koroda şarkı söylemek, başkalarına "
                          "yardım etmek ya da aynı ülkeden gelen insanlarla buluşmak. Dernek üyelerine para kazandırmak "
                          "için çalışmaz. Derneğe gelen para faaliyetleri için kullanılır.</p>"),
            ("heading", "Dernek örnekleri"),
            ("bullets", [
                "Çocuklar ve yetişkinler için spor kulüpleri",
                "Kültür dernekleri ve belirli bir ülkeden gelen insanların dernekleri",
                "Kiracı dernekleri ve veli dernekleri",
                "İnsanlara yardım eden gönüllü kuruluşlar, örneğin Kızılhaç (Röda Korset)",
                "Siyasi partiler",
            ]),
            ("heading", "Üyelik"),
            ("paragraph", "<p>Kaydolarak üye olursunuz ve çoğu zaman bir üyelik aidatı ödersiniz. Aidat genellikle "
                          "düşüktür ve derneğin kendisi tarafından belirlenir. Üye olarak etkinliklere katılabilir ve "
                          "derneğin nasıl yönetildiğini etkileme hakkına sahip olursunuz.</p>"),
            ("heading", "Yıllık genel kurul karar verir"),
            ("paragraph", "<p>Dernek yılda bir kez <b>yıllık genel kurul</b> (årsmöte) toplar. Tüm üyeler katılabilir ve "
                          "her üyenin bir oyu vardır. Genel kurulda üyeler, yıl boyunca çalışmaları yürüten bir "
                          "<b>yönetim kurulu</b> (styrelse) seçer. Ayrıca neler olduğunu ve paranın nasıl harcandığını "
                          "gözden geçirirler. Bir dernekte demokrasi böyle işler: üyeler birlikte karar verir.</p>"),
            ("callout", {"tone": "info", "text": "Dernekler İsveççe öğrenmek, yeni arkadaşlar edinmek ve Västerås'ta "
                                                 "yaşayan insanları tanımak için iyi bir yoldur."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Birçok dilde İsveç toplumu hakkında bilgi."}),
        ],
    },
}

STUDY_ASSOCIATIONS = {
    "title": {
        "sv": "Studieförbund och folkhögskola",
        "en": "Study associations and folk high schools",
        "ar": "الجمعيات التعليمية والمدارس الشعبية العليا",
        "fa": "انجمن‌های آموزشی و مدارس عالی مردمی",
        "so": "Ururrada waxbarashada iyo dugsiyada sare ee dadweynaha",
        "ti": "ማሕበራት ትምህርትን ህዝባዊ ላዕለዋይ ቤት ትምህርትን",
        "uk": "Освітні спілки та народні вищі школи",
    },
    "slug": {
        "sv": "studieforbund-och-folkhogskola",
        "en": "study-associations-and-folk-high-schools",
        "ar": "study-associations-and-folk-high-schools",
        "fa": "study-associations-and-folk-high-schools",
        "so": "ururrada-waxbarashada",
        "ti": "study-associations-and-folk-high-schools",
        "uk": "study-associations-and-folk-high-schools",
    },
    "intro": {
        "sv": "Du kan lära dig nya saker hela livet. Studieförbund och folkhögskolor ordnar utbildning för vuxna, "
              "ofta gratis eller billigt.",
        "en": "You can keep learning all your life. Study associations and folk high schools offer education for "
              "adults, often free or cheap.",
        "ar": "يمكنك أن تتعلّم أشياء جديدة طوال حياتك. تقدّم الجمعيات التعليمية والمدارس الشعبية العليا تعليمًا "
              "للكبار، غالبًا مجانًا أو بتكلفة منخفضة.",
        "fa": "می‌توانید در تمام زندگی چیزهای تازه یاد بگیرید. انجمن‌های آموزشی و مدارس عالی مردمی برای بزرگسالان "
              "آموزش برگزار می‌کنند که اغلب رایگان یا ارزان است.",
        "so": "Nolosha oo dhan waad wax baran kartaa. Ururrada waxbarashada iyo dugsiyada sare ee dadweynaha waxay "
              "dadka waaweyn siiyaan waxbarasho, inta badan bilaash ama qiimo jaban.",
        "ti": "ኣብ ምሉእ ህይወትኩም ሓደስቲ ነገራት ክትመሃሩ ትኽእሉ ኢኹም። ማሕበራት ትምህርትን ህዝባዊ ላዕለዋይ ኣብያተ "
              "ትምህርትን ንዓበይቲ ትምህርቲ የዳልዋ፣ መብዛሕትኡ ግዜ ብናጻ ወይ ብሕሱር ዋጋ።",
        "uk": "Навчатися можна все життя. Освітні спілки та народні вищі школи пропонують навчання для дорослих, "
              "часто безкоштовно або недорого.",
    },
    "body": {
        "sv": [
            ("heading", "Vad är ett studieförbund?"),
            ("paragraph", "<p>Ett studieförbund är en organisation för <b>folkbildning</b>. Studieförbunden ordnar "
                          "studiecirklar, kurser och kulturprogram för vuxna. De får bidrag från det allmänna, och därför "
                          "är många aktiviteter gratis eller kostar lite. Du behöver inga betyg för att vara med.</p>"),
            ("heading", "Studiecirkeln"),
            ("paragraph", "<p>En studiecirkel är en liten grupp som träffas flera gånger för att lära sig något "
                          "tillsammans. En cirkelledare håller ihop gruppen, men deltagarna hjälper också varandra. Det "
                          "finns cirklar i till exempel svenska, data, matlagning, musik och föreningskunskap. Du kan "
                          "också starta en egen cirkel med dina vänner och få stöd av ett studieförbund.</p>"),
            ("heading", "Några studieförbund"),
            ("paragraph", "<p>Det finns flera studieförbund i Sverige, och många av dem har verksamhet i Västerås. "
                          "Några exempel:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "Folkhögskola"),
            ("paragraph", "<p>En folkhögskola är en skola för vuxna. Själva utbildningen är avgiftsfri, men du kan "
                          "behöva betala för material, mat eller boende. På en <b>allmän kurs</b> kan du läsa in "
                          "ämnen från grundskolan och gymnasiet och bli behörig att söka till högskolan. Det finns också "
                          "särskilda kurser, till exempel i musik, konst eller hantverk. Många som går på folkhögskola "
                          "har rätt till studiemedel från CSN.</p>"),
            ("callout", {"tone": "info", "text": "I Västerås finns bland annat Västerås folkhögskola. På biblioteket "
                                                 "kan du få hjälp att hitta kurser nära dig."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Om utbildning för vuxna i Sverige, på flera språk."}),
        ],
        "en": [
            ("heading", "What is a study association?"),
            ("paragraph", "<p>A study association (studieförbund) is an organisation for <b>popular adult "
                          "education</b> (folkbildning). Study associations run study circles, courses and cultural "
                          "events for adults. They receive public funding, so many activities are free or cost little. "
                          "You do not need any grades to take part.</p>"),
            ("heading", "The study circle"),
            ("paragraph", "<p>A study circle (studiecirkel) is a small group that meets several times to learn "
                          "something together. A circle leader keeps the group together, but the participants also help "
                          "each other. There are circles in, for example, Swedish, computers, cooking, music and how "
                          "associations work. You can also start your own circle with your friends and get support from "
                          "a study association.</p>"),
            ("heading", "Some study associations"),
            ("paragraph", "<p>There are several study associations in Sweden, and many of them are active in "
                          "Västerås. Some examples:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "Folk high school"),
            ("paragraph", "<p>A folk high school (folkhögskola) is a school for adults. The education itself is free "
                          "of charge, but you may have to pay for materials, food or accommodation. On a <b>general "
                          "course</b> (allmän kurs) you can study subjects from compulsory and upper secondary school "
                          "and become eligible to apply to university. There are also special courses, for example in "
                          "music, art or crafts. Many folk high school students are entitled to student finance from "
                          "CSN.</p>"),
            ("callout", {"tone": "info", "text": "Västerås has, among others, Västerås folkhögskola. At the library you "
                                                 "can get help finding courses near you."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "About education for adults in Sweden, in several languages."}),
        ],
        "ar": [
            ("heading", "ما هي الجمعية التعليمية؟"),
            ("paragraph", "<p>الجمعية التعليمية (studieförbund) منظمة تعمل في مجال <b>التعليم الشعبي</b> "
                          "(folkbildning). تنظّم الجمعيات التعليمية حلقات دراسية ودورات وبرامج ثقافية للكبار. وهي "
                          "تحصل على دعم مالي عام، ولذلك فإن كثيرًا من الأنشطة مجانية أو قليلة التكلفة. لا تحتاج إلى "
                          "شهادات أو علامات للمشاركة.</p>"),
            ("heading", "الحلقة الدراسية"),
            ("paragraph", "<p>الحلقة الدراسية (studiecirkel) مجموعة صغيرة تلتقي عدة مرات لتتعلّم شيئًا معًا. يقوم "
                          "قائد الحلقة بتنظيم المجموعة، لكن المشاركين يساعد بعضهم بعضًا أيضًا. توجد حلقات مثلًا في "
                          "اللغة السويدية والحاسوب والطبخ والموسيقى والعمل في الجمعيات. ويمكنك أيضًا أن تبدأ حلقتك "
                          "الخاصة مع أصدقائك وتحصل على دعم من جمعية تعليمية.</p>"),
            ("heading", "بعض الجمعيات التعليمية"),
            ("paragraph", "<p>توجد في السويد عدة جمعيات تعليمية، وكثير منها يعمل في فستروس. بعض الأمثلة:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "المدرسة الشعبية العليا"),
            ("paragraph", "<p>المدرسة الشعبية العليا (folkhögskola) مدرسة للكبار. التعليم نفسه مجاني، لكن قد تحتاج "
                          "إلى دفع تكاليف المواد أو الطعام أو السكن. في <b>الدورة العامة</b> (allmän kurs) يمكنك دراسة "
                          "مواد المدرسة الأساسية والثانوية والحصول على الأهلية للتقديم إلى الجامعة. وتوجد أيضًا دورات "
                          "خاصة، مثلًا في الموسيقى أو الفن أو الحِرف اليدوية. كثير من طلاب هذه المدارس يحق لهم الحصول "
                          "على دعم دراسي من CSN (هيئة الدعم الدراسي).</p>"),
            ("callout", {"tone": "info", "text": "توجد في فستروس مدارس منها Västerås folkhögskola. ويمكنك في المكتبة "
                                                 "الحصول على مساعدة في إيجاد دورات قريبة منك."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "عن تعليم الكبار في السويد، بعدة لغات."}),
        ],
        "fa": [
            ("heading", "انجمن آموزشی چیست؟"),
            ("paragraph", "<p>انجمن آموزشی (studieförbund) سازمانی برای <b>آموزش مردمی</b> (folkbildning) است. "
                          "انجمن‌های آموزشی برای بزرگسالان حلقه‌های مطالعه، دوره‌ها و برنامه‌های فرهنگی برگزار می‌کنند. "
                          "آن‌ها از بودجهٔ عمومی کمک می‌گیرند و به همین دلیل بسیاری از فعالیت‌ها رایگان یا ارزان است. "
                          "برای شرکت به مدرک یا نمره نیازی ندارید.</p>"),
            ("heading", "حلقهٔ مطالعه"),
            ("paragraph", "<p>حلقهٔ مطالعه (studiecirkel) گروه کوچکی است که چند بار دور هم جمع می‌شود تا با هم چیزی "
                          "یاد بگیرد. یک رهبر حلقه گروه را هماهنگ می‌کند، اما شرکت‌کنندگان هم به یکدیگر کمک می‌کنند. "
                          "مثلاً حلقه‌هایی برای زبان سوئدی، کامپیوتر، آشپزی، موسیقی و کار انجمنی وجود دارد. شما "
                          "همچنین می‌توانید با دوستانتان حلقهٔ خودتان را راه بیندازید و از یک انجمن آموزشی پشتیبانی "
                          "بگیرید.</p>"),
            ("heading", "چند انجمن آموزشی"),
            ("paragraph", "<p>در سوئد چند انجمن آموزشی وجود دارد و بسیاری از آن‌ها در وستروس فعال‌اند. چند نمونه:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "مدرسهٔ عالی مردمی"),
            ("paragraph", "<p>مدرسهٔ عالی مردمی (folkhögskola) مدرسه‌ای برای بزرگسالان است. خود آموزش رایگان است، اما "
                          "ممکن است لازم باشد هزینهٔ مواد آموزشی، غذا یا محل اقامت را بپردازید. در <b>دورهٔ عمومی</b> "
                          "(allmän kurs) می‌توانید درس‌های دبستان و دبیرستان را بخوانید و شرایط درخواست برای دانشگاه را "
                          "به دست آورید. دوره‌های ویژه هم وجود دارد، مثلاً در موسیقی، هنر یا صنایع دستی. بسیاری از "
                          "دانش‌آموزان این مدارس حق دریافت کمک‌هزینهٔ تحصیلی از CSN (ادارهٔ کمک‌هزینهٔ تحصیلی) را "
                          "دارند.</p>"),
            ("callout", {"tone": "info", "text": "در وستروس از جمله Västerås folkhögskola وجود دارد. در کتابخانه "
                                                 "می‌توانید برای پیدا کردن دوره‌های نزدیک خود کمک بگیرید."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "دربارهٔ آموزش بزرگسالان در سوئد، به چند زبان."}),
        ],
        "so": [
            ("heading", "Waa maxay urur waxbarasho?"),
            ("paragraph", "<p>Urur waxbarasho (studieförbund) waa hay'ad u shaqeysa <b>waxbarashada dadweynaha</b> "
                          "(folkbildning). Ururrada waxbarashadu waxay dadka waaweyn u qabtaan goobo waxbarasho, "
                          "koorsooyin iyo barnaamijyo dhaqan. Waxay helaan taageero dowladeed, sidaas darteed hawlo badan "
                          "waa bilaash ama qiimo yar. Uma baahnid shahaado si aad uga qayb gasho.</p>"),
            ("heading", "Goobta waxbarashada (studiecirkel)"),
            ("paragraph", "<p>Studiecirkel waa koox yar oo dhowr jeer kulanta si ay wax u wada bartaan. Hoggaamiye "
                          "ayaa kooxda isku haya, laakiin ka qaybgalayaashu sidoo kale way is caawiyaan. Waxaa jira kooxo "
                          "ku saabsan tusaale ahaan iswiidhishka, kombiyuutarka, karinta cuntada, muusigga iyo sida "
                          "ururrada loo maamulo. Sidoo kale waxaad asxaabtaada la bilaabi kartaa koox adiga kuu gaar ah, "
                          "waxaadna taageero ka heli kartaa urur waxbarasho.</p>"),
            ("heading", "Qaar ka mid ah ururrada waxbarashada"),
            ("paragraph", "<p>Iswiidhan waxaa ku yaal dhowr urur waxbarasho, qaar badan oo ka mid ahna waxay ka "
                          "shaqeeyaan Västerås. Tusaalooyin:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "Dugsiga sare ee dadweynaha (folkhögskola)"),
            ("paragraph", "<p>Folkhögskola waa dugsi loogu talagalay dadka waaweyn. Waxbarashada lafteedu waa bilaash, "
                          "laakiin waxaa laga yaabaa inaad bixiso qalabka, cuntada ama hoyga. <b>Koorsada guud</b> "
                          "(allmän kurs) waxaad ku baran kartaa maaddooyinka dugsiga hoose iyo dugsiga sare, waxaadna "
                          "heli kartaa shuruudaha looga baahan yahay in jaamacad la codsado. Waxaa kale oo jira koorsooyin "
                          "gaar ah, tusaale ahaan muusig, farshaxan ama gacan-ku-samays. Arday badan oo dhigta folkhögskola "
                          "waxay xaq u leeyihiin kaalmada waxbarashada ee CSN.</p>"),
            ("callout", {"tone": "info", "text": "Västerås waxaa ku yaal dugsiyo ay ka mid tahay Västerås folkhögskola. "
                                                 "Maktabadda waxaad ka heli kartaa caawimaad aad ku hesho koorsooyin "
                                                 "kuu dhow."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Ku saabsan waxbarashada dadka waaweyn ee Iswiidhan, luqado badan."}),
        ],
        "ti": [
            ("heading", "ማሕበር ትምህርቲ እንታይ እዩ?"),
            ("paragraph", "<p>ማሕበር ትምህርቲ (studieförbund) ን<b>ህዝባዊ ትምህርቲ</b> (folkbildning) ዝሰርሕ ትካል እዩ። "
                          "ማሕበራት ትምህርቲ ንዓበይቲ ጉጅለታት መጽናዕቲ፣ ኮርስታትን ባህላዊ መደባትን የዳልዋ። ካብ ህዝባዊ ገንዘብ "
                          "ሓገዝ ስለ ዝረኽባ፣ ብዙሓት ንጥፈታት ብናጻ ወይ ብሕሱር ዋጋ እዮም። ንምስታፍ ምስክር ወረቐት ወይ ነጥቢ "
                          "ኣየድልየኩምን።</p>"),
            ("heading", "ጉጅለ መጽናዕቲ"),
            ("paragraph", "<p>ጉጅለ መጽናዕቲ (studiecirkel) ሓደ ነገር ብሓባር ንምምሃር ብዙሕ ግዜ ዝራኸብ ንእሽቶ ጉጅለ እዩ። "
                          "መራሒ ጉጅለ ነቲ ጉጅለ የወሃህድ፣ ተሳተፍቲ ግን ሓድሕዶም እውን ይተሓጋገዙ። ንኣብነት ኣብ ቋንቋ ሽወደን፣ "
                          "ኮምፒዩተር፣ ምድላው መግቢ፣ ሙዚቃን ኣሰራርሓ ማሕበራትን ጉጅለታት ኣለዋ። ምስ ኣዕሩኽኹም ናይ ባዕልኹም "
                          "ጉጅለ ክትጅምሩን ካብ ማሕበር ትምህርቲ ደገፍ ክትረኽቡን ትኽእሉ ኢኹም።</p>"),
            ("heading", "ገለ ማሕበራት ትምህርቲ"),
            ("paragraph", "<p>ኣብ ሽወደን ብዙሓት ማሕበራት ትምህርቲ ኣለዋ፣ ብዙሓት ካብኣተን ድማ ኣብ ቨስተሮስ ይሰርሓ። "
                          "ገለ ኣብነታት፦</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "ህዝባዊ ላዕለዋይ ቤት ትምህርቲ (folkhögskola)"),
            ("paragraph", "<p>Folkhögskola ንዓበይቲ ዝኸውን ቤት ትምህርቲ እዩ። እቲ ትምህርቲ ባዕሉ ብናጻ እዩ፣ ግን ንናውቲ "
                          "ትምህርቲ፣ መግቢ ወይ መንበሪ ክትከፍሉ ትኽእሉ ኢኹም። ኣብ <b>ሓፈሻዊ ኮርስ</b> (allmän kurs) ዓይነታት "
                          "ትምህርቲ መባእታውን ካልኣይ ደረጃን ክትመሃሩን ንዩኒቨርሲቲ ንምሕታት ብቑዓት ክትኮኑን ትኽእሉ። ከምኡ'ውን "
                          "ፍሉያት ኮርስታት ኣለዉ፣ ንኣብነት ሙዚቃ፣ ስነ-ጥበብ ወይ ኢደ-ጥበብ። ብዙሓት ተመሃሮ ካብ CSN ሓገዝ "
                          "ትምህርቲ ክረኽቡ መሰል ኣለዎም።</p>"),
            ("callout", {"tone": "info", "text": "ኣብ ቨስተሮስ ካብ ካልኦት ሓሊፉ Västerås folkhögskola ኣሎ። ኣብ ቤት "
                                                 "መጻሕፍቲ ኣብ ጥቓኹም ዘለዉ ኮርስታት ንምርካብ ሓገዝ ክትረኽቡ ትኽእሉ።"}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "ብዛዕባ ትምህርቲ ዓበይቲ ኣብ ሽወደን፣ ብብዙሓት ቋንቋታት።"}),
        ],
        "uk": [
            ("heading", "Що таке освітня спілка?"),
            ("paragraph", "<p>Освітня спілка (studieförbund) — це організація <b>народної освіти</b> (folkbildning). "
                          "Освітні спілки проводять навчальні гуртки, курси та культурні заходи для дорослих. Вони "
                          "отримують державне фінансування, тому багато занять безкоштовні або коштують недорого. Для "
                          "участі не потрібні жодні оцінки чи дипломи.</p>"),
            ("heading", "Навчальний гурток"),
            ("paragraph", "<p>Навчальний гурток (studiecirkel) — це невелика група, яка збирається кілька разів, щоб "
                          "разом чогось навчитися. Керівник гуртка організовує роботу, але учасники також допомагають "
                          "одне одному. Є гуртки, наприклад, зі шведської мови, комп'ютера, кулінарії, музики та роботи "
                          "об'єднань. Ви також можете створити власний гурток із друзями й отримати підтримку освітньої "
                          "спілки.</p>"),
            ("heading", "Деякі освітні спілки"),
            ("paragraph", "<p>У Швеції є кілька освітніх спілок, і багато з них працюють у Вестеросі. Кілька "
                          "прикладів:</p>"),
            ("bullets", [
                "ABF",
                "Bilda",
                "Folkuniversitetet",
                "Ibn Rushd",
                "Medborgarskolan",
                "NBV",
                "Sensus",
                "Studiefrämjandet",
                "Studieförbundet Vuxenskolan",
            ]),
            ("heading", "Народна вища школа"),
            ("paragraph", "<p>Народна вища школа (folkhögskola) — це школа для дорослих. Саме навчання безкоштовне, але "
                          "іноді потрібно платити за матеріали, харчування або проживання. На <b>загальному курсі</b> "
                          "(allmän kurs) можна вивчати предмети основної та старшої школи й отримати право вступати до "
                          "університету. Є також спеціальні курси, наприклад з музики, мистецтва або ремесел. Багато "
                          "студентів мають право на фінансову допомогу на навчання від CSN.</p>"),
            ("callout", {"tone": "info", "text": "У Вестеросі є, зокрема, Västerås folkhögskola. У бібліотеці вам "
                                                 "допоможуть знайти курси поблизу."}),
            ("link", {"title": "Information Sverige", "url": INFORMATION_SVERIGE,
                      "description": "Про освіту для дорослих у Швеції, кількома мовами."}),
        ],
    },
}

STARTING_AN_ASSOCIATION = {
    "title": {
        "sv": "Starta en förening",
        "en": "Starting an association",
    },
    "slug": {
        "sv": "starta-en-forening",
        "en": "starting-an-association",
    },
    "intro": {
        "sv": "Vill du och några andra göra något tillsammans? Så här bildar ni en ideell förening och får ett "
              "organisationsnummer.",
        "en": "Do you and some others want to do something together? This is how you form a non-profit association "
              "and get an organisation number.",
    },
    "body": {
        "sv": [
            ("heading", "Det behövs inte mycket"),
            ("paragraph", "<p>Om du och några andra vill göra något tillsammans kan ni bilda en ideell förening. Det "
                          "finns ingen särskild lag om hur en ideell förening ska se ut, men några saker behöver alla "
                          "föreningar för att kunna fungera och samarbeta med till exempel banker och kommunen.</p>"),
            ("heading", "Så bildar ni föreningen"),
            ("bullets", [
                "Håll ett första möte, ett bildandemöte, där ni beslutar att föreningen ska bildas.",
                "Anta stadgar, alltså föreningens regler.",
                "Välj en styrelse, till exempel ordförande, kassör och sekreterare.",
                "Skriv protokoll från mötet och låt två av deltagarna justera det.",
            ]),
            ("heading", "Vad står i stadgarna?"),
            ("paragraph", "<p>Stadgarna beskriver föreningens namn, syfte och säte (den ort där föreningen finns), vem "
                          "som kan bli medlem, hur styrelsen väljs, vilket räkenskapsår föreningen har, när årsmötet ska "
                          "hållas och hur stadgarna kan ändras eller föreningen upplösas.</p>"),
            ("heading", "Organisationsnummer och bankkonto"),
            ("paragraph", "<p>För att kunna öppna ett bankkonto och söka bidrag behöver föreningen ett "
                          "<b>organisationsnummer</b>. Det ansöker ni om hos Skatteverket. Skicka med stadgarna och "
                          "protokollet från bildandemötet.</p>"),
            ("heading", "Stöd till nya föreningar"),
            ("paragraph", "<p>Studieförbunden kan hjälpa er med utbildning i hur en förening fungerar, till exempel "
                          "hur man leder ett möte och sköter ekonomin. Kommunen ger ofta bidrag till föreningar som "
                          "uppfyller vissa villkor. Läs om vad som gäller i Västerås på vasteras.se.</p>"),
            ("link", {"title": "Skatteverket", "url": "https://www.skatteverket.se/",
                      "description": "Ansök om organisationsnummer för en ideell förening."}),
            ("link", {"title": "Västerås stad", "url": "https://www.vasteras.se/",
                      "description": "Information om stöd till föreningar i Västerås."}),
        ],
        "en": [
            ("heading", "It does not take much"),
            ("paragraph", "<p>If you and some others want to do something together, you can form a non-profit "
                          "association. There is no specific law on what a non-profit association must look like, but "
                          "every association needs a few things to work and to deal with, for example, banks and the "
                          "municipality.</p>"),
            ("heading", "How to form the association"),
            ("bullets", [
                "Hold a first meeting, a founding meeting, where you decide to form the association.",
                "Adopt statutes (stadgar), the association's rules.",
                "Elect a board, for example a chair, a treasurer and a secretary.",
                "Write minutes of the meeting and have two of the participants check and sign them.",
            ]),
            ("heading", "What do the statutes say?"),
            ("paragraph", "<p>The statutes describe the association's name, purpose and seat (the place where it is "
                          "based), who can become a member, how the board is elected, the association's financial year, "
                          "when the annual meeting is held and how the statutes can be changed or the association "
                          "dissolved.</p>"),
            ("heading", "Organisation number and bank account"),
            ("paragraph", "<p>To open a bank account and apply for grants, the association needs an <b>organisation "
                          "number</b> (organisationsnummer). You apply for it at Skatteverket, the Swedish Tax Agency. "
                          "Send the statutes and the minutes of the founding meeting with the application.</p>"),
            ("heading", "Support for new associations"),
            ("paragraph", "<p>Study associations can train you in how an association works, for example how to chair a "
                          "meeting and keep the accounts. The municipality often gives grants to associations that meet "
                          "certain conditions. Read what applies in Västerås on vasteras.se.</p>"),
            ("link", {"title": "Skatteverket", "url": "https://www.skatteverket.se/",
                      "description": "Apply for an organisation number for a non-profit association."}),
            ("link", {"title": "Västerås stad", "url": "https://www.vasteras.se/",
                      "description": "Information about support for associations in Västerås."}),
        ],
    },
}

TOPIC = {
    "focus_area": "associations",
    "title": {
        "sv": "Föreningsliv",
        "sv-x-simple": "Föreningar",
        "en": "Associations",
        "ar": "الجمعيات",
        "fa": "انجمن‌ها",
        "prs": "انجمن‌ها",
        "ps": "ټولنې",
        "ckb": "کۆمەڵەکان",
        "so": "Ururrada",
        "ti": "ማሕበራት",
        "uk": "Громадські об'єднання",
        "ru": "Общественные объединения",
        "tr": "Dernekler",
    },
    "slug": {
        "sv": "foreningsliv",
        "sv-x-simple": "foreningar",
        "en": "associations",
        "ar": "associations",
        "fa": "associations",
        "prs": "associations",
        "ps": "associations",
        "ckb": "associations",
        "so": "ururrada",
        "ti": "associations",
        "uk": "associations",
        "ru": "associations",
        "tr": "dernekler",
    },
    "intro": {
        "sv": "Föreningar gör det lätt att träffa människor, lära sig svenska och vara med och bestämma. Läs hur "
              "föreningar fungerar och var du kan studera på fritiden.",
        "sv-x-simple": "I en förening kan du träffa nya människor. Här kan du läsa om föreningar och kurser.",
        "en": "Associations make it easy to meet people, learn Swedish and have a say. Read how associations work and "
              "where you can study in your free time.",
        "ar": "تسهّل الجمعيات التعرّف على الناس وتعلّم اللغة السويدية والمشاركة في اتخاذ القرار. اقرأ كيف تعمل "
              "الجمعيات وأين يمكنك الدراسة في وقت فراغك.",
        "fa": "انجمن‌ها آشنایی با مردم، یادگیری زبان سوئدی و مشارکت در تصمیم‌گیری را آسان می‌کنند. بخوانید انجمن‌ها "
              "چگونه کار می‌کنند و در اوقات فراغت کجا می‌توانید درس بخوانید.",
        "prs": "انجمن‌ها آشنایی با مردم، آموختن زبان سویدنی و سهم گرفتن در تصمیم‌ها را آسان می‌سازند. بخوانید که "
               "انجمن‌ها چگونه کار می‌کنند و در وقت فارغ کجا می‌توانید درس بخوانید.",
        "ps": "ټولنې له خلکو سره پېژندګلوي، د سویډني ژبې زده کړه او په پرېکړو کې ونډه اخیستل اسانوي. ولولئ چې ټولنې "
              "څنګه کار کوي او په وزګار وخت کې چېرته زده کړه کولی شئ.",
        "ckb": "کۆمەڵەکان ناسینی خەڵک، فێربوونی زمانی سویدی و بەشداریکردن لە بڕیاردان ئاسان دەکەن. بخوێنەوە کە "
               "کۆمەڵەکان چۆن کار دەکەن و لە کاتی پشوودا لە کوێ دەتوانیت بخوێنیت.",
        "so": "Ururradu waxay fududeeyaan la kulanka dadka, barashada iswiidhishka iyo ka qaybgalka go'aamada. Akhri "
              "sida ururradu u shaqeeyaan iyo meesha aad wax ku baran karto waqtigaaga firaaqada.",
        "ti": "ማሕበራት ምስ ሰባት ምርኻብ፣ ቋንቋ ሽወደን ምምሃርን ኣብ ውሳኔታት ምስታፍን የቕልላ። ማሕበራት ከመይ ከም "
              "ዝሰርሓን ኣብ ግዜ ዕረፍትኹም ኣበይ ክትመሃሩ ከም እትኽእሉን ኣንብቡ።",
        "uk": "Об'єднання допомагають знайомитися з людьми, вивчати шведську мову та впливати на рішення. Дізнайтеся, "
              "як працюють об'єднання і де можна навчатися у вільний час.",
        "ru": "Общественные объединения помогают знакомиться с людьми, учить шведский язык и влиять на решения. "
              "Узнайте, как они работают и где можно учиться в свободное время.",
        "tr": "Dernekler insanlarla tanışmayı, İsveççe öğrenmeyi ve kararlara katılmayı kolaylaştırır. Derneklerin "
              "nasıl işlediğini ve boş zamanınızda nerede öğrenim görebileceğinizi okuyun.",
    },
    "articles": [WHAT_IS_AN_ASSOCIATION, STUDY_ASSOCIATIONS, STARTING_AN_ASSOCIATION],
}
