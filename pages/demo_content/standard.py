"""The standard pages every public site needs: about this site, and the accessibility statement."""

ABOUT = {
    "title": {
        "sv": "Om webbplatsen",
        "sv-x-simple": "Om webbplatsen",
        "en": "About this site",
        "ar": "عن الموقع",
        "fa": "دربارهٔ این وب‌سایت",
        "prs": "دربارهٔ این ویب‌سایت",
        "ps": "د دې ویب‌پاڼې په اړه",
        "ckb": "دەربارەی ئەم ماڵپەڕە",
        "so": "Ku saabsan websaydkan",
        "ti": "ብዛዕባ እዚ መርበብ ሓበሬታ",
        "uk": "Про сайт",
        "ru": "О сайте",
        "tr": "Bu site hakkında",
    },
    "slug": {
        "sv": "om-webbplatsen",
        "sv-x-simple": "om-webbplatsen",
        "en": "about-this-site",
        "ar": "about-this-site",
        "fa": "about-this-site",
        "prs": "about-this-site",
        "ps": "about-this-site",
        "ckb": "about-this-site",
        "so": "ku-saabsan-websaydkan",
        "ti": "about-this-site",
        "uk": "about-this-site",
        "ru": "about-this-site",
        "tr": "bu-site-hakkinda",
    },
    "intro": {
        "sv": "Ny i Västerås samlar samhällsinformation och vägar till stöd för dig som är ny i Västerås, på flera "
              "språk.",
        "sv-x-simple": "Här kan du läsa vad Ny i Västerås är.",
        "en": "Ny i Västerås brings together information about Swedish society and ways to find support for people who "
              "are new in Västerås, in several languages.",
        "ar": "يجمع موقع Ny i Västerås معلومات عن المجتمع وطرقًا للحصول على الدعم لمن هم جدد في فستروس، بعدة لغات.",
        "fa": "Ny i Västerås اطلاعاتی دربارهٔ جامعه و راه‌های دریافت کمک را برای تازه‌واردان وستروس به چند زبان گرد هم "
              "می‌آورد.",
        "prs": "Ny i Västerås معلومات دربارهٔ جامعه و راه‌های دریافت کمک را برای تازه‌واردان وستروس به چند زبان یک‌جا "
               "می‌سازد.",
        "ps": "Ny i Västerås په وستروس کې نویو راغلو خلکو ته د ټولنې په اړه معلومات او د ملاتړ لارې په څو ژبو یو ځای "
              "وړاندې کوي.",
        "ckb": "Ny i Västerås زانیاری دەربارەی کۆمەڵگا و ڕێگاکانی وەرگرتنی پشتیوانی بۆ ئەو کەسانەی تازە هاتوونەتە "
               "ڤێستەرۆس، بە چەند زمانێک کۆ دەکاتەوە.",
        "so": "Ny i Västerås wuxuu isku keenaa macluumaad ku saabsan bulshada iyo siyaabaha taageero loo helo, oo loogu "
              "talagalay dadka cusub ee Västerås, luqado badan.",
        "ti": "Ny i Västerås ንሓደስቲ ናብ ቨስተሮስ ዝመጹ ሰባት ብዛዕባ ሕብረተሰብ ሓበሬታን መገድታት ደገፍን ብብዙሓት "
              "ቋንቋታት የጠርንፍ።",
        "uk": "Ny i Västerås збирає інформацію про суспільство та шляхи отримання підтримки для тих, хто нещодавно "
              "оселився у Вестеросі, кількома мовами.",
        "ru": "Ny i Västerås собирает информацию об обществе и способах получить поддержку для тех, кто недавно "
              "поселился в Вестеросе, на нескольких языках.",
        "tr": "Ny i Västerås, Västerås'a yeni gelenler için toplum hakkında bilgileri ve destek alma yollarını birçok "
              "dilde bir araya getirir.",
    },
    "body": {
        "sv": [
            ("heading", "Vad är Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås är en webbplats för dig som är ny i Västerås. Här finns samhällsinformation "
                          "inom sex områden: bostad, arbete och försörjning, hälsa, föreningsliv, fritid och "
                          "föräldraskap. Här finns också en katalog över myndigheter, kommunala verksamheter, föreningar, "
                          "studieförbund, trossamfund och andra aktörer som ger information, vägledning och stöd, och "
                          "sidor om mötesplatserna Bäckbyhuset och Hjärtpunkt Skiljebo.</p>"),
            ("heading", "Språk och översättningar"),
            ("paragraph", "<p>Svenska är webbplatsens grundspråk. En del texter finns också på lättläst svenska, och "
                          "texterna översätts till flera andra språk. Översättningarna är maskinöversättningar om de inte "
                          "är markerade som granskade av någon som talar språket. En maskinöversättning kan innehålla "
                          "fel. Om en sida inte finns på ditt språk visas den svenska texten, med en upplysning om "
                          "det.</p>"),
            ("callout", {"tone": "info", "text": "Gäller det något viktigt, till exempel en ansökan eller ett beslut, "
                                                 "kontrollera alltid uppgifterna hos den myndighet det gäller. Du kan "
                                                 "ofta få tolk när du har kontakt med myndigheter."}),
            ("heading", "Aktörskatalogen"),
            ("paragraph", "<p>Katalogen bygger på den kartläggning av aktörer som projektet Ny i Västerås gjorde: "
                          "myndigheter, kommunala verksamheter, studieförbund, folkhögskolor, trossamfund och föreningar "
                          "som arbetar med integration i Västerås. Föreningar och andra aktörer håller sina egna "
                          "uppgifter aktuella, och personal granskar varje ändring innan den publiceras. Varje aktör "
                          "visar när uppgifterna senast kontrollerades.</p>"),
            ("heading", "Hittar du ett fel?"),
            ("bullets", [
                "På varje aktörs sida i katalogen kan du rapportera uppgifter som är fel eller gamla.",
                "Saknas en aktör i katalogen kan du föreslå den.",
                "Saknas uppgifter om en mötesplats kan du föreslå dem på mötesplatsens sida.",
            ]),
            ("paragraph", "<p>Personal läser alla rapporter och rättar felen så snart som möjligt.</p>"),
        ],
        "en": [
            ("heading", "What is Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås (New in Västerås) is a website for people who are new in Västerås. It has "
                          "information about Swedish society in six areas: housing, work and income, health, "
                          "associations, leisure and parenting. It also has a directory of public authorities, municipal "
                          "services, associations, study associations, faith communities and other organisations that "
                          "give information, guidance and support, and pages about the meeting places Bäckbyhuset and "
                          "Hjärtpunkt Skiljebo.</p>"),
            ("heading", "Languages and translations"),
            ("paragraph", "<p>Swedish is the site's source language. Some texts are also available in easy-to-read "
                          "Swedish, and texts are translated into several other languages. Translations are machine "
                          "translations unless they are marked as reviewed by someone who speaks the language. A machine "
                          "translation may contain mistakes. If a page is not available in your language, the Swedish "
                          "text is shown, with a notice saying so.</p>"),
            ("callout", {"tone": "info", "text": "If something important is at stake, for example an application or a "
                                                 "decision, always check the facts with the authority concerned. You can "
                                                 "often have an interpreter when you deal with public authorities."}),
            ("heading", "The directory"),
            ("paragraph", "<p>The directory is based on the mapping of organisations carried out by the project Ny i "
                          "Västerås: public authorities, municipal services, study associations, folk high schools, faith "
                          "communities and associations working with integration in Västerås. Associations and other "
                          "organisations keep their own details up to date, and staff review every change before it is "
                          "published. Each entry shows when its details were last checked.</p>"),
            ("heading", "Found a mistake?"),
            ("bullets", [
                "On each organisation's page in the directory you can report details that are wrong or out of date.",
                "If an organisation is missing from the directory, you can suggest it.",
                "If details about a meeting place are missing, you can suggest them on the meeting place's page.",
            ]),
            ("paragraph", "<p>Staff read every report and correct mistakes as soon as possible.</p>"),
        ],
        "sv-x-simple": [
            ("heading", "Vad är Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås är en webbplats för dig som är ny i Västerås. Här finns information om "
                          "samhället. Här finns också en lista med myndigheter och föreningar som kan hjälpa dig.</p>"),
            ("heading", "Språk"),
            ("paragraph", "<p>Texterna skrivs först på svenska. Sedan översätts de till andra språk av en dator. Det kan "
                          "bli fel i översättningarna. Om en sida inte finns på ditt språk får du läsa den på "
                          "svenska.</p>"),
            ("heading", "Hittar du ett fel?"),
            ("paragraph", "<p>Du kan berätta om fel i listan. Då rättar vi felet.</p>"),
        ],
        "ar": [
            ("heading", "ما هو Ny i Västerås؟"),
            ("paragraph", "<p>Ny i Västerås (جديد في فستروس) موقع لمن هم جدد في فستروس. يضم معلومات عن المجتمع في ستة "
                          "مجالات: السكن، والعمل والإعالة، والصحة، والجمعيات، وأوقات الفراغ، والأبوة والأمومة. ويضم أيضًا "
                          "دليلًا للجهات الحكومية والمرافق البلدية والجمعيات والجمعيات التعليمية والجماعات الدينية وغيرها "
                          "من الجهات التي تقدّم المعلومات والإرشاد والدعم، وصفحات عن مكانَي اللقاء Bäckbyhuset "
                          "وHjärtpunkt Skiljebo.</p>"),
            ("heading", "اللغات والترجمات"),
            ("paragraph", "<p>السويدية هي اللغة الأصلية للموقع. بعض النصوص متوفرة أيضًا بالسويدية المبسّطة، وتُترجم "
                          "النصوص إلى عدة لغات أخرى. الترجمات ترجمات آلية ما لم يُشَر إلى أن شخصًا يتحدث اللغة قد "
                          "راجعها. قد تحتوي الترجمة الآلية على أخطاء. إذا لم تكن الصفحة متوفرة بلغتك يُعرض النص السويدي "
                          "مع تنبيه بذلك.</p>"),
            ("callout", {"tone": "info", "text": "إذا كان الأمر مهمًا، مثل طلب أو قرار، فتحقّق دائمًا من المعلومات لدى "
                                                 "الجهة الحكومية المعنية. غالبًا يمكنك الحصول على مترجم عند تعاملك مع "
                                                 "الجهات الحكومية."}),
            ("heading", "دليل الجهات"),
            ("paragraph", "<p>يستند الدليل إلى حصر الجهات الذي أجراه مشروع Ny i Västerås: الجهات الحكومية والمرافق "
                          "البلدية والجمعيات التعليمية والمدارس الشعبية العليا والجماعات الدينية والجمعيات التي تعمل في "
                          "مجال الاندماج في فستروس. تحدّث الجمعيات والجهات الأخرى بياناتها بنفسها، ويراجع الموظفون كل "
                          "تغيير قبل نشره. تُظهر كل جهة متى جرى التحقق من بياناتها آخر مرة.</p>"),
            ("heading", "هل وجدت خطأ؟"),
            ("bullets", [
                "في صفحة كل جهة في الدليل يمكنك الإبلاغ عن بيانات خاطئة أو قديمة.",
                "إذا كانت جهة ما غير موجودة في الدليل يمكنك اقتراحها.",
                "إذا كانت بيانات مكان لقاء ناقصة يمكنك اقتراحها في صفحة مكان اللقاء.",
            ]),
            ("paragraph", "<p>يقرأ الموظفون كل البلاغات ويصحّحون الأخطاء في أسرع وقت ممكن.</p>"),
        ],
        "fa": [
            ("heading", "Ny i Västerås چیست؟"),
            ("paragraph", "<p>Ny i Västerås (تازه‌وارد در وستروس) وب‌سایتی برای کسانی است که تازه به وستروس آمده‌اند. در "
                          "اینجا اطلاعاتی دربارهٔ جامعه در شش زمینه وجود دارد: مسکن، کار و تأمین معاش، سلامت، انجمن‌ها، "
                          "اوقات فراغت و فرزندپروری. همچنین فهرستی از ادارات دولتی، خدمات شهرداری، انجمن‌ها، انجمن‌های "
                          "آموزشی، جوامع دینی و نهادهای دیگری که اطلاعات، راهنمایی و پشتیبانی ارائه می‌دهند، و صفحاتی "
                          "دربارهٔ مکان‌های دیدار Bäckbyhuset و Hjärtpunkt Skiljebo در آن هست.</p>"),
            ("heading", "زبان‌ها و ترجمه‌ها"),
            ("paragraph", "<p>سوئدی زبان اصلی وب‌سایت است. برخی متن‌ها به سوئدی ساده هم موجود است و متن‌ها به چند زبان "
                          "دیگر ترجمه می‌شوند. ترجمه‌ها ماشینی هستند، مگر اینکه مشخص شده باشد که کسی که آن زبان را می‌داند "
                          "آن‌ها را بازبینی کرده است. ترجمهٔ ماشینی ممکن است اشتباه داشته باشد. اگر صفحه‌ای به زبان شما "
                          "موجود نباشد، متن سوئدی همراه با یک اطلاعیه نشان داده می‌شود.</p>"),
            ("callout", {"tone": "info", "text": "اگر موضوع مهمی در میان است، مثلاً یک درخواست یا یک تصمیم، همیشه "
                                                 "اطلاعات را نزد ادارهٔ مربوط بررسی کنید. هنگام تماس با ادارات دولتی "
                                                 "اغلب می‌توانید مترجم داشته باشید."}),
            ("heading", "فهرست نهادها"),
            ("paragraph", "<p>این فهرست بر پایهٔ شناسایی نهادهایی است که پروژهٔ Ny i Västerås انجام داد: ادارات دولتی، "
                          "خدمات شهرداری، انجمن‌های آموزشی، مدارس عالی مردمی، جوامع دینی و انجمن‌هایی که در وستروس در "
                          "زمینهٔ ادغام اجتماعی کار می‌کنند. انجمن‌ها و نهادهای دیگر خودشان اطلاعاتشان را به‌روز نگه "
                          "می‌دارند و کارکنان هر تغییر را پیش از انتشار بررسی می‌کنند. برای هر نهاد نشان داده می‌شود که "
                          "اطلاعاتش آخرین بار کی بررسی شده است.</p>"),
            ("heading", "اشتباهی پیدا کرده‌اید؟"),
            ("bullets", [
                "در صفحهٔ هر نهاد در فهرست می‌توانید اطلاعات نادرست یا قدیمی را گزارش دهید.",
                "اگر نهادی در فهرست نیست، می‌توانید آن را پیشنهاد کنید.",
                "اگر اطلاعات یک مکان دیدار ناقص است، می‌توانید آن را در صفحهٔ همان مکان پیشنهاد کنید.",
            ]),
            ("paragraph", "<p>کارکنان همهٔ گزارش‌ها را می‌خوانند و اشتباهات را هر چه زودتر اصلاح می‌کنند.</p>"),
        ],
        "prs": [
            ("heading", "Ny i Västerås چیست؟"),
            ("paragraph", "<p>Ny i Västerås (تازه‌وارد در وستروس) ویب‌سایتی برای کسانی است که تازه به وستروس آمده‌اند. "
                          "در اینجا معلومات دربارهٔ جامعه در شش بخش موجود است: مسکن، کار و تأمین معیشت، صحت، انجمن‌ها، "
                          "وقت فارغ و پرورش اطفال. همچنان فهرستی از ادارات دولتی، خدمات شاروالی، انجمن‌ها، انجمن‌های "
                          "آموزشی، جوامع دینی و نهادهای دیگری که معلومات، رهنمایی و کمک ارائه می‌کنند، و صفحه‌هایی "
                          "دربارهٔ محل‌های دیدار Bäckbyhuset و Hjärtpunkt Skiljebo در آن است.</p>"),
            ("heading", "زبان‌ها و ترجمه‌ها"),
            ("paragraph", "<p>سویدنی زبان اصلی ویب‌سایت است. بعضی متن‌ها به سویدنی ساده هم موجود است و متن‌ها به چند "
                          "زبان دیگر ترجمه می‌شوند. ترجمه‌ها ماشینی هستند، مگر این‌که نشانی شده باشد که یک سخنور آن زبان "
                          "آن‌ها را بررسی کرده است. ترجمهٔ ماشینی ممکن است اشتباه داشته باشد. اگر صفحه‌ای به زبان شما "
                          "موجود نباشد، متن سویدنی همراه با یک اطلاعیه نشان داده می‌شود.</p>"),
            ("callout", {"tone": "info", "text": "اگر موضوع مهمی مانند یک درخواست یا یک فیصله در میان است، همیشه "
                                                 "معلومات را نزد ادارهٔ مربوط بررسی کنید. هنگام تماس با ادارات دولتی "
                                                 "اکثراً می‌توانید ترجمان داشته باشید."}),
            ("heading", "فهرست نهادها"),
            ("paragraph", "<p>این فهرست بر اساس سروی نهادهایی است که پروژهٔ Ny i Västerås انجام داد: ادارات دولتی، "
                          "خدمات شاروالی، انجمن‌های آموزشی، مکاتب عالی مردمی، جوامع دینی و انجمن‌هایی که در وستروس در "
                          "زمینهٔ ادغام کار می‌کنند. انجمن‌ها و نهادهای دیگر خودشان معلومات خود را تازه نگه می‌دارند و "
                          "کارمندان هر تغییر را پیش از نشر بررسی می‌کنند. برای هر نهاد نشان داده می‌شود که معلوماتش "
                          "آخرین بار چه وقت بررسی شده است.</p>"),
            ("heading", "اشتباهی یافته‌اید؟"),
            ("bullets", [
                "در صفحهٔ هر نهاد در فهرست می‌توانید معلومات نادرست یا کهنه را گزارش بدهید.",
                "اگر نهادی در فهرست نیست، می‌توانید آن را پیشنهاد کنید.",
                "اگر معلومات یک محل دیدار ناقص است، می‌توانید آن را در صفحهٔ همان محل پیشنهاد کنید.",
            ]),
            ("paragraph", "<p>کارمندان همهٔ گزارش‌ها را می‌خوانند و اشتباهات را هر چه زودتر اصلاح می‌کنند.</p>"),
        ],
        "ps": [
            ("heading", "Ny i Västerås څه شی دی؟"),
            ("paragraph", "<p>Ny i Västerås (په وستروس کې نوي) هغو خلکو ته یوه ویب‌پاڼه ده چې وستروس ته نوي راغلي دي. "
                          "دلته په شپږو برخو کې د ټولنې په اړه معلومات شته: استوګنه، کار او عاید، روغتیا، ټولنې، د وزګار "
                          "وخت او د ماشومانو روزنه. همدارنګه دلته د دولتي ادارو، ښاروالۍ خدمتونو، ټولنو، زده‌کړیزو "
                          "ټولنو، دیني ټولنو او نورو بنسټونو لړلیک شته چې معلومات، لارښوونه او ملاتړ وړاندې کوي، او د "
                          "Bäckbyhuset او Hjärtpunkt Skiljebo د لیدو ځایونو په اړه پاڼې هم شته.</p>"),
            ("heading", "ژبې او ژباړې"),
            ("paragraph", "<p>سویډني د ویب‌پاڼې اصلي ژبه ده. ځینې متنونه په اسانه سویډني هم شته، او متنونه په څو نورو "
                          "ژبو ژباړل کېږي. ژباړې ماشیني دي، مګر دا چې نښه شوې وي چې د هغې ژبې یوه ویونکي کتلې دي. ماشیني "
                          "ژباړه ښايي تېروتنې ولري. که یوه پاڼه ستاسو په ژبه نه وي، سویډني متن له یوې خبرتیا سره ښودل "
                          "کېږي.</p>"),
            ("callout", {"tone": "info", "text": "که کومه مهمه خبره وي، لکه غوښتنلیک یا پرېکړه، تل معلومات له اړوندې "
                                                 "ادارې سره وګورئ. له دولتي ادارو سره د اړیکې پر مهال اکثره ژباړونکی "
                                                 "ترلاسه کولی شئ."}),
            ("heading", "د بنسټونو لړلیک"),
            ("paragraph", "<p>دا لړلیک د هغې سروې پر بنسټ جوړ دی چې د Ny i Västerås پروژې ترسره کړې وه: دولتي ادارې، د "
                          "ښاروالۍ خدمتونه، زده‌کړیزې ټولنې، د خلکو لوړې ښوونځي، دیني ټولنې او هغه ټولنې چې په وستروس کې "
                          "د ادغام په برخه کې کار کوي. ټولنې او نور بنسټونه خپل معلومات پخپله تازه ساتي، او کارکوونکي هر "
                          "بدلون له خپرېدو مخکې ګوري. د هر بنسټ لپاره ښودل کېږي چې معلومات یې وروستی ځل کله وکتل "
                          "شول.</p>"),
            ("heading", "کومه تېروتنه مو موندلې؟"),
            ("bullets", [
                "په لړلیک کې د هر بنسټ په پاڼه کې کولی شئ ناسم یا زاړه معلومات راپور کړئ.",
                "که یو بنسټ په لړلیک کې نه وي، کولی شئ وړاندیز یې وکړئ.",
                "که د یوه لیدو ځای معلومات نیمګړي وي، کولی شئ د هغه ځای په پاڼه کې یې وړاندیز کړئ.",
            ]),
            ("paragraph", "<p>کارکوونکي ټول راپورونه لولي او تېروتنې ژر تر ژره سموي.</p>"),
        ],
        "ckb": [
            ("heading", "Ny i Västerås چییە؟"),
            ("paragraph", "<p>Ny i Västerås (نوێ لە ڤێستەرۆس) ماڵپەڕێکە بۆ ئەو کەسانەی تازە هاتوونەتە ڤێستەرۆس. لێرەدا "
                          "زانیاری دەربارەی کۆمەڵگا لە شەش بواردا هەیە: نیشتەجێبوون، کار و بژێوی، تەندروستی، کۆمەڵەکان، "
                          "کاتی پشوو و دایک و باوکایەتی. هەروەها لیستێکی دامەزراوە حکومییەکان، خزمەتگوزارییەکانی "
                          "شارەوانی، کۆمەڵەکان، کۆمەڵە پەروەردەییەکان، کۆمەڵە ئایینییەکان و لایەنەکانی تر هەیە کە "
                          "زانیاری، ڕێنمایی و پشتیوانی پێشکەش دەکەن، لەگەڵ چەند پەڕەیەک دەربارەی شوێنەکانی کۆبوونەوەی "
                          "Bäckbyhuset و Hjärtpunkt Skiljebo.</p>"),
            ("heading", "زمانەکان و وەرگێڕانەکان"),
            ("paragraph", "<p>سویدی زمانی بنەڕەتی ماڵپەڕەکەیە. هەندێک دەق بە سویدیی ئاسانیش هەن، و دەقەکان بۆ چەند "
                          "زمانێکی تر وەردەگێڕدرێن. وەرگێڕانەکان وەرگێڕانی ئامێرین، مەگەر نیشانە کرابن کە کەسێک کە ئەو "
                          "زمانە دەزانێت پێیاندا چووەتەوە. وەرگێڕانی ئامێری لەوانەیە هەڵەی تێدا بێت. ئەگەر پەڕەیەک بە "
                          "زمانەکەی تۆ نەبێت، دەقە سویدییەکە لەگەڵ ئاگادارکردنەوەیەک نیشان دەدرێت.</p>"),
            ("callout", {"tone": "info", "text": "ئەگەر بابەتێکی گرنگ هەبێت، بۆ نموونە داواکارییەک یان بڕیارێک، هەمیشە "
                                                 "زانیارییەکان لە دامەزراوەی پەیوەندیدار پشتڕاست بکەرەوە. زۆرجار "
                                                 "دەتوانیت لە پەیوەندی لەگەڵ دامەزراوە حکومییەکاندا وەرگێڕت هەبێت."}),
            ("heading", "لیستی لایەنەکان"),
            ("paragraph", "<p>ئەم لیستە لەسەر بنەمای ئەو ڕووپێوییەیە کە پرۆژەی Ny i Västerås بۆ لایەنەکان کردی: "
                          "دامەزراوە حکومییەکان، خزمەتگوزارییەکانی شارەوانی، کۆمەڵە پەروەردەییەکان، قوتابخانە باڵاکانی "
                          "گەل، کۆمەڵە ئایینییەکان و ئەو کۆمەڵانەی لە ڤێستەرۆس لە بواری تێکەڵبووندا کار دەکەن. "
                          "کۆمەڵەکان و لایەنەکانی تر خۆیان زانیارییەکانیان نوێ دەکەنەوە، و کارمەندان پێش بڵاوکردنەوە "
                          "سەیری هەموو گۆڕانکارییەک دەکەن. بۆ هەر لایەنێک نیشان دەدرێت کە دوایین جار کەی "
                          "زانیارییەکانی پشکنراون.</p>"),
            ("heading", "هەڵەیەکت دۆزیوەتەوە؟"),
            ("bullets", [
                "لە پەڕەی هەر لایەنێک لە لیستەکەدا دەتوانیت ڕاپۆرتی زانیاریی هەڵە یان کۆن بدەیت.",
                "ئەگەر لایەنێک لە لیستەکەدا نەبێت، دەتوانیت پێشنیاری بکەیت.",
                "ئەگەر زانیاریی شوێنێکی کۆبوونەوە کەم بێت، دەتوانیت لە پەڕەی ئەو شوێنەدا پێشنیاری بکەیت.",
            ]),
            ("paragraph", "<p>کارمەندان هەموو ڕاپۆرتەکان دەخوێننەوە و هەڵەکان بە زووترین کات چاک دەکەنەوە.</p>"),
        ],
        "so": [
            ("heading", "Waa maxay Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås (Ku cusub Västerås) waa websayd loogu talagalay dadka ku cusub Västerås. "
                          "Waxaa ku jira macluumaad bulshada ku saabsan oo lix qaybood ah: guriyeynta, shaqada iyo "
                          "dakhliga, caafimaadka, ururrada, waqtiga firaaqada iyo waalidnimada. Waxaa kale oo ku jira "
                          "buug-tilmaameed hay'adaha dowladda, adeegyada degmada, ururrada, ururrada waxbarashada, "
                          "bulshooyinka diimeed iyo hay'ado kale oo bixiya macluumaad, hanuunin iyo taageero, iyo bogag ku "
                          "saabsan meelaha lagu kulmo Bäckbyhuset iyo Hjärtpunkt Skiljebo.</p>"),
            ("heading", "Luqadaha iyo turjumaadaha"),
            ("paragraph", "<p>Iswiidhishku waa luqadda asalka ah ee websaydka. Qoraallada qaar waxay sidoo kale ku qoran "
                          "yihiin iswiidhish fudud, qoraalladana waxaa loo turjumaa luqado kale oo badan. Turjumaaduhu waa "
                          "turjumaad mashiin, haddii aan lagu calaamadin in qof luqadda ku hadla uu dib u eegay. "
                          "Turjumaadda mashiinku waxay yeelan kartaa khaladaad. Haddii bog aan luqaddaada ku jirin, waxaa "
                          "la muujinayaa qoraalka iswiidhishka oo ay la socoto ogeysiis.</p>"),
            ("callout", {"tone": "info", "text": "Haddii arrin muhiim ah jirto, tusaale ahaan codsi ama go'aan, had iyo "
                                                 "jeer ka hubi macluumaadka hay'adda ay khusayso. Inta badan waxaad heli "
                                                 "kartaa turjubaan marka aad la xiriirto hay'adaha dowladda."}),
            ("heading", "Buug-tilmaameedka hay'adaha"),
            ("paragraph", "<p>Buug-tilmaameedku wuxuu ku salaysan yahay sahankii hay'adaha ee uu sameeyay mashruuca Ny i "
                          "Västerås: hay'adaha dowladda, adeegyada degmada, ururrada waxbarashada, dugsiyada sare ee "
                          "dadweynaha, bulshooyinka diimeed iyo ururrada ka shaqeeya isdhexgalka ee Västerås. Ururrada iyo "
                          "hay'adaha kale iyaga ayaa cusbooneysiiya macluumaadkooda, shaqaaluhuna way hubiyaan isbeddel "
                          "kasta ka hor inta aan la daabicin. Hay'ad kasta waxaa lagu muujiyaa goorta macluumaadkeeda "
                          "ugu dambeysay la hubiyay.</p>"),
            ("heading", "Ma heshay khalad?"),
            ("bullets", [
                "Bogga hay'ad kasta ee buug-tilmaameedka waxaad ka soo sheegi kartaa macluumaad khaldan ama duugoobay.",
                "Haddii hay'ad ka maqan tahay buug-tilmaameedka, waad soo jeedin kartaa.",
                "Haddii macluumaad ka maqan yihiin meel lagu kulmo, waxaad ku soo jeedin kartaa bogga meeshaas.",
            ]),
            ("paragraph", "<p>Shaqaaluhu waxay akhriyaan warbixin kasta, waxayna saxaan khaladaadka sida ugu dhakhsaha "
                          "badan.</p>"),
        ],
        "ti": [
            ("heading", "Ny i Västerås እንታይ እዩ?"),
            ("paragraph", "<p>Ny i Västerås (ሓድሽ ኣብ ቨስተሮስ) ንሓደስቲ ናብ ቨስተሮስ ዝመጹ ሰባት ዝተዳለወ መርበብ ሓበሬታ "
                          "እዩ። ኣብዚ ብዛዕባ ሕብረተሰብ ኣብ ሽዱሽተ ዓውድታት ሓበሬታ ኣሎ፦ መንበሪ ገዛ፣ ስራሕን ኣታዊን፣ ጥዕና፣ "
                          "ማሕበራት፣ ግዜ ዕረፍትን ወላድነትን። ከምኡ'ውን ሓበሬታ፣ መምርሒን ደገፍን ዝህቡ መንግስታዊ ትካላት፣ "
                          "ኣገልግሎታት ምምሕዳር ከተማ፣ ማሕበራት፣ ማሕበራት ትምህርቲ፣ ሃይማኖታዊ ማሕበረሰባትን ካልኦት ኣካላትን "
                          "ዝሓዘ ዝርዝር፣ ከምኡ'ውን ብዛዕባ መራኸቢ ቦታታት Bäckbyhuset ን Hjärtpunkt Skiljebo ን ዝገልጹ ገጻት "
                          "ኣለዉ።</p>"),
            ("heading", "ቋንቋታትን ትርጉማትን"),
            ("paragraph", "<p>ሽወደንኛ መሰረታዊ ቋንቋ ናይዚ መርበብ እዩ። ገለ ጽሑፋት ብቐሊል ሽወደንኛ እውን ይርከቡ፣ ጽሑፋት "
                          "ድማ ናብ ብዙሓት ካልኦት ቋንቋታት ይትርጎሙ። እቶም ትርጉማት፣ ብሓደ ነቲ ቋንቋ ዝዛረብ ሰብ ከም ዝተመርመሩ "
                          "እንተ ዘይተመልኪቶም፣ ብማሽን ዝተተርጎሙ እዮም። ብማሽን ዝተገብረ ትርጉም ጌጋታት ክህልዎ ይኽእል። ሓደ "
                          "ገጽ ብቋንቋኹም እንተ ዘየሎ፣ እቲ ሽወደንኛ ጽሑፍ ምስ መግለጺ ይርአ።</p>"),
            ("callout", {"tone": "info", "text": "ኣገዳሲ ጉዳይ እንተሎ፣ ንኣብነት ሕቶ ወይ ውሳነ፣ ኩሉ ግዜ ነቲ ሓበሬታ ኣብቲ "
                                                 "ዝምልከቶ ትካል ኣረጋግጹ። ምስ መንግስታዊ ትካላት ክትራኸቡ ከለኹም መብዛሕትኡ "
                                                 "ግዜ ተርጓሚ ክትረኽቡ ትኽእሉ ኢኹም።"}),
            ("heading", "ዝርዝር ኣካላት"),
            ("paragraph", "<p>እቲ ዝርዝር ኣብቲ ፕሮጀክት Ny i Västerås ዝገበሮ መጽናዕቲ ኣካላት ዝተመርኮሰ እዩ፦ መንግስታዊ "
                          "ትካላት፣ ኣገልግሎታት ምምሕዳር ከተማ፣ ማሕበራት ትምህርቲ፣ ህዝባዊ ላዕለዋይ ኣብያተ ትምህርቲ፣ ሃይማኖታዊ "
                          "ማሕበረሰባትን ኣብ ቨስተሮስ ኣብ ምውህሃድ ዝሰርሓ ማሕበራትን። ማሕበራትን ካልኦት ኣካላትን ባዕሎም "
                          "ሓበሬታኦም የሐድሱ፣ ሰራሕተኛታት ድማ ነፍሲ ወከፍ ለውጢ ቅድሚ ምዝርጋሑ ይምርምሩ። ንነፍሲ ወከፍ ኣካል "
                          "ሓበሬታኡ ንመወዳእታ ግዜ መዓስ ከም ዝተመርመረ ይርአ።</p>"),
            ("heading", "ጌጋ ረኺብኩም ዶ?"),
            ("bullets", [
                "ኣብ ገጽ ነፍሲ ወከፍ ኣካል ኣብቲ ዝርዝር፣ ጌጋ ወይ ዝኣረገ ሓበሬታ ክትሕብሩ ትኽእሉ።",
                "ሓደ ኣካል ኣብቲ ዝርዝር እንተ ዘየሎ፣ ክትእምቱ ትኽእሉ።",
                "ብዛዕባ ሓደ መራኸቢ ቦታ ሓበሬታ እንተ ጐዲሉ፣ ኣብ ገጽ ናይቲ ቦታ ክትእምቱ ትኽእሉ።",
            ]),
            ("paragraph", "<p>ሰራሕተኛታት ኩሉ ጸብጻባት የንብቡ፣ ጌጋታት ድማ ብዝተኻእለ መጠን ቀልጢፎም የእርሙ።</p>"),
        ],
        "uk": [
            ("heading", "Що таке Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås («Нові у Вестеросі») — сайт для людей, які нещодавно приїхали до Вестероса. "
                          "Тут є інформація про суспільство в шести сферах: житло, робота й дохід, здоров'я, громадські "
                          "об'єднання, дозвілля та батьківство. Також тут є довідник державних установ, муніципальних "
                          "служб, об'єднань, освітніх спілок, релігійних громад та інших організацій, які надають "
                          "інформацію, консультації та підтримку, а також сторінки про місця зустрічей Bäckbyhuset і "
                          "Hjärtpunkt Skiljebo.</p>"),
            ("heading", "Мови та переклади"),
            ("paragraph", "<p>Шведська — основна мова сайту. Деякі тексти є також спрощеною шведською, а тексти "
                          "перекладаються кількома іншими мовами. Переклади є машинними, якщо їх не позначено як перевірені "
                          "носієм мови. Машинний переклад може містити помилки. Якщо сторінки немає вашою мовою, "
                          "показується шведський текст із відповідним повідомленням.</p>"),
            ("callout", {"tone": "info", "text": "Якщо йдеться про щось важливе, наприклад заяву чи рішення, завжди "
                                                 "перевіряйте відомості у відповідній установі. У спілкуванні з "
                                                 "державними установами часто можна отримати перекладача."}),
            ("heading", "Довідник організацій"),
            ("paragraph", "<p>Довідник ґрунтується на дослідженні організацій, яке провів проєкт Ny i Västerås: державні "
                          "установи, муніципальні служби, освітні спілки, народні вищі школи, релігійні громади та "
                          "об'єднання, що працюють з інтеграцією у Вестеросі. Об'єднання та інші організації самі "
                          "оновлюють свої дані, а працівники перевіряють кожну зміну перед публікацією. Для кожної "
                          "організації видно, коли її дані перевіряли востаннє.</p>"),
            ("heading", "Знайшли помилку?"),
            ("bullets", [
                "На сторінці кожної організації в довіднику можна повідомити про неправильні або застарілі дані.",
                "Якщо організації немає в довіднику, її можна запропонувати.",
                "Якщо про місце зустрічей бракує відомостей, їх можна запропонувати на сторінці цього місця.",
            ]),
            ("paragraph", "<p>Працівники читають усі повідомлення й виправляють помилки якнайшвидше.</p>"),
        ],
        "ru": [
            ("heading", "Что такое Ny i Västerås?"),
            ("paragraph", "<p>Ny i Västerås («Впервые в Вестеросе») — сайт для людей, которые недавно приехали в "
                          "Вестерос. Здесь есть информация об обществе в шести областях: жильё, работа и доход, здоровье, "
                          "общественные объединения, досуг и родительство. Также здесь есть справочник государственных "
                          "учреждений, муниципальных служб, объединений, образовательных союзов, религиозных общин и "
                          "других организаций, которые дают информацию, консультации и поддержку, и страницы о местах "
                          "встреч Bäckbyhuset и Hjärtpunkt Skiljebo.</p>"),
            ("heading", "Языки и переводы"),
            ("paragraph", "<p>Шведский — основной язык сайта. Некоторые тексты есть также на упрощённом шведском, а "
                          "тексты переводятся на несколько других языков. Переводы машинные, если они не отмечены как "
                          "проверенные носителем языка. Машинный перевод может содержать ошибки. Если страницы нет на "
                          "вашем языке, показывается шведский текст с соответствующим уведомлением.</p>"),
            ("callout", {"tone": "info", "text": "Если речь идёт о чём-то важном, например о заявлении или решении, "
                                                 "всегда проверяйте сведения в соответствующем учреждении. При общении с "
                                                 "государственными учреждениями часто можно получить переводчика."}),
            ("heading", "Справочник организаций"),
            ("paragraph", "<p>Справочник основан на исследовании организаций, которое провёл проект Ny i Västerås: "
                          "государственные учреждения, муниципальные службы, образовательные союзы, народные высшие школы, "
                          "религиозные общины и объединения, работающие в сфере интеграции в Вестеросе. Объединения и "
                          "другие организации сами обновляют свои данные, а сотрудники проверяют каждое изменение перед "
                          "публикацией. Для каждой организации видно, когда её данные проверялись в последний раз.</p>"),
            ("heading", "Нашли ошибку?"),
            ("bullets", [
                "На странице каждой организации в справочнике можно сообщить о неверных или устаревших данных.",
                "Если организации нет в справочнике, её можно предложить.",
                "Если о месте встреч не хватает сведений, их можно предложить на странице этого места.",
            ]),
            ("paragraph", "<p>Сотрудники читают все сообщения и исправляют ошибки как можно скорее.</p>"),
        ],
        "tr": [
            ("heading", "Ny i Västerås nedir?"),
            ("paragraph", "<p>Ny i Västerås (Västerås'ta yeni), Västerås'a yeni gelen insanlar için bir web sitesidir. "
                          "Burada altı alanda toplum hakkında bilgi bulunur: konut, iş ve geçim, sağlık, dernekler, boş "
                          "zaman ve ebeveynlik. Ayrıca bilgi, rehberlik ve destek veren kamu kurumları, belediye "
                          "hizmetleri, dernekler, halk eğitim kuruluşları, dini topluluklar ve diğer kuruluşların yer "
                          "aldığı bir rehber ile Bäckbyhuset ve Hjärtpunkt Skiljebo buluşma yerleri hakkında sayfalar "
                          "vardır.</p>"),
            ("heading", "Diller ve çeviriler"),
            ("paragraph", "<p>Sitenin kaynak dili İsveççedir. Bazı metinler kolay okunur İsveççe olarak da mevcuttur ve "
                          "metinler birçok başka dile çevrilir. Çeviriler, dili konuşan biri tarafından kontrol edildiği "
                          "belirtilmedikçe makine çevirisidir. Makine çevirisi hatalar içerebilir. Bir sayfa sizin "
                          "dilinizde yoksa, İsveççe metin bir uyarıyla birlikte gösterilir.</p>"),
            ("callout", {"tone": "info", "text": "Bir başvuru ya da karar gibi önemli bir konu söz konusuysa, bilgileri "
                                                 "her zaman ilgili kurumdan kontrol edin. Kamu kurumlarıyla görüşürken "
                                                 "çoğu zaman tercüman alabilirsiniz."}),
            ("heading", "Kuruluş rehberi"),
            ("paragraph", "<p>Rehber, Ny i Västerås projesinin yaptığı kuruluş taramasına dayanır: kamu kurumları, "
                          "belediye hizmetleri, halk eğitim kuruluşları, halk yüksek okulları, dini topluluklar ve "
                          "Västerås'ta entegrasyon alanında çalışan dernekler. Dernekler ve diğer kuruluşlar kendi "
                          "bilgilerini kendileri güncel tutar, personel de her değişikliği yayımlanmadan önce inceler. Her "
                          "kuruluş için bilgilerin en son ne zaman kontrol edildiği gösterilir.</p>"),
            ("heading", "Bir hata mı buldunuz?"),
            ("bullets", [
                "Rehberdeki her kuruluşun sayfasında yanlış veya eski bilgileri bildirebilirsiniz.",
                "Rehberde bulunmayan bir kuruluşu önerebilirsiniz.",
                "Bir buluşma yeri hakkında eksik bilgi varsa, bunu o yerin sayfasında önerebilirsiniz.",
            ]),
            ("paragraph", "<p>Personel tüm bildirimleri okur ve hataları en kısa sürede düzeltir.</p>"),
        ],
    },
}

