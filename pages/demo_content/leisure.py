"""Demo samhällsinformation on leisure (fritid): libraries, the right of public access, sport and youth centres."""

VASTERAS = "https://www.vasteras.se/"
NATURVARDSVERKET = "https://www.naturvardsverket.se/"

LIBRARY = {
    "title": {
        "sv": "Biblioteket är gratis för alla",
        "sv-x-simple": "Biblioteket",
        "en": "The library is free for everyone",
        "ar": "المكتبة مجانية للجميع",
        "fa": "کتابخانه برای همه رایگان است",
        "so": "Maktabaddu waa u bilaash qof kasta",
        "ti": "ቤት መጻሕፍቲ ንኹሉ ሰብ ብናጻ እዩ",
        "uk": "Бібліотека безкоштовна для всіх",
        "ru": "Библиотека бесплатна для всех",
        "tr": "Kütüphane herkes için ücretsizdir",
    },
    "slug": {
        "sv": "biblioteket",
        "sv-x-simple": "biblioteket",
        "en": "the-library",
        "ar": "the-library",
        "fa": "the-library",
        "so": "maktabadda",
        "ti": "the-library",
        "uk": "the-library",
        "ru": "the-library",
        "tr": "kutuphane",
    },
    "intro": {
        "sv": "På biblioteket kan du låna böcker på många språk, använda datorer och wifi och få hjälp – utan att "
              "betala något.",
        "sv-x-simple": "Biblioteket är gratis. Där kan du låna böcker och använda datorer.",
        "en": "At the library you can borrow books in many languages, use computers and wifi and get help – without "
              "paying anything.",
        "ar": "في المكتبة يمكنك استعارة كتب بلغات كثيرة واستخدام الحواسيب والإنترنت اللاسلكي والحصول على المساعدة، "
              "دون أن تدفع شيئًا.",
        "fa": "در کتابخانه می‌توانید کتاب‌هایی به زبان‌های مختلف امانت بگیرید، از کامپیوتر و وای‌فای استفاده کنید و "
              "کمک بگیرید، بدون اینکه پولی بپردازید.",
        "so": "Maktabadda waxaad ka amaahan kartaa buugaag luqado badan ku qoran, waxaad isticmaali kartaa "
              "kombiyuutarro iyo wifi, waxaadna heli kartaa caawimaad, adigoon waxba bixin.",
        "ti": "ኣብ ቤት መጻሕፍቲ ብብዙሓት ቋንቋታት መጻሕፍቲ ክትልቅሑ፣ ኮምፒዩተርን ዋይፋይን ክትጥቀሙን ሓገዝ ክትረኽቡን "
              "ትኽእሉ ኢኹም፣ ዋላ ሓንቲ ከይከፈልኩም።",
        "uk": "У бібліотеці можна позичати книжки багатьма мовами, користуватися комп'ютерами та wifi й отримати "
              "допомогу — і нічого не платити.",
        "ru": "В библиотеке можно брать книги на многих языках, пользоваться компьютерами и wifi и получить помощь — "
              "ничего не платя.",
        "tr": "Kütüphanede birçok dilde kitap ödünç alabilir, bilgisayar ve wifi kullanabilir ve yardım alabilirsiniz; "
              "hiçbir ücret ödemeden.",
    },
    "body": {
        "sv": [
            ("heading", "En plats för alla"),
            ("paragraph", "<p>Biblioteken i Sverige är öppna för alla, och det kostar ingenting att gå dit. Du behöver "
                          "inget kort för att sitta och läsa, plugga eller använda bibliotekets wifi. Biblioteket är "
                          "också en lugn plats där du kan träffa andra människor.</p>"),
            ("heading", "Lånekort"),
            ("paragraph", "<p>För att låna hem böcker behöver du ett <b>lånekort</b>. Kortet är gratis och du får det "
                          "på biblioteket. Ta med en legitimation. Barn kan också få ett eget lånekort.</p>"),
            ("heading", "Det här kan du göra på biblioteket"),
            ("bullets", [
                "Låna böcker, tidningar, filmer och ljudböcker",
                "Läsa böcker och tidningar på många olika språk",
                "Låna e-böcker och ljudböcker i mobilen",
                "Använda datorer och wifi",
                "Skriva ut och kopiera (det kan kosta lite)",
                "Få hjälp att hitta information, till exempel om myndigheter och utbildning",
            ]),
            ("paragraph", "<p>Många bibliotek ordnar också aktiviteter, till exempel sagostunder för barn, läxhjälp och "
                          "språkcaféer där du kan öva på att prata svenska.</p>"),
            ("heading", "Lämna tillbaka i tid"),
            ("paragraph", "<p>Du lånar en bok under en bestämd tid, ofta några veckor. Kom ihåg att lämna tillbaka den "
                          "eller låna om den. Om du tappar bort eller förstör en bok kan du behöva betala för den.</p>"),
            ("callout", {"tone": "info", "text": "Personalen på biblioteket hjälper gärna till. Fråga efter böcker på "
                                                 "ditt språk och efter böcker för dig som lär dig svenska."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Information om biblioteken i Västerås."}),
        ],
        "sv-x-simple": [
            ("heading", "Alla får gå till biblioteket"),
            ("paragraph", "<p>Det kostar inget att gå till biblioteket. Där kan du läsa och plugga. Du kan använda "
                          "datorer. Det finns också wifi.</p>"),
            ("heading", "Låna böcker"),
            ("paragraph", "<p>Du behöver ett lånekort för att låna böcker. Lånekortet är gratis. Ta med din "
                          "legitimation till biblioteket.</p>"),
            ("bullets", [
                "Böcker på många språk",
                "Böcker för barn",
                "Ljudböcker och filmer",
            ]),
            ("paragraph", "<p>Lämna tillbaka böckerna i tid.</p>"),
            ("callout", {"tone": "info", "text": "Personalen hjälper dig gärna. Fråga om du undrar något."}),
        ],
        "en": [
            ("heading", "A place for everyone"),
            ("paragraph", "<p>Libraries in Sweden are open to everyone, and it costs nothing to go there. You do not "
                          "need a card to sit and read, study or use the library's wifi. The library is also a calm "
                          "place where you can meet other people.</p>"),
            ("heading", "Library card"),
            ("paragraph", "<p>To take books home you need a <b>library card</b> (lånekort). The card is free and you get "
                          "it at the library. Bring an identity document. Children can also get their own card.</p>"),
            ("heading", "What you can do at the library"),
            ("bullets", [
                "Borrow books, newspapers, films and audiobooks",
                "Read books and newspapers in many different languages",
                "Borrow e-books and audiobooks on your phone",
                "Use computers and wifi",
                "Print and copy (this may cost a little)",
                "Get help finding information, for example about public authorities and education",
            ]),
            ("paragraph", "<p>Many libraries also hold activities, for example story times for children, homework help "
                          "and language cafés where you can practise speaking Swedish.</p>"),
            ("heading", "Return on time"),
            ("paragraph", "<p>You borrow a book for a set time, often a few weeks. Remember to return it or renew the "
                          "loan. If you lose or damage a book, you may have to pay for it.</p>"),
            ("callout", {"tone": "info", "text": "The library staff are happy to help. Ask for books in your language and "
                                                 "for books for people learning Swedish."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Information about the libraries in Västerås."}),
        ],
        "ar": [
            ("heading", "مكان للجميع"),
            ("paragraph", "<p>المكتبات في السويد مفتوحة للجميع، والذهاب إليها لا يكلّف شيئًا. لا تحتاج إلى بطاقة "
                          "لتجلس وتقرأ أو تدرس أو تستخدم الإنترنت اللاسلكي في المكتبة. والمكتبة أيضًا مكان هادئ يمكنك "
                          "فيه لقاء أشخاص آخرين.</p>"),
            ("heading", "بطاقة المكتبة"),
            ("paragraph", "<p>لاستعارة الكتب إلى البيت تحتاج إلى <b>بطاقة مكتبة</b> (lånekort). البطاقة مجانية "
                          "وتحصل عليها في المكتبة. أحضر معك وثيقة إثبات هوية. ويمكن للأطفال أيضًا الحصول على بطاقة "
                          "خاصة بهم.</p>"),
            ("heading", "ماذا يمكنك أن تفعل في المكتبة"),
            ("bullets", [
                "استعارة الكتب والصحف والأفلام والكتب الصوتية",
                "قراءة الكتب والصحف بلغات مختلفة كثيرة",
                "استعارة الكتب الإلكترونية والصوتية على هاتفك",
                "استخدام الحواسيب والإنترنت اللاسلكي",
                "الطباعة والنسخ (قد يكلّف ذلك مبلغًا صغيرًا)",
                "الحصول على مساعدة في إيجاد المعلومات، مثلًا عن الجهات الحكومية والتعليم",
            ]),
            ("paragraph", "<p>تنظّم مكتبات كثيرة أيضًا أنشطة، مثل جلسات قراءة القصص للأطفال والمساعدة في الواجبات "
                          "المدرسية ومقاهي اللغة التي يمكنك فيها التدرّب على التحدث بالسويدية.</p>"),
            ("heading", "أعِد الكتب في الموعد"),
            ("paragraph", "<p>تستعير الكتاب لمدة محددة، غالبًا بضعة أسابيع. تذكّر أن تعيده أو تجدّد الاستعارة. إذا "
                          "أضعت كتابًا أو أتلفته فقد تضطر إلى دفع ثمنه.</p>"),
            ("callout", {"tone": "info", "text": "يسعد موظفو المكتبة بمساعدتك. اسأل عن كتب بلغتك وعن كتب لمن "
                                                 "يتعلّمون السويدية."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "معلومات عن المكتبات في فستروس."}),
        ],
        "fa": [
            ("heading", "جایی برای همه"),
            ("paragraph", "<p>کتابخانه‌های سوئد به روی همه باز هستند و رفتن به آن‌ها هیچ هزینه‌ای ندارد. برای نشستن و "
                          "خواندن، درس خواندن یا استفاده از وای‌فای کتابخانه به کارت نیازی ندارید. کتابخانه همچنین "
                          "جای آرامی است که می‌توانید در آن با دیگران آشنا شوید.</p>"),
            ("heading", "کارت کتابخانه"),
            ("paragraph", "<p>برای امانت گرفتن کتاب به <b>کارت کتابخانه</b> (lånekort) نیاز دارید. این کارت رایگان "
                          "است و آن را در کتابخانه دریافت می‌کنید. مدرک شناسایی همراه داشته باشید. کودکان هم "
                          "می‌توانند کارت خودشان را داشته باشند.</p>"),
            ("heading", "در کتابخانه چه کارهایی می‌توانید بکنید"),
            ("bullets", [
                "امانت گرفتن کتاب، روزنامه، فیلم و کتاب صوتی",
                "خواندن کتاب و روزنامه به زبان‌های گوناگون",
                "امانت گرفتن کتاب الکترونیکی و صوتی در تلفن همراه",
                "استفاده از کامپیوتر و وای‌فای",
                "چاپ و کپی (ممکن است کمی هزینه داشته باشد)",
                "کمک گرفتن برای پیدا کردن اطلاعات، مثلاً دربارهٔ ادارات دولتی و تحصیل",
            ]),
            ("paragraph", "<p>بسیاری از کتابخانه‌ها برنامه‌هایی هم دارند، مثلاً قصه‌خوانی برای کودکان، کمک به تکالیف "
                          "مدرسه و کافه‌های زبان که در آن‌ها می‌توانید صحبت کردن به سوئدی را تمرین کنید.</p>"),
            ("heading", "کتاب‌ها را به موقع برگردانید"),
            ("paragraph", "<p>کتاب را برای مدت مشخصی امانت می‌گیرید، اغلب چند هفته. یادتان باشد آن را برگردانید یا "
                          "مدت امانت را تمدید کنید. اگر کتابی را گم کنید یا خراب کنید، ممکن است مجبور شوید پول آن را "
                          "بپردازید.</p>"),
            ("callout", {"tone": "info", "text": "کارکنان کتابخانه با کمال میل کمک می‌کنند. دربارهٔ کتاب‌هایی به زبان "
                                                 "خودتان و کتاب‌هایی برای کسانی که سوئدی یاد می‌گیرند بپرسید."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "اطلاعات دربارهٔ کتابخانه‌های وستروس."}),
        ],
        "so": [
            ("heading", "Meel qof kasta u furan"),
            ("paragraph", "<p>Maktabadaha Iswiidhan waa u furan yihiin qof kasta, waxna kuguma kacayso inaad tagto. "
                          "Uma baahnid kaar si aad u fadhiisato oo wax u akhrido, wax u barato ama u isticmaasho wifi-ga "
                          "maktabadda. Maktabaddu sidoo kale waa meel deggan oo aad kula kulmi karto dad kale.</p>"),
            ("heading", "Kaarka maktabadda"),
            ("paragraph", "<p>Si aad buugaag guriga ugu qaadato waxaad u baahan tahay <b>kaarka maktabadda</b> "
                          "(lånekort). Kaarku waa bilaash, waxaadna ka helaysaa maktabadda. Keen aqoonsi. Carruurta "
                          "sidoo kale waxay heli karaan kaar u gaar ah.</p>"),
            ("heading", "Waxa aad ka samayn karto maktabadda"),
            ("bullets", [
                "Amaahashada buugaag, wargeysyo, filimo iyo buugaag la dhagaysto",
                "Akhrinta buugaag iyo wargeysyo luqado badan ku qoran",
                "Amaahashada buugaag elektaroonig ah iyo kuwo la dhagaysto oo taleefanka lagu isticmaalo",
                "Isticmaalka kombiyuutarrada iyo wifi",
                "Daabacaad iyo koobiyeyn (waxaa laga yaabaa inay lacag yar ku kacdo)",
                "Caawimaad aad ku hesho macluumaad, tusaale ahaan ku saabsan hay'adaha dowladda iyo waxbarashada",
            ]),
            ("paragraph", "<p>Maktabado badan waxay sidoo kale qabtaan hawlo, tusaale ahaan sheeko u akhrinta carruurta, "
                          "caawinta casharrada guriga iyo kafeyaal luqadeed oo aad ku tababaran karto ku hadalka "
                          "iswiidhishka.</p>"),
            ("heading", "Ku soo celi waqtiga"),
            ("paragraph", "<p>Buugga waxaad amaahanaysaa muddo go'an, inta badan dhowr toddobaad. Xusuuso inaad soo "
                          "celiso ama aad cusboonaysiiso amaahda. Haddii aad lumiso ama aad burburiso buug, waxaa laga "
                          "yaabaa inaad bixiso qiimihiisa.</p>"),
            ("callout", {"tone": "info", "text": "Shaqaalaha maktabaddu waxay jecel yihiin inay ku caawiyaan. Weydii "
                                                 "buugaag luqaddaada ku qoran iyo buugaag loogu talagalay dadka "
                                                 "barta iswiidhishka."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Macluumaad ku saabsan maktabadaha Västerås."}),
        ],
        "ti": [
            ("heading", "ንኹሉ ሰብ ዝኸውን ቦታ"),
            ("paragraph", "<p>ኣብያተ መጻሕፍቲ ሽወደን ንኹሉ ሰብ ክፉታት እየን፣ ናብኡ ምኻድ ድማ ዋላ ሓንቲ ኣየኽፍልን። ኮፍ ኢልኩም "
                          "ንምንባብ፣ ንምጽናዕ ወይ ዋይፋይ ቤት መጻሕፍቲ ንምጥቃም ካርድ ኣየድልየኩምን። ቤት መጻሕፍቲ ምስ ካልኦት "
                          "ሰባት እትራኸብሉ ህዱእ ቦታ እውን እዩ።</p>"),
            ("heading", "ካርድ ቤት መጻሕፍቲ"),
            ("paragraph", "<p>መጻሕፍቲ ናብ ገዛ ንምልቃሕ <b>ካርድ ቤት መጻሕፍቲ</b> (lånekort) የድልየኩም። እቲ ካርድ ብናጻ "
                          "እዩ፣ ኣብ ቤት መጻሕፍቲ ድማ ትረኽብዎ። መንነት ዘረጋግጽ ሰነድ ሒዝኩም ምጹ። ቆልዑ እውን ናይ ባዕሎም ካርድ "
                          "ክረኽቡ ይኽእሉ።</p>"),
            ("heading", "ኣብ ቤት መጻሕፍቲ እንታይ ክትገብሩ ትኽእሉ"),
            ("bullets", [
                "መጻሕፍቲ፣ ጋዜጣታት፣ ፊልምታትን ብድምጺ ዝስምዑ መጻሕፍትን ምልቃሕ",
                "ብብዙሓት ዝተፈላለዩ ቋንቋታት መጻሕፍትን ጋዜጣታትን ምንባብ",
                "ኣብ ሞባይል ዝንበቡን ዝስምዑን መጻሕፍቲ ምልቃሕ",
                "ኮምፒዩተርን ዋይፋይን ምጥቃም",
                "ምሕታምን ምቕዳሕን (ቁሩብ ክኽፈለሉ ይኽእል)",
                "ሓበሬታ ንምርካብ ሓገዝ፣ ንኣብነት ብዛዕባ መንግስታዊ ትካላትን ትምህርትን",
            ]),
            ("paragraph", "<p>ብዙሓት ኣብያተ መጻሕፍቲ ንጥፈታት እውን የዳልዋ፣ ንኣብነት ንቆልዑ ዛንታ ምንባብ፣ ሓገዝ ዕዮ ገዛን "
                          "ቋንቋ ሽወደን ክትዛረቡ እትለማመዱሉ ካፈ ቋንቋን።</p>"),
            ("heading", "ብግዜኡ ምለሱ"),
            ("paragraph", "<p>መጽሓፍ ንዝተወሰነ ግዜ ትልቅሑ፣ መብዛሕትኡ ግዜ ንሒደት ሰሙናት። ክትመልስዎ ወይ ግዜ ልቓሕ "
                          "ከተናውሕዎ ኣይትረስዑ። መጽሓፍ እንተ ኣጥፊእኩም ወይ እንተ ኣበላሺኹም፣ ዋጋኡ ክትከፍሉ ትኽእሉ ኢኹም።</p>"),
            ("callout", {"tone": "info", "text": "ሰራሕተኛታት ቤት መጻሕፍቲ ብሕጉስ ይሕግዙኹም። ብቋንቋኹም ዝተጻሕፉ "
                                                 "መጻሕፍትን ሽወደንኛ ንዝመሃሩ ሰባት ዝኸውን መጻሕፍትን ሕተቱ።"}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "ብዛዕባ ኣብያተ መጻሕፍቲ ቨስተሮስ ሓበሬታ።"}),
        ],
        "uk": [
            ("heading", "Місце для всіх"),
            ("paragraph", "<p>Бібліотеки у Швеції відкриті для всіх, і відвідувати їх можна безкоштовно. Щоб сидіти й "
                          "читати, навчатися або користуватися wifi бібліотеки, картка не потрібна. Бібліотека — це також "
                          "спокійне місце, де можна зустрітися з іншими людьми.</p>"),
            ("heading", "Читацький квиток"),
            ("paragraph", "<p>Щоб брати книжки додому, потрібен <b>читацький квиток</b> (lånekort). Він безкоштовний, і "
                          "його видають у бібліотеці. Візьміть із собою документ, що посвідчує особу. Діти також можуть "
                          "отримати власний квиток.</p>"),
            ("heading", "Що можна робити в бібліотеці"),
            ("bullets", [
                "Позичати книжки, газети, фільми та аудіокниги",
                "Читати книжки й газети багатьма різними мовами",
                "Позичати електронні книжки та аудіокниги в телефоні",
                "Користуватися комп'ютерами та wifi",
                "Друкувати й копіювати (це може коштувати трохи грошей)",
                "Отримати допомогу в пошуку інформації, наприклад про державні установи та навчання",
            ]),
            ("paragraph", "<p>Багато бібліотек також проводять заходи, наприклад читання казок для дітей, допомогу з "
                          "домашніми завданнями та мовні кафе, де можна практикувати розмовну шведську.</p>"),
            ("heading", "Повертайте вчасно"),
            ("paragraph", "<p>Книжку позичають на визначений строк, часто на кілька тижнів. Не забудьте повернути її "
                          "або продовжити строк. Якщо ви загубите або пошкодите книжку, можливо, доведеться за неї "
                          "заплатити.</p>"),
            ("callout", {"tone": "info", "text": "Працівники бібліотеки охоче допоможуть. Запитайте про книжки вашою "
                                                 "мовою та про книжки для тих, хто вивчає шведську."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Інформація про бібліотеки Вестероса."}),
        ],
        "ru": [
            ("heading", "Место для всех"),
            ("paragraph", "<p>Библиотеки в Швеции открыты для всех, и ходить туда бесплатно. Чтобы сидеть и читать, "
                          "учиться или пользоваться wifi библиотеки, карточка не нужна. Библиотека — это также спокойное "
                          "место, где можно встретиться с другими людьми.</p>"),
            ("heading", "Читательский билет"),
            ("paragraph", "<p>Чтобы брать книги домой, нужен <b>читательский билет</b> (lånekort). Он бесплатный, его "
                          "выдают в библиотеке. Возьмите с собой документ, удостоверяющий личность. Дети тоже могут "
                          "получить собственный билет.</p>"),
            ("heading", "Что можно делать в библиотеке"),
            ("bullets", [
                "Брать книги, газеты, фильмы и аудиокниги",
                "Читать книги и газеты на многих языках",
                "Брать электронные книги и аудиокниги в телефоне",
                "Пользоваться компьютерами и wifi",
                "Печатать и копировать (это может стоить немного денег)",
                "Получить помощь в поиске информации, например о государственных учреждениях и образовании",
            ]),
            ("paragraph", "<p>Многие библиотеки также проводят мероприятия, например чтение сказок для детей, помощь с "
                          "домашними заданиями и языковые кафе, где можно практиковаться в шведском языке.</p>"),
            ("heading", "Возвращайте вовремя"),
            ("paragraph", "<p>Книгу берут на определённый срок, часто на несколько недель. Не забудьте вернуть её или "
                          "продлить срок. Если вы потеряете или испортите книгу, возможно, придётся за неё "
                          "заплатить.</p>"),
            ("callout", {"tone": "info", "text": "Сотрудники библиотеки охотно помогут. Спросите о книгах на вашем языке "
                                                 "и о книгах для тех, кто учит шведский."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Информация о библиотеках Вестероса."}),
        ],
        "tr": [
            ("heading", "Herkes için bir yer"),
            ("paragraph", "<p>İsveç'teki kütüphaneler herkese açıktır ve oraya gitmek ücretsizdir. Oturup okumak, ders "
                          "çalışmak ya da kütüphanenin wifi bağlantısını kullanmak için karta ihtiyacınız yoktur. "
                          "Kütüphane aynı zamanda başka insanlarla tanışabileceğiniz sakin bir yerdir.</p>"),
            ("heading", "Kütüphane kartı"),
            ("paragraph", "<p>Kitapları eve götürmek için bir <b>kütüphane kartına</b> (lånekort) ihtiyacınız vardır. "
                          "Kart ücretsizdir ve kütüphaneden alınır. Yanınızda kimlik belgesi getirin. Çocuklar da kendi "
                          "kartlarını alabilir.</p>"),
            ("heading", "Kütüphanede neler yapabilirsiniz"),
            ("bullets", [
                "Kitap, gazete, film ve sesli kitap ödünç almak",
                "Birçok farklı dilde kitap ve gazete okumak",
                "Telefonunuzda e-kitap ve sesli kitap ödünç almak",
                "Bilgisayar ve wifi kullanmak",
                "Çıktı almak ve fotokopi çekmek (biraz ücretli olabilir)",
                "Örneğin kamu kurumları ve eğitim hakkında bilgi bulmak için yardım almak",
            ]),
            ("paragraph", "<p>Birçok kütüphane ayrıca etkinlikler düzenler; örneğin çocuklar için masal saatleri, ödev "
                          "yardımı ve İsveççe konuşma pratiği yapabileceğiniz dil kafeleri.</p>"),
            ("heading", "Zamanında iade edin"),
            ("paragraph", "<p>Bir kitabı belirli bir süre için, çoğu zaman birkaç haftalığına ödünç alırsınız. Kitabı iade "
                          "etmeyi ya da süreyi uzatmayı unutmayın. Bir kitabı kaybeder ya da zarar verirseniz, bedelini "
                          "ödemeniz gerekebilir.</p>"),
            ("callout", {"tone": "info", "text": "Kütüphane çalışanları memnuniyetle yardım eder. Kendi dilinizdeki "
                                                 "kitapları ve İsveççe öğrenenler için kitapları sorun."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Västerås'taki kütüphaneler hakkında bilgi."}),
        ],
    },
}

RIGHT_OF_PUBLIC_ACCESS = {
    "title": {
        "sv": "Allemansrätten – naturen är till för alla",
        "en": "The right of public access – nature is for everyone",
        "ar": "حق الوصول العام (Allemansrätten): الطبيعة للجميع",
        "fa": "حق دسترسی همگانی (Allemansrätten): طبیعت برای همه است",
        "so": "Xaqa dadweynaha (Allemansrätten): dabeecaddu waa u wada furan tahay dadka oo dhan",
        "ti": "መሰል ህዝባዊ ተበጻሕነት (Allemansrätten)፦ ተፈጥሮ ናይ ኩሉ እያ",
        "uk": "Право вільного доступу до природи (allemansrätten)",
    },
    "slug": {
        "sv": "allemansratten",
        "en": "right-of-public-access",
        "ar": "right-of-public-access",
        "fa": "right-of-public-access",
        "so": "xaqa-dadweynaha-dabeecadda",
        "ti": "right-of-public-access",
        "uk": "right-of-public-access",
    },
    "intro": {
        "sv": "I Sverige får alla vara ute i naturen, även på mark som någon annan äger. Men du måste visa hänsyn: "
              "inte störa och inte förstöra.",
        "en": "In Sweden everyone may spend time in nature, even on land that someone else owns. But you must show "
              "consideration: do not disturb and do not destroy.",
        "ar": "في السويد يحق للجميع التنزّه في الطبيعة، حتى على أرض يملكها شخص آخر. لكن عليك أن تراعي الآخرين: لا "
              "تُزعج ولا تُتلف.",
        "fa": "در سوئد همه می‌توانند در طبیعت باشند، حتی در زمینی که مال کس دیگری است. اما باید ملاحظه کنید: مزاحمت "
              "ایجاد نکنید و چیزی را خراب نکنید.",
        "so": "Iswiidhan qof kasta wuxuu xaq u leeyahay inuu joogo dabeecadda, xitaa dhul uu qof kale leeyahay. Laakiin "
              "waa inaad tixgelin muujisaa: ha dhibin, hana burburin.",
        "ti": "ኣብ ሽወደን ኩሉ ሰብ ኣብ ተፈጥሮ ክኸይድ ይኽእል፣ ዋላ ኣብ ካልእ ሰብ ዝውንኖ መሬት። ግን ኣኽብሮት ከተርእዩ "
              "ኣለኩም፦ ኣይትረብሹ፣ ኣይተዕንዉ።",
        "uk": "У Швеції кожен може перебувати на природі, навіть на землі, яка належить комусь іншому. Але треба "
              "поводитися шанобливо: не заважати й нічого не нищити.",
    },
    "body": {
        "sv": [
            ("heading", "Vad är allemansrätten?"),
            ("paragraph", "<p>Allemansrätten ger alla som vistas i Sverige rätt att röra sig fritt i naturen. Den gäller i "
                          "skogen, på ängar och vid sjöar och hav, även när marken ägs av någon annan. Allemansrätten är "
                          "en frihet men också ett ansvar. Den korta regeln är: <b>inte störa – inte förstöra</b>.</p>"),
            ("heading", "Det här får du göra"),
            ("bullets", [
                "Gå, cykla och åka skidor i naturen, men inte över någons tomt eller genom odlingar.",
                "Plocka bär, svamp och blommor som inte är fridlysta.",
                "Bada i sjöar och i havet, men inte vid någons privata tomt eller brygga.",
                "Tälta en natt eller två, om du inte är nära någons hus.",
            ]),
            ("heading", "Det här får du inte göra"),
            ("bullets", [
                "Gå in på någons tomt eller för nära ett hus.",
                "Skräpa ner. Ta med dig ditt skräp hem.",
                "Skada träd, till exempel bryta grenar eller skala bark från levande träd.",
                "Köra bil eller motorcykel i terrängen.",
                "Störa djur. Från 1 mars till 20 augusti får hundar inte springa lösa där det finns vilt.",
            ]),
            ("heading", "Var försiktig med eld"),
            ("paragraph", "<p>När det är torrt är det ofta förbjudet att elda. Ta reda på om det är eldningsförbud innan "
                          "du grillar eller gör upp eld. Gör aldrig upp eld direkt på berg, eftersom berget kan spricka. "
                          "Släck elden ordentligt innan du går.</p>"),
            ("callout", {"tone": "warning", "text": "I naturreservat och nationalparker kan det finnas särskilda regler. "
                                                    "Läs skyltarna när du kommer dit."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "Mer om allemansrätten och vad du får och inte får göra i naturen."}),
        ],
        "en": [
            ("heading", "What is the right of public access?"),
            ("paragraph", "<p>The right of public access (allemansrätten) gives everyone who is in Sweden the right to "
                          "move freely in nature. It applies in forests, in meadows and by lakes and the sea, even when "
                          "the land is owned by someone else. It is a freedom but also a responsibility. The short rule "
                          "is: <b>do not disturb – do not destroy</b>.</p>"),
            ("heading", "You may"),
            ("bullets", [
                "Walk, cycle and ski in nature, but not across someone's garden or through crops.",
                "Pick berries, mushrooms and flowers that are not protected.",
                "Swim in lakes and in the sea, but not at someone's private garden or jetty.",
                "Put up a tent for a night or two, if you are not close to someone's house.",
            ]),
            ("heading", "You may not"),
            ("bullets", [
                "Go into someone's garden or too close to a house.",
                "Drop litter. Take your rubbish home with you.",
                "Damage trees, for example break branches or peel bark from living trees.",
                "Drive a car or motorcycle off the road.",
                "Disturb animals. From 1 March to 20 August dogs must not run loose where there is wildlife.",
            ]),
            ("heading", "Be careful with fire"),
            ("paragraph", "<p>When it is dry, lighting fires is often forbidden. Find out whether there is a fire ban "
                          "before you barbecue or make a fire. Never make a fire directly on rock, because the rock can "
                          "crack. Put the fire out properly before you leave.</p>"),
            ("callout", {"tone": "warning", "text": "Nature reserves and national parks may have special rules. Read the "
                                                    "signs when you get there."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "The Swedish Environmental Protection Agency: more about the right of public "
                                     "access."}),
        ],
        "ar": [
            ("heading", "ما هو حق الوصول العام؟"),
            ("paragraph", "<p>يمنح حق الوصول العام (allemansrätten) كل من يوجد في السويد الحق في التنقّل بحرية في "
                          "الطبيعة. وهو يسري في الغابات والمروج وعند البحيرات والبحر، حتى عندما تكون الأرض ملكًا لشخص "
                          "آخر. إنه حرية ومسؤولية في آن واحد. والقاعدة المختصرة هي: <b>لا تُزعج ولا تُتلف</b>.</p>"),
            ("heading", "ما يُسمح لك به"),
            ("bullets", [
                "المشي وركوب الدراجة والتزلّج في الطبيعة، ولكن ليس عبر حديقة بيت أحد أو عبر المزروعات.",
                "قطف التوت والفطر والأزهار غير المحمية.",
                "السباحة في البحيرات والبحر، ولكن ليس عند حديقة أو رصيف خاص بأحد.",
                "نصب خيمة لليلة أو ليلتين، إذا لم تكن قريبًا من بيت أحد.",
            ]),
            ("heading", "ما لا يُسمح لك به"),
            ("bullets", [
                "الدخول إلى حديقة بيت أحد أو الاقتراب كثيرًا من بيت.",
                "رمي القمامة. خذ قمامتك معك إلى البيت.",
                "إتلاف الأشجار، مثل كسر الأغصان أو نزع اللحاء من الأشجار الحية.",
                "قيادة سيارة أو دراجة نارية خارج الطرق.",
                "إزعاج الحيوانات. من 1 مارس إلى 20 أغسطس لا يجوز ترك الكلاب طليقة حيث توجد حيوانات برية.",
            ]),
            ("heading", "كن حذرًا مع النار"),
            ("paragraph", "<p>عندما يكون الطقس جافًا يُمنع إشعال النار في كثير من الأحيان. تأكّد من عدم وجود حظر على "
                          "إشعال النار قبل أن تشوي أو تشعل نارًا. لا تشعل النار مباشرة على الصخور، لأن الصخر قد يتشقّق. "
                          "أطفئ النار جيدًا قبل أن تغادر.</p>"),
            ("callout", {"tone": "warning", "text": "قد توجد قواعد خاصة في المحميات الطبيعية والحدائق الوطنية. اقرأ "
                                                    "اللافتات عندما تصل إلى هناك."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "وكالة حماية البيئة السويدية: المزيد عن حق الوصول العام."}),
        ],
        "fa": [
            ("heading", "حق دسترسی همگانی چیست؟"),
            ("paragraph", "<p>حق دسترسی همگانی (allemansrätten) به همهٔ کسانی که در سوئد هستند حق می‌دهد آزادانه در "
                          "طبیعت رفت‌وآمد کنند. این حق در جنگل، در چمنزار و کنار دریاچه‌ها و دریا برقرار است، حتی "
                          "وقتی زمین مال کس دیگری باشد. این هم آزادی است و هم مسئولیت. قاعدهٔ کوتاه آن این است: "
                          "<b>مزاحمت ایجاد نکنید، چیزی را خراب نکنید</b>.</p>"),
            ("heading", "این کارها مجاز است"),
            ("bullets", [
                "پیاده‌روی، دوچرخه‌سواری و اسکی در طبیعت، اما نه از میان حیاط خانهٔ کسی یا از میان کشتزار.",
                "چیدن توت، قارچ و گل‌هایی که حفاظت‌شده نیستند.",
                "شنا در دریاچه‌ها و دریا، اما نه کنار حیاط یا اسکلهٔ خصوصی کسی.",
                "برپا کردن چادر برای یک یا دو شب، اگر نزدیک خانهٔ کسی نباشید.",
            ]),
            ("heading", "این کارها مجاز نیست"),
            ("bullets", [
                "وارد شدن به حیاط خانهٔ کسی یا رفتن بیش از حد نزدیک به یک خانه.",
                "ریختن زباله. زباله‌تان را با خود به خانه ببرید.",
                "آسیب زدن به درختان، مثلاً شکستن شاخه یا کندن پوست درختان زنده.",
                "رانندگی با خودرو یا موتورسیکلت خارج از جاده.",
                "آزار دادن حیوانات. از ۱ مارس تا ۲۰ اوت سگ‌ها نباید در جاهایی که حیوانات وحشی هست آزادانه بدوند.",
            ]),
            ("heading", "با آتش مراقب باشید"),
            ("paragraph", "<p>وقتی هوا خشک است، روشن کردن آتش اغلب ممنوع است. پیش از کباب کردن یا روشن کردن آتش "
                          "بررسی کنید که ممنوعیت آتش‌افروزی وجود نداشته باشد. هرگز مستقیماً روی صخره آتش روشن نکنید، "
                          "چون صخره ممکن است ترک بخورد. پیش از رفتن، آتش را کاملاً خاموش کنید.</p>"),
            ("callout", {"tone": "warning", "text": "در مناطق حفاظت‌شده و پارک‌های ملی ممکن است قوانین ویژه‌ای وجود داشته "
                                                    "باشد. وقتی به آنجا می‌رسید تابلوها را بخوانید."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "سازمان حفاظت محیط زیست سوئد: اطلاعات بیشتر دربارهٔ حق دسترسی همگانی."}),
        ],
        "so": [
            ("heading", "Waa maxay xaqa dadweynaha ee dabeecadda?"),
            ("paragraph", "<p>Xaqa dadweynaha (allemansrätten) wuxuu qof kasta oo jooga Iswiidhan siinayaa xaq uu si "
                          "xor ah ugu dhex socdo dabeecadda. Wuxuu khuseeyaa kaymaha, seeraha iyo agagaarka "
                          "harooyinka iyo badda, xitaa marka dhulka uu qof kale leeyahay. Waa xorriyad, laakiin sidoo kale "
                          "waa mas'uuliyad. Xeerka gaaban waa: <b>ha dhibin – ha burburin</b>.</p>"),
            ("heading", "Waxa lagu oggol yahay"),
            ("bullets", [
                "Inaad dabeecadda ku socoto, baaskiil ku wadato ama baraf ku siibato, laakiin aan dhex marin "
                "beerta guriga qof kale ama dalagga.",
                "Inaad gurato miraha duurka, boqoshaada iyo ubaxyada aan la ilaalin.",
                "Inaad ku dabaalato harooyinka iyo badda, laakiin aan ahayn meel gaar ah oo qof leeyahay.",
                "Inaad teendho dhigato hal ama laba habeen, haddii aadan u dhowayn guriga qof.",
            ]),
            ("heading", "Waxa aan lagu oggolayn"),
            ("bullets", [
                "Inaad gasho beerta guriga qof kale ama aad aad ugu dhowaato guri.",
                "Inaad qashin daadiso. Qashinkaaga guriga la qaado.",
                "Inaad waxyeelleyso geedaha, tusaale ahaan inaad jebiso laamaha ama aad diirto qolofta geedaha nool.",
                "Inaad baabuur ama mooto ku wadato meel aan waddo ahayn.",
                "Inaad dhibto xayawaanka. Laga bilaabo 1da Maarso ilaa 20ka Agoosto eeyaha looma oggola inay "
                "si xor ah u ordaan meel ay duur-joogtu ku nool yihiin.",
            ]),
            ("heading", "Ka digtoonow dabka"),
            ("paragraph", "<p>Marka cimiladu qallalan tahay, dab shidashadu inta badan waa mamnuuc. Hubi inaan la mamnuucin "
                          "dab shidashada ka hor intaadan hilib dubin ama dab shidin. Weligaa dab ha ku shidin dhagax "
                          "weyn, maxaa yeelay dhagaxu wuu dillaaci karaa. Si fiican u demi dabka ka hor intaadan "
                          "bixin.</p>"),
            ("callout", {"tone": "warning", "text": "Meelaha dabiiciga ah ee la ilaaliyo iyo baarkinada qaranka "
                                                    "(naturreservat, nationalparker) waxaa laga yaabaa inay leeyihiin "
                                                    "xeerar gaar ah. Akhri calaamadaha markaad halkaas "
                                                    "gaarto."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "Hay'adda ilaalinta deegaanka ee Iswiidhan: wax badan oo ku saabsan xaqa "
                                     "dadweynaha."}),
        ],
        "ti": [
            ("heading", "መሰል ህዝባዊ ተበጻሕነት እንታይ እዩ?"),
            ("paragraph", "<p>መሰል ህዝባዊ ተበጻሕነት (allemansrätten) ንኹሉ ኣብ ሽወደን ዘሎ ሰብ ኣብ ተፈጥሮ ብናጽነት "
                          "ክንቀሳቐስ መሰል ይህብ። ኣብ ጫካ፣ ኣብ ሜዳ፣ ኣብ ጥቓ ቀላያትን ባሕርን ይሰርሕ፣ ዋላ እቲ መሬት ናይ ካልእ "
                          "ሰብ ይኹን። ናጽነት ጥራይ ዘይኮነስ ሓላፍነት እውን እዩ። እቲ ሓጺር ሕጊ፦ <b>ኣይትረብሹ – "
                          "ኣይተዕንዉ</b>።</p>"),
            ("heading", "እዚ ክትገብሩ ይፍቀደልኩም"),
            ("bullets", [
                "ኣብ ተፈጥሮ ብእግሪ ምኻድ፣ ብሽክለታ ምዝዋርን ስኪ ምግባርን፣ ግን ብቐጽሪ ገዛ ካልእ ሰብ ወይ ብማእከል "
                "ዘራእቲ ኣይኮነን።",
                "ፍረታት በረኻ፣ ፈንገስን ዘይተሓለዉ ዕምባባታትን ምቕራም።",
                "ኣብ ቀላያትን ባሕርን ምሕምባስ፣ ግን ኣብ ብሕታዊ ቐጽሪ ወይ መዕረፊ ጃልባ ካልእ ሰብ ኣይኮነን።",
                "ኣብ ጥቓ ገዛ ሰብ እንተ ዘይኮንኩም፣ ንሓደ ወይ ክልተ ለይቲ ድንኳን ምትካል።",
            ]),
            ("heading", "እዚ ክትገብሩ ኣይፍቀደልኩምን"),
            ("bullets", [
                "ናብ ቐጽሪ ገዛ ካልእ ሰብ ምእታው ወይ ናብ ገዛ ኣዝዩ ምቕራብ።",
                "ጓሓፍ ምድርባይ። ጓሓፍኩም ናብ ገዛ ሒዝኩም ኪዱ።",
                "ንኣእዋም ምጉዳእ፣ ንኣብነት ጨንፈር ምስባር ወይ ቅራፍ ህያዋን ኣእዋም ምቕራፍ።",
                "ካብ መገዲ ወጻኢ መኪና ወይ ሞቶ ምዝዋር።",
                "ንእንስሳታት ምርባሽ። ካብ 1 መጋቢት ክሳብ 20 ነሓሰ ኣኽላባት ዘገዳም እንስሳ ኣብ ዘለዎ ቦታ ብናጻ ክጎዩ "
                "ኣይፍቀደሎምን።",
            ]),
            ("heading", "ምስ ሓዊ ተጠንቀቑ"),
            ("paragraph", "<p>ግዜ ደረቕ ክኸውን ከሎ ሓዊ ምንዳድ መብዛሕትኡ ግዜ ክልኩል እዩ። ቅድሚ ስጋ ምጥባስ ወይ ሓዊ "
                          "ምንዳድ፣ ክልከላ ሓዊ እንተሎ ኣረጋግጹ። ኣብ ልዕሊ ከውሒ ብቐጥታ ሓዊ ኣይተንድዱ፣ ምኽንያቱ እቲ ከውሒ "
                          "ክነቓቓዕ ይኽእል። ቅድሚ ምኻድኩም ነቲ ሓዊ ብጽቡቕ ኣጥፍእዎ።</p>"),
            ("callout", {"tone": "warning", "text": "ኣብ ዝተሓለዉ ከባቢታትን ሃገራዊ መናፈሻታትን ፍሉያት ሕግታት ክህልዉ "
                                                    "ይኽእሉ። ናብኡ ምስ በጻሕኩም ነቲ ምልክታት ኣንብቡ።"}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "ትካል ሓለዋ ከባቢ ሽወደን፦ ብዛዕባ መሰል ህዝባዊ ተበጻሕነት ዝያዳ ሓበሬታ።"}),
        ],
        "uk": [
            ("heading", "Що таке право вільного доступу?"),
            ("paragraph", "<p>Право вільного доступу до природи (allemansrätten) дає кожному, хто перебуває у Швеції, "
                          "право вільно пересуватися природою. Воно діє в лісі, на луках, біля озер і моря, навіть якщо "
                          "земля належить комусь іншому. Це свобода, але й відповідальність. Коротке правило: <b>не "
                          "заважати — не нищити</b>.</p>"),
            ("heading", "Можна"),
            ("bullets", [
                "Ходити, їздити на велосипеді й кататися на лижах на природі, але не через чужу присадибну ділянку "
                "чи посіви.",
                "Збирати ягоди, гриби та квіти, які не перебувають під охороною.",
                "Купатися в озерах і морі, але не біля чужої приватної ділянки чи причалу.",
                "Ставити намет на одну-дві ночі, якщо ви не поруч із чиїмось будинком.",
            ]),
            ("heading", "Не можна"),
            ("bullets", [
                "Заходити на чужу ділянку або надто близько до будинку.",
                "Смітити. Забирайте своє сміття додому.",
                "Пошкоджувати дерева, наприклад ламати гілки чи здирати кору з живих дерев.",
                "Їздити автомобілем чи мотоциклом поза дорогами.",
                "Турбувати тварин. З 1 березня до 20 серпня собакам не можна бігати без нагляду там, де є дикі "
                "тварини.",
            ]),
            ("heading", "Обережно з вогнем"),
            ("paragraph", "<p>Коли сухо, розводити вогонь часто заборонено. Перш ніж смажити щось на грилі чи розпалювати "
                          "багаття, дізнайтеся, чи немає заборони. Ніколи не розводьте вогонь просто на скелі, бо камінь "
                          "може тріснути. Перед тим як піти, добре загасіть вогонь.</p>"),
            ("callout", {"tone": "warning", "text": "У природних заповідниках і національних парках можуть діяти особливі "
                                                    "правила. Читайте таблички на місці."}),
            ("link", {"title": "Naturvårdsverket", "url": NATURVARDSVERKET,
                      "description": "Шведське агентство з охорони довкілля: більше про право вільного доступу."}),
        ],
    },
}

SPORT_AND_YOUTH = {
    "title": {
        "sv": "Idrott, simning och fritidsgårdar",
        "en": "Sport, swimming and youth centres",
    },
    "slug": {
        "sv": "idrott-simning-och-fritidsgardar",
        "en": "sport-swimming-and-youth-centres",
    },
    "intro": {
        "sv": "Att röra på sig är bra för hälsan och ett sätt att träffa nya människor. Här finns tips för barn, unga "
              "och vuxna.",
        "en": "Being active is good for your health and a way to meet new people. Here are tips for children, young "
              "people and adults.",
    },
    "body": {
        "sv": [
            ("heading", "Idrottsföreningar"),
            ("paragraph", "<p>De flesta som idrottar i Sverige gör det i en <b>idrottsförening</b>. Det finns föreningar "
                          "för fotboll, basket, friidrott, brottning, kampsport och mycket mer. Ledarna är ofta ideella, "
                          "och därför är avgifterna oftast låga. Många föreningar har träning för barn och lag för både "
                          "flickor och pojkar. Riksidrottsförbundet samlar idrottsrörelsen i Sverige.</p>"),
            ("heading", "Lär dig simma"),
            ("paragraph", "<p>Sverige har många sjöar och en lång kust, så det är viktigt att kunna simma. Alla barn "
                          "ska få lära sig simma i skolan, på lektionerna i idrott och hälsa. Senast i årskurs 6 ska eleverna "
                          "kunna simma 200 meter, varav 50 meter på rygg. I simhallar finns ofta simskola för barn och "
                          "simkurser för vuxna som aldrig har lärt sig.</p>"),
            ("callout", {"tone": "warning", "text": "Låt aldrig små barn vara ensamma vid vatten, inte ens en kort stund. "
                                                    "Använd flytväst när du åker båt."}),
            ("heading", "Fritidsgårdar för unga"),
            ("paragraph", "<p>En <b>fritidsgård</b> är en mötesplats för ungdomar på fritiden. Där kan unga träffa "
                          "kompisar, spela spel, laga mat, göra musik eller idrotta, tillsammans med vuxna fritidsledare. "
                          "Det kostar oftast ingenting att gå dit. Kommunen har fritidsgårdar i olika delar av "
                          "Västerås.</p>"),
            ("heading", "Tips för att komma igång"),
            ("bullets", [
                "Fråga i skolan eller på fritidsgården vilka föreningar som finns nära er.",
                "Många föreningar låter nya prova på några träningar innan man blir medlem.",
                "Fråga föreningen om det finns utrustning att låna.",
            ]),
            ("link", {"title": "Riksidrottsförbundet", "url": "https://www.rf.se/",
                      "description": "Om idrottsrörelsen och idrottsföreningar i Sverige."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Fritidsgårdar, bad och idrott i Västerås."}),
        ],
        "en": [
            ("heading", "Sports clubs"),
            ("paragraph", "<p>Most people who play sport in Sweden do so in a <b>sports club</b> (idrottsförening). There "
                          "are clubs for football, basketball, athletics, wrestling, martial arts and much more. The "
                          "coaches are often volunteers, so fees are usually low. Many clubs train children and have "
                          "teams for both girls and boys. The Swedish Sports Confederation (Riksidrottsförbundet) brings "
                          "the sports movement in Sweden together.</p>"),
            ("heading", "Learn to swim"),
            ("paragraph", "<p>Sweden has many lakes and a long coast, so it is important to be able to swim. All children "
                          "are taught to swim at school, in physical education lessons. By year 6 at the latest, pupils "
                          "should be able to swim 200 metres, 50 of them on their back. Swimming pools often have "
                          "swimming school for children and courses for adults who never learned.</p>"),
            ("callout", {"tone": "warning", "text": "Never leave small children alone near water, not even for a moment. "
                                                    "Wear a life jacket in a boat."}),
            ("heading", "Youth centres"),
            ("paragraph", "<p>A <b>youth centre</b> (fritidsgård) is a meeting place for young people in their free "
                          "time. There they can meet friends, play games, cook, make music or do sport, together with "
                          "adult youth workers. It usually costs nothing to go there. The municipality runs youth "
                          "centres in different parts of Västerås.</p>"),
            ("heading", "Tips for getting started"),
            ("bullets", [
                "Ask at school or at the youth centre which clubs there are near you.",
                "Many clubs let newcomers try a few training sessions before becoming members.",
                "Ask the club whether there is equipment you can borrow.",
            ]),
            ("link", {"title": "Riksidrottsförbundet", "url": "https://www.rf.se/",
                      "description": "About the sports movement and sports clubs in Sweden."}),
            ("link", {"title": "Västerås stad", "url": VASTERAS,
                      "description": "Youth centres, swimming pools and sport in Västerås."}),
        ],
    },
}

TOPIC = {
    "focus_area": "leisure",
    "title": {
        "sv": "Fritid",
        "sv-x-simple": "Fritid",
        "en": "Leisure",
        "ar": "أوقات الفراغ",
        "fa": "اوقات فراغت",
        "prs": "وقت فارغ",
        "ps": "د وزګار وخت",
        "ckb": "کاتی پشوو",
        "so": "Waqtiga firaaqada",
        "ti": "ግዜ ዕረፍቲ",
        "uk": "Дозвілля",
        "ru": "Досуг",
        "tr": "Boş zaman",
    },
    "slug": {
        "sv": "fritid",
        "sv-x-simple": "fritid",
        "en": "leisure",
        "ar": "leisure",
        "fa": "leisure",
        "prs": "leisure",
        "ps": "leisure",
        "ckb": "leisure",
        "so": "waqtiga-firaaqada",
        "ti": "leisure",
        "uk": "leisure",
        "ru": "leisure",
        "tr": "bos-zaman",
    },
    "intro": {
        "sv": "Fritiden kan du använda till att träffa människor, röra på dig och lära dig nytt. Mycket är gratis, "
              "som biblioteket och naturen.",
        "sv-x-simple": "På fritiden kan du göra många saker. Mycket är gratis.",
        "en": "Use your free time to meet people, stay active and learn new things. Much of it is free, like the "
              "library and nature.",
        "ar": "يمكنك أن تستغل وقت فراغك في لقاء الناس وممارسة النشاط البدني وتعلّم أشياء جديدة. كثير من ذلك مجاني، "
              "مثل المكتبة والطبيعة.",
        "fa": "اوقات فراغت را می‌توانید برای دیدار با مردم، تحرک بدنی و یادگیری چیزهای تازه به کار ببرید. بسیاری از "
              "این‌ها رایگان است، مانند کتابخانه و طبیعت.",
        "prs": "وقت فارغ خود را می‌توانید برای دیدن مردم، ورزش و آموختن چیزهای نو استفاده کنید. بسیاری از این‌ها "
               "رایگان است، مانند کتابخانه و طبیعت.",
        "ps": "په وزګار وخت کې کولی شئ له خلکو سره ووینئ، ورزش وکړئ او نوي شیان زده کړئ. ډېر شیان وړیا دي، لکه "
              "کتابتون او طبیعت.",
        "ckb": "دەتوانیت کاتی پشووت بۆ بینینی خەڵک، جووڵە و فێربوونی شتی نوێ بەکاربهێنیت. زۆرێک لەمانە بێبەرامبەرن، "
               "وەک کتێبخانە و سروشت.",
        "so": "Waqtigaaga firaaqada waxaad u isticmaali kartaa la kulanka dadka, jimicsiga iyo barashada waxyaabo "
              "cusub. Wax badan waa bilaash, sida maktabadda iyo dabeecadda.",
        "ti": "ግዜ ዕረፍትኹም ምስ ሰባት ንምርኻብ፣ ንምንቅስቓስን ሓደስቲ ነገራት ንምምሃርን ክትጥቀሙሉ ትኽእሉ። ብዙሕ ካብዚ "
              "ብናጻ እዩ፣ ከም ቤት መጻሕፍትን ተፈጥሮን።",
        "uk": "Вільний час можна використати, щоб зустрічатися з людьми, рухатися і вчитися нового. Багато що "
              "безкоштовне, наприклад бібліотека і природа.",
        "ru": "Свободное время можно использовать, чтобы встречаться с людьми, двигаться и узнавать новое. Многое "
              "бесплатно, например библиотека и природа.",
        "tr": "Boş zamanınızı insanlarla tanışmak, hareket etmek ve yeni şeyler öğrenmek için kullanabilirsiniz. "
              "Kütüphane ve doğa gibi pek çok şey ücretsizdir.",
    },
    "articles": [LIBRARY, RIGHT_OF_PUBLIC_ACCESS, SPORT_AND_YOUTH],
}