ACCESSIBILITY_STATEMENT = {
    "title": {
        "sv": "Tillgänglighetsredogörelse",
        "en": "Accessibility statement",
        "ar": "بيان إمكانية الوصول",
        "fa": "بیانیهٔ دسترس‌پذیری",
        "so": "Bayaanka helitaanka",
        "ti": "መግለጺ ተበጻሕነት",
        "uk": "Заява про доступність",
    },
    "slug": {
        "sv": "tillganglighetsredogorelse",
        "en": "accessibility-statement",
        "ar": "accessibility-statement",
        "fa": "accessibility-statement",
        "so": "bayaanka-helitaanka",
        "ti": "accessibility-statement",
        "uk": "accessibility-statement",
    },
    "intro": {
        "sv": "Så uppfyller Ny i Västerås lagen om tillgänglighet till digital offentlig service, de brister vi känner "
              "till och hur du rapporterar problem.",
        "en": "How Ny i Västerås meets the Swedish law on accessibility of digital public services, the shortcomings "
              "we know of and how to report problems.",
        "ar": "كيف يستوفي موقع Ny i Västerås القانون السويدي بشأن إمكانية الوصول إلى الخدمات العامة الرقمية، وأوجه "
              "القصور التي نعرفها، وكيفية الإبلاغ عن المشكلات.",
        "fa": "Ny i Västerås چگونه قانون سوئد دربارهٔ دسترس‌پذیری خدمات عمومی دیجیتال را رعایت می‌کند، از چه کمبودهایی "
              "آگاهیم و چگونه مشکلات را گزارش دهید.",
        "so": "Sida Ny i Västerås u buuxiyo sharciga Iswiidhan ee helitaanka adeegyada dowladda ee dijitaalka ah, "
              "cilladaha aan ognahay iyo sida dhibaatooyinka loo soo sheego.",
        "ti": "Ny i Västerås ከመይ ነቲ ሕጊ ሽወደን ብዛዕባ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ከም ዘማልእ፣ እንፈልጦም "
              "ጉድለታትን ጸገማት ብኸመይ ከም እትሕብሩን።",
        "uk": "Як Ny i Västerås виконує шведський закон про доступність цифрових публічних послуг, про які недоліки ми "
              "знаємо і як повідомити про проблеми.",
    },
    "body": {
        "sv": [
            ("paragraph", "<p>Vi vill att så många som möjligt ska kunna använda webbplatsen Ny i Västerås. Den här "
                          "redogörelsen beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital "
                          "offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera "
                          "brister så att vi kan åtgärda dem.</p>"),
            ("heading", "Hur tillgänglig är webbplatsen?"),
            ("paragraph", "<p>Webbplatsen är byggd för att kunna användas med tangentbord, skärmläsare och förstoring, "
                          "på mobil och dator och utan JavaScript. Sidor på arabiska, persiska, dari, pashto och sorani "
                          "visas från höger till vänster. Vi känner till att delar av webbplatsen inte är helt "
                          "tillgängliga:</p>"),
            ("bullets", [
                "Många översättningar är maskinöversättningar och kan vara svåra att förstå eller innehålla fel.",
                "Alla sidor finns inte på alla språk. Då visas den svenska texten.",
                "Lättläst svenska finns bara för en del av sidorna.",
            ]),
            ("heading", "Vad kan du göra om du inte kan använda delar av webbplatsen?"),
            ("paragraph", "<p>Om du behöver innehåll som inte är tillgängligt för dig, kontakta redaktionen för Ny i "
                          "Västerås. Vi försöker då ge dig informationen på ett annat sätt.</p>"),
            ("heading", "Rapportera brister i webbplatsens tillgänglighet"),
            ("paragraph", "<p>Vi arbetar hela tiden med att förbättra webbplatsens tillgänglighet. Om du upptäcker "
                          "problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens "
                          "krav, meddela redaktionen. Berätta vilken sida det gäller och vad som inte fungerar.</p>"),
            ("paragraph", '<p>Skriv till redaktionen med formuläret <a href="/sv/feedback/">Lämna synpunkter</a>. Det finns också en länk längst ner på varje sida.</p>'),
            ("heading", "Tillsyn"),
            ("paragraph", "<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om "
                          "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina "
                          "synpunkter kan du kontakta Digg och påtala det.</p>"),
            ("heading", "Teknisk information om webbplatsens tillgänglighet"),
            ("paragraph", "<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig "
                          "service, på grund av de brister som beskrivs ovan. Målet är att uppfylla kraven i den "
                          "europeiska standarden EN 301 549, som bygger på riktlinjerna WCAG 2.1 på nivå AA.</p>"),
            ("heading", "Hur vi har testat webbplatsen"),
            ("paragraph", "<p>Vi testar webbplatsen själva, löpande, med automatiska tillgänglighetstester och med "
                          "tester i webbläsare: i smala mobilfönster och på språk som skrivs från höger till "
                          "vänster.</p>"),
        ],
        "en": [
            ("paragraph", "<p>We want as many people as possible to be able to use the Ny i Västerås website. This "
                          "statement describes how the website meets the Swedish law on accessibility of digital public "
                          "services (lagen om tillgänglighet till digital offentlig service), which accessibility "
                          "problems we know of and how you can report shortcomings so that we can fix them.</p>"),
            ("heading", "How accessible is the website?"),
            ("paragraph", "<p>The website is built to be usable with a keyboard, screen readers and magnification, on "
                          "phones and computers, and without JavaScript. Pages in Arabic, Persian, Dari, Pashto and "
                          "Sorani are shown right to left. We know that parts of the website are not fully "
                          "accessible:</p>"),
            ("bullets", [
                "Many translations are machine translations and may be hard to understand or contain mistakes.",
                "Not every page is available in every language. The Swedish text is then shown.",
                "Easy-to-read Swedish is available for only some of the pages.",
            ]),
            ("heading", "What can you do if you cannot use parts of the website?"),
            ("paragraph", "<p>If you need content that is not accessible to you, contact the Ny i Västerås editorial "
                          "team. We will try to give you the information in another way.</p>"),
            ("heading", "Report accessibility problems"),
            ("paragraph", "<p>We are always working to improve the accessibility of the website. If you find problems "
                          "that are not described on this page, or if you think we do not meet the requirements of the "
                          "law, tell the editorial team. Say which page it is about and what does not work.</p>"),
            ("paragraph", '<p>Write to the editorial team with the <a href="/en/feedback/">Give feedback</a> form. There is also a link to it at the bottom of every page.</p>'),
            ("heading", "Supervision"),
            ("paragraph", "<p>The Agency for Digital Government (Myndigheten för digital förvaltning, Digg) supervises "
                          "the law on accessibility of digital public services. If you are not satisfied with how we "
                          "handle your comments, you can contact Digg and tell them.</p>"),
            ("heading", "Technical information about the website's accessibility"),
            ("paragraph", "<p>The website is partially compliant with the law on accessibility of digital public "
                          "services, because of the shortcomings described above. The aim is to meet the requirements of "
                          "the European standard EN 301 549, which is based on the WCAG 2.1 guidelines at level "
                          "AA.</p>"),
            ("heading", "How we tested the website"),
            ("paragraph", "<p>We test the website ourselves, continuously, with automated accessibility tests and with "
                          "tests in a browser: in narrow mobile windows and in languages written from right to "
                          "left.</p>"),
        ],
        "ar": [
            ("paragraph", "<p>نريد أن يتمكّن أكبر عدد ممكن من الناس من استخدام موقع Ny i Västerås. يصف هذا البيان كيف "
                          "يستوفي الموقع القانون السويدي بشأن إمكانية الوصول إلى الخدمات العامة الرقمية (lagen om "
                          "tillgänglighet till digital offentlig service)، ومشكلات إمكانية الوصول التي نعرفها، وكيف "
                          "يمكنك الإبلاغ عن أوجه القصور لكي نصلحها.</p>"),
            ("heading", "ما مدى سهولة الوصول إلى الموقع؟"),
            ("paragraph", "<p>بُني الموقع ليكون قابلًا للاستخدام بلوحة المفاتيح وقارئات الشاشة والتكبير، على الهاتف "
                          "والحاسوب، ومن دون جافاسكربت. تُعرض الصفحات بالعربية والفارسية والدرية والبشتوية والسورانية من "
                          "اليمين إلى اليسار. نعلم أن أجزاء من الموقع ليست سهلة الوصول بالكامل:</p>"),
            ("bullets", [
                "كثير من الترجمات آلية، وقد يصعب فهمها أو قد تحتوي على أخطاء.",
                "ليست كل الصفحات متوفرة بكل اللغات، وعندها يُعرض النص السويدي.",
                "السويدية المبسّطة متوفرة لبعض الصفحات فقط.",
            ]),
            ("heading", "ماذا يمكنك أن تفعل إذا لم تستطع استخدام أجزاء من الموقع؟"),
            ("paragraph", "<p>إذا احتجت إلى محتوى لا يمكنك الوصول إليه، فتواصل مع فريق تحرير Ny i Västerås، وسنحاول أن "
                          "نقدّم لك المعلومات بطريقة أخرى.</p>"),
            ("heading", "الإبلاغ عن مشكلات في إمكانية الوصول"),
            ("paragraph", "<p>نعمل باستمرار على تحسين إمكانية الوصول إلى الموقع. إذا اكتشفت مشكلات غير موصوفة في هذه "
                          "الصفحة، أو إذا رأيت أننا لا نستوفي متطلبات القانون، فأخبر فريق التحرير. اذكر الصفحة المعنية "
                          "وما الذي لا يعمل.</p>"),
            ("paragraph", '<p>اكتب إلى فريق التحرير عبر نموذج <a href="/ar/feedback/">أرسل ملاحظاتك</a>. يوجد أيضًا رابط إليه في أسفل كل صفحة.</p>'),
            ("heading", "الرقابة"),
            ("paragraph", "<p>تتولّى هيئة الإدارة الرقمية (Myndigheten för digital förvaltning، Digg) الرقابة على تطبيق "
                          "قانون إمكانية الوصول إلى الخدمات العامة الرقمية. إذا لم تكن راضيًا عن طريقة تعاملنا مع "
                          "ملاحظاتك، يمكنك التواصل مع Digg وإبلاغها بذلك.</p>"),
            ("heading", "معلومات تقنية عن إمكانية الوصول إلى الموقع"),
            ("paragraph", "<p>الموقع متوافق جزئيًا مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية، بسبب أوجه القصور "
                          "الموصوفة أعلاه. والهدف هو استيفاء متطلبات المعيار الأوروبي EN 301 549 المبني على إرشادات "
                          "WCAG 2.1 بالمستوى AA.</p>"),
            ("heading", "كيف اختبرنا الموقع"),
            ("paragraph", "<p>نختبر الموقع بأنفسنا باستمرار، باختبارات آلية لإمكانية الوصول واختبارات في المتصفح: في "
                          "نوافذ ضيقة بحجم الهاتف وباللغات التي تُكتب من اليمين إلى اليسار.</p>"),
        ],
        "fa": [
            ("paragraph", "<p>ما می‌خواهیم تا جای ممکن افراد بیشتری بتوانند از وب‌سایت Ny i Västerås استفاده کنند. این "
                          "بیانیه توضیح می‌دهد که وب‌سایت چگونه قانون سوئد دربارهٔ دسترس‌پذیری خدمات عمومی دیجیتال "
                          "(lagen om tillgänglighet till digital offentlig service) را رعایت می‌کند، از کدام مشکلات "
                          "دسترس‌پذیری آگاهیم و چگونه می‌توانید کمبودها را گزارش دهید تا آن‌ها را برطرف کنیم.</p>"),
            ("heading", "وب‌سایت چقدر دسترس‌پذیر است؟"),
            ("paragraph", "<p>وب‌سایت طوری ساخته شده است که با صفحه‌کلید، صفحه‌خوان و بزرگ‌نمایی، روی تلفن همراه و "
                          "کامپیوتر و بدون جاوااسکریپت قابل استفاده باشد. صفحه‌ها به زبان‌های عربی، فارسی، دری، پشتو و "
                          "سورانی از راست به چپ نمایش داده می‌شوند. می‌دانیم که بخش‌هایی از وب‌سایت کاملاً دسترس‌پذیر "
                          "نیستند:</p>"),
            ("bullets", [
                "بسیاری از ترجمه‌ها ماشینی هستند و ممکن است فهمشان دشوار باشد یا اشتباه داشته باشند.",
                "همهٔ صفحه‌ها به همهٔ زبان‌ها موجود نیستند. در این صورت متن سوئدی نمایش داده می‌شود.",
                "سوئدی ساده فقط برای برخی از صفحه‌ها موجود است.",
            ]),
            ("heading", "اگر نتوانید از بخش‌هایی از وب‌سایت استفاده کنید، چه کار می‌توانید بکنید؟"),
            ("paragraph", "<p>اگر به محتوایی نیاز دارید که برایتان دسترس‌پذیر نیست، با تیم ویراستاری Ny i Västerås تماس "
                          "بگیرید. ما تلاش می‌کنیم اطلاعات را به شکل دیگری در اختیارتان بگذاریم.</p>"),
            ("heading", "گزارش مشکلات دسترس‌پذیری"),
            ("paragraph", "<p>ما همواره برای بهبود دسترس‌پذیری وب‌سایت تلاش می‌کنیم. اگر به مشکلی برخوردید که در این "
                          "صفحه توضیح داده نشده است، یا فکر می‌کنید الزامات قانون را رعایت نمی‌کنیم، به تیم ویراستاری "
                          "اطلاع دهید. بگویید مشکل در کدام صفحه است و چه چیزی کار نمی‌کند.</p>"),
            ("paragraph", '<p>با فرم <a href="/fa/feedback/">ارسال بازخورد</a> برای تیم ویراستاری بنویسید. پیوند آن در پایین هر صفحه هم هست.</p>'),
            ("heading", "نظارت"),
            ("paragraph", "<p>سازمان دولت دیجیتال (Myndigheten för digital förvaltning، Digg) بر اجرای قانون "
                          "دسترس‌پذیری خدمات عمومی دیجیتال نظارت می‌کند. اگر از نحوهٔ رسیدگی ما به نظراتتان راضی نیستید، "
                          "می‌توانید با Digg تماس بگیرید و موضوع را مطرح کنید.</p>"),
            ("heading", "اطلاعات فنی دربارهٔ دسترس‌پذیری وب‌سایت"),
            ("paragraph", "<p>این وب‌سایت به دلیل کمبودهایی که در بالا توضیح داده شد، تا حدی با قانون دسترس‌پذیری خدمات "
                          "عمومی دیجیتال مطابقت دارد. هدف، رعایت الزامات استاندارد اروپایی EN 301 549 است که بر پایهٔ "
                          "رهنمودهای WCAG 2.1 در سطح AA است.</p>"),
            ("heading", "چگونه وب‌سایت را آزمودیم"),
            ("paragraph", "<p>ما خودمان به طور مداوم وب‌سایت را با آزمون‌های خودکار دسترس‌پذیری و آزمون در مرورگر "
                          "می‌آزماییم: در پنجره‌های باریک به اندازهٔ تلفن همراه و به زبان‌هایی که از راست به چپ نوشته "
                          "می‌شوند.</p>"),
        ],
        "so": [
            ("paragraph", "<p>Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan websaydka Ny i Västerås. "
                          "Bayaankani wuxuu sharxayaa sida websaydku u buuxiyo sharciga Iswiidhan ee helitaanka "
                          "adeegyada dowladda ee dijitaalka ah (lagen om tillgänglighet till digital offentlig service), "
                          "dhibaatooyinka helitaanka ee aan ognahay iyo sida aad u soo sheegi karto cilladaha si aan u "
                          "hagaajinno.</p>"),
            ("heading", "Intee ayuu websaydku u fudud yahay in la isticmaalo?"),
            ("paragraph", "<p>Websaydka waxaa loo dhisay in lagu isticmaali karo kiiboodh, akhriste shaashad iyo "
                          "weyneyn, taleefan iyo kombiyuutarba, iyo iyadoon JavaScript la isticmaalin. Bogagga carabiga, "
                          "faarsiga, dariga, bashtuuga iyo soraaniga waxaa loo muujiyaa midig ilaa bidix. Waxaan ognahay "
                          "in qaybo ka mid ah websaydka aysan si buuxda u fududeyn:</p>"),
            ("bullets", [
                "Turjumaado badan waa turjumaad mashiin, waxaana laga yaabaa inay adag tahay in la fahmo ama ay "
                "khaladaad leeyihiin.",
                "Bog kasta kuma jiro luqad kasta. Markaas waxaa la muujiyaa qoraalka iswiidhishka.",
                "Iswiidhish fudud waxaa loo heli karaa oo keliya bogagga qaarkood.",
            ]),
            ("heading", "Maxaad samayn kartaa haddii aadan isticmaali karin qaybo ka mid ah websaydka?"),
            ("paragraph", "<p>Haddii aad u baahan tahay waxyaabo aadan heli karin, la xiriir kooxda tifaftirka ee Ny i "
                          "Västerås. Waxaan isku dayi doonnaa inaan macluumaadka kuu siino si kale.</p>"),
            ("heading", "Soo sheeg dhibaatooyinka helitaanka"),
            ("paragraph", "<p>Had iyo jeer waxaan ka shaqeynaa hagaajinta helitaanka websaydka. Haddii aad aragto "
                          "dhibaatooyin aan boggan lagu sharxin, ama aad u malaynayso inaynaan buuxin shuruudaha sharciga, "
                          "u sheeg kooxda tifaftirka. Sheeg bogga ay khusayso iyo waxa aan shaqeynayn.</p>"),
            ("paragraph", '<p>U qor kooxda tifaftirka adigoo isticmaalaya foomka <a href="/so/feedback/">Bixi ra\'yigaaga</a>. Xiriirkiisu sidoo kale wuxuu ku yaal hoosta bog kasta.</p>'),
            ("heading", "Kormeerka"),
            ("paragraph", "<p>Hay'adda Dowladda Dijitaalka ah (Myndigheten för digital förvaltning, Digg) ayaa kormeerta "
                          "sharciga helitaanka adeegyada dowladda ee dijitaalka ah. Haddii aadan ku qanacsanayn sida aan u "
                          "maareyno faallooyinkaaga, waxaad la xiriiri kartaa Digg oo u sheegi kartaa.</p>"),
            ("heading", "Macluumaad farsamo oo ku saabsan helitaanka websaydka"),
            ("paragraph", "<p>Websaydku qayb ahaan wuu waafaqsan yahay sharciga helitaanka adeegyada dowladda ee "
                          "dijitaalka ah, sababtoo ah cilladaha kor lagu sharxay. Ujeeddadu waa in la buuxiyo shuruudaha "
                          "heerka Yurub ee EN 301 549, kaas oo ku salaysan tilmaamaha WCAG 2.1 heerka AA.</p>"),
            ("heading", "Sida aan u tijaabinnay websaydka"),
            ("paragraph", "<p>Annaga ayaa si joogto ah u tijaabinna websaydka, anagoo adeegsanayna tijaabooyin toos ah oo "
                          "helitaanka ah iyo tijaabooyin lagu sameeyo browser: daaqado cidhiidhi ah oo taleefan le'eg iyo "
                          "luqadaha laga qoro midig ilaa bidix.</p>"),
        ],
        "ti": [
            ("paragraph", "<p>ብዝተኻእለ መጠን ብዙሓት ሰባት ነቲ መርበብ ሓበሬታ Ny i Västerås ክጥቀሙሉ ክኽእሉ ንደሊ። እዚ "
                          "መግለጺ እቲ መርበብ ከመይ ነቲ ሕጊ ሽወደን ብዛዕባ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ከም ዘማልእ፣ "
                          "እንፈልጦም ጸገማት ተበጻሕነትን ክንእርሞም ምእንቲ ጉድለታት ብኸመይ ክትሕብሩ ከም እትኽእሉን "
                          "ይገልጽ።</p>"),
            ("heading", "እቲ መርበብ ክሳብ ክንደይ ተበጻሒ እዩ?"),
            ("paragraph", "<p>እቲ መርበብ ብኪቦርድ፣ ብኣንባቢ ስክሪንን ብምዕባይን፣ ኣብ ሞባይልን ኮምፒዩተርን፣ ብዘይ ጃቫስክሪፕት "
                          "ክጥቀሙሉ ክኽእሉ ተሃኒጹ ኣሎ። ብዓረብኛ፣ ፋርስኛ፣ ዳሪ፣ ፓሽቶን ሶራኒን ዘለዉ ገጻት ካብ የማን ናብ ጸጋም "
                          "ይርኣዩ። ገለ ክፋላት ናይቲ መርበብ ምሉእ ብምሉእ ተበጻሕቲ ከም ዘይኮኑ ንፈልጥ ኢና፦</p>"),
            ("bullets", [
                "ብዙሓት ትርጉማት ብማሽን ዝተተርጎሙ እዮም፣ ክርድኡ ክኸብዱ ወይ ጌጋታት ክህልዎም ይኽእል።",
                "ኩሎም ገጻት ብኹሉ ቋንቋታት ኣይርከቡን። ሽዑ እቲ ሽወደንኛ ጽሑፍ ይርአ።",
                "ቀሊል ሽወደንኛ ንገለ ገጻት ጥራይ እዩ ዘሎ።",
            ]),
            ("heading", "ገለ ክፋላት ናይቲ መርበብ ክትጥቀሙ እንተ ዘይክኢልኩም እንታይ ክትገብሩ ትኽእሉ?"),
            ("paragraph", "<p>ዘይበጽሓኩም ትሕዝቶ እንተ ኣድልዩኩም፣ ንጉጅለ ኣዳለውቲ ናይዚ መርበብ ተወከሱ። ነቲ ሓበሬታ ብኻልእ "
                          "መንገዲ ክንህበኩም ክንፍትን ኢና።</p>"),
            ("heading", "ጸገማት ተበጻሕነት ሕበሩ"),
            ("paragraph", "<p>ተበጻሕነት ናይቲ መርበብ ንምምሕያሽ ኩሉ ግዜ ንሰርሕ ኢና። ኣብዚ ገጽ ዘይተገልጹ ጸገማት እንተ "
                          "ረኺብኩም፣ ወይ ጠለባት ናይቲ ሕጊ ኣየማላእናን ኢልኩም እንተ ሓሲብኩም፣ ንጉጅለ ኣዳለውቲ ንገሩ። ኣየናይ ገጽ "
                          "ምዃኑን እንታይ ከም ዘይሰርሕን ግለጹ።</p>"),
            ("paragraph", '<p>ብቕጥዒ <a href="/ti/feedback/">ርእይቶ ሃብ</a> ናብ ጉጅለ ኣዳለውቲ ጽሓፉ። ኣብ ታሕቲ ነፍሲ ወከፍ ገጽ እውን መላግቦ ኣሎ።</p>'),
            ("heading", "ቁጽጽር"),
            ("paragraph", "<p>ትካል ዲጂታላዊ ምምሕዳር (Digg) ንሕጊ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ይቆጻጸር። ርእይቶኹም "
                          "ብኸመይ ከም እንሕዞ እንተ ዘይዓገብኩም፣ ነቲ ትካል ተወኪስኩም ክትሕብሩ ትኽእሉ።</p>"),
            ("heading", "ቴክኒካዊ ሓበሬታ ብዛዕባ ተበጻሕነት ናይቲ መርበብ"),
            ("paragraph", "<p>እቲ መርበብ ብሰንኪ ኣብ ላዕሊ ዝተገልጹ ጉድለታት ምስቲ ሕጊ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት "
                          "ብኸፊል እዩ ዝሰማማዕ። ዕላማና ጠለባት ናይቲ ኣብ መምርሒታት WCAG 2.1 ደረጃ AA ዝተመርኮሰ ኤውሮጳዊ "
                          "ስታንዳርድ EN 301 549 ምምላእ እዩ።</p>"),
            ("heading", "ነቲ መርበብ ብኸመይ ፈቲንናዮ"),
            ("paragraph", "<p>ነቲ መርበብ ባዕልና ቀጻሊ ንፍትኖ፣ ብኣውቶማቲክ ፈተናታት ተበጻሕነትን ኣብ ብራውዘር ብዝግበሩ "
                          "ፈተናታትን፦ ኣብ ጸቢብ መስኮት መጠን ሞባይልን ካብ የማን ናብ ጸጋም ብዝጽሓፉ ቋንቋታትን።</p>"),
        ],
        "uk": [
            ("paragraph", "<p>Ми хочемо, щоб якомога більше людей могли користуватися сайтом Ny i Västerås. Ця заява "
                          "описує, як сайт виконує шведський закон про доступність цифрових публічних послуг (lagen om "
                          "tillgänglighet till digital offentlig service), про які проблеми з доступністю ми знаємо і як "
                          "ви можете повідомити про недоліки, щоб ми їх виправили.</p>"),
            ("heading", "Наскільки доступний сайт?"),
            ("paragraph", "<p>Сайт створено так, щоб ним можна було користуватися за допомогою клавіатури, програм "
                          "читання з екрана та збільшення, на телефоні й комп'ютері, а також без JavaScript. Сторінки "
                          "арабською, перською, дарі, пушту та сорані показуються справа наліво. Ми знаємо, що частини "
                          "сайту доступні не повністю:</p>"),
            ("bullets", [
                "Багато перекладів машинні: їх може бути важко зрозуміти, або вони можуть містити помилки.",
                "Не кожна сторінка є всіма мовами. Тоді показується шведський текст.",
                "Спрощена шведська є лише для частини сторінок.",
            ]),
            ("heading", "Що робити, якщо ви не можете користуватися частинами сайту?"),
            ("paragraph", "<p>Якщо вам потрібен вміст, який для вас недоступний, зверніться до редакції Ny i Västerås. Ми "
                          "спробуємо надати вам інформацію в інший спосіб.</p>"),
            ("heading", "Повідомте про проблеми з доступністю"),
            ("paragraph", "<p>Ми постійно працюємо над покращенням доступності сайту. Якщо ви виявили проблеми, не "
                          "описані на цій сторінці, або вважаєте, що ми не виконуємо вимог закону, повідомте редакцію. "
                          "Вкажіть, про яку сторінку йдеться і що не працює.</p>"),
            ("paragraph", '<p>Напишіть редакції через форму <a href="/uk/feedback/">Залишити відгук</a>. Посилання на неї є також унизу кожної сторінки.</p>'),
            ("heading", "Нагляд"),
            ("paragraph", "<p>Агентство цифрового врядування (Myndigheten för digital förvaltning, Digg) здійснює нагляд "
                          "за виконанням закону про доступність цифрових публічних послуг. Якщо вас не влаштовує, як ми "
                          "розглядаємо ваші звернення, ви можете звернутися до Digg.</p>"),
            ("heading", "Технічна інформація про доступність сайту"),
            ("paragraph", "<p>Сайт частково відповідає закону про доступність цифрових публічних послуг через недоліки, "
                          "описані вище. Мета — виконати вимоги європейського стандарту EN 301 549, який ґрунтується на "
                          "настановах WCAG 2.1 рівня AA.</p>"),
            ("heading", "Як ми тестували сайт"),
            ("paragraph", "<p>Ми самі постійно тестуємо сайт за допомогою автоматичних тестів доступності та тестів у "
                          "браузері: у вузьких вікнах розміру телефона та мовами, що пишуться справа наліво.</p>"),
        ],
    },
}

STANDARD_PAGES = [ABOUT, ACCESSIBILITY_STATEMENT]
