"""The two meeting places of the demo, described only with what the Ny i Västerås report says about them."""

BACKBYHUSET = {
    "district": "Bäckby",
    "title": {code: "Bäckbyhuset" for code in ("sv", "en", "ar", "fa", "so", "ti", "uk")},
    "slug": {code: "backbyhuset" for code in ("sv", "en", "ar", "fa", "so", "ti", "uk")},
    "intro": {
        "sv": "Bäckbyhuset är en mötesplats i Bäckby, där alla ska känna sig välkomna och kunna få information om "
              "samhället.",
        "en": "Bäckbyhuset is a meeting place in Bäckby where everyone should feel welcome and be able to get "
              "information about society.",
        "ar": "Bäckbyhuset مكان لقاء في حي بيكبي، يُراد أن يشعر فيه الجميع بالترحيب وأن يحصلوا فيه على معلومات عن "
              "المجتمع.",
        "fa": "Bäckbyhuset مکانی برای دیدار در محلهٔ بکبی است؛ جایی که همه باید احساس کنند خوش آمده‌اند و بتوانند "
              "دربارهٔ جامعه اطلاعات بگیرند.",
        "so": "Bäckbyhuset waa meel lagu kulmo oo ku taal xaafadda Bäckby, halkaas oo qof kastaa uu dareemo in la soo "
              "dhoweeyay, uuna heli karo macluumaad ku saabsan bulshada.",
        "ti": "Bäckbyhuset ኣብ ከባቢ ቤክቢ ዘሎ መራኸቢ ቦታ እዩ፣ ኩሉ ሰብ ብሕጉስ ዝቕበሉሉን ብዛዕባ ሕብረተሰብ ሓበሬታ "
              "ዝረኽበሉን።",
        "uk": "Bäckbyhuset — це місце зустрічей у районі Беккбю, де кожен має почуватися бажаним і може отримати "
              "інформацію про суспільство.",
    },
    "body": {
        "sv": [
            ("heading", "En mötesplats i Bäckby"),
            ("paragraph", "<p>Bäckbyhuset är en mötesplats i stadsdelen Bäckby i Västerås och en av stadens egna "
                          "verksamheter. Här kan människor som bor i området träffas.</p>"),
            ("heading", "Information och gemenskap"),
            ("paragraph", "<p>Projektet Ny i Västerås valde Bäckbyhuset som en av två mötesplatser att stödja och "
                          "utveckla. Tanken är att mötesplatsen ska göra det lättare för människor som är födda i andra "
                          "länder att få information om samhället, och att alla ska känna sig välkomna att bli en del av "
                          "mötesplatsen.</p>"),
            ("heading", "Idéer från området"),
            ("paragraph", "<p>I Bäckby bjöd projektet in aktörer till en workshop för att samla idéer om hur man "
                          "tillsammans kan göra det lättare för utlandsfödda att bli delaktiga i Västerås. Ett "
                          "femtiotal personer från många olika aktörer deltog. Idéerna ska prövas i arbetsgrupper med "
                          "aktörer från området.</p>"),
        ],
        "en": [
            ("heading", "A meeting place in Bäckby"),
            ("paragraph", "<p>Bäckbyhuset is a meeting place in the Bäckby district of Västerås and one of the City of "
                          "Västerås's own services. People who live in the area can meet here.</p>"),
            ("heading", "Information and community"),
            ("paragraph", "<p>The project Ny i Västerås chose Bäckbyhuset as one of two meeting places to support and "
                          "develop. The idea is that the meeting place should make it easier for people born in other "
                          "countries to get information about society, and that everyone should feel welcome to become "
                          "part of it.</p>"),
            ("heading", "Ideas from the area"),
            ("paragraph", "<p>In Bäckby the project invited local organisations to a workshop to collect ideas on how to "
                          "work together so that people born abroad can take a fuller part in life in Västerås. About "
                          "fifty people from many different organisations took part. The ideas are to be tried out in "
                          "working groups with organisations from the area.</p>"),
        ],
        "ar": [
            ("heading", "مكان لقاء في بيكبي"),
            ("paragraph", "<p>Bäckbyhuset مكان لقاء في حي بيكبي (Bäckby) في فستروس، وهو أحد المرافق التابعة لبلدية "
                          "فستروس نفسها. هنا يمكن لسكان الحي أن يلتقوا.</p>"),
            ("heading", "معلومات وتواصل"),
            ("paragraph", "<p>اختار مشروع Ny i Västerås (جديد في فستروس) مكان Bäckbyhuset ليكون أحد مكانَي لقاء يدعمهما "
                          "المشروع ويطوّرهما. والفكرة أن يسهّل مكان اللقاء على المولودين في بلدان أخرى الحصول على "
                          "معلومات عن المجتمع، وأن يشعر الجميع بالترحيب ليصبحوا جزءًا منه.</p>"),
            ("heading", "أفكار من الحي"),
            ("paragraph", "<p>دعا المشروع في بيكبي الجهات العاملة هناك إلى ورشة عمل لجمع أفكار حول كيفية العمل معًا كي "
                          "يشارك المولودون خارج السويد مشاركة أكبر في الحياة في فستروس. شارك فيها نحو خمسين شخصًا من "
                          "جهات كثيرة مختلفة. ومن المقرّر تجربة هذه الأفكار في مجموعات عمل مع جهات من الحي.</p>"),
        ],
        "fa": [
            ("heading", "مکانی برای دیدار در بکبی"),
            ("paragraph", "<p>Bäckbyhuset مکانی برای دیدار در محلهٔ بکبی (Bäckby) در وستروس و یکی از خدمات خود شهرداری "
                          "وستروس است. ساکنان محله می‌توانند در اینجا یکدیگر را ببینند.</p>"),
            ("heading", "اطلاعات و با هم بودن"),
            ("paragraph", "<p>پروژهٔ Ny i Västerås (تازه‌وارد در وستروس) Bäckbyhuset را به عنوان یکی از دو مکان دیدار "
                          "برگزید تا از آن حمایت کند و آن را توسعه دهد. هدف این است که این مکان دسترسی به اطلاعات "
                          "دربارهٔ جامعه را برای کسانی که در کشورهای دیگر به دنیا آمده‌اند آسان‌تر کند و همه احساس کنند "
                          "که برای پیوستن به آن خوش آمده‌اند.</p>"),
            ("heading", "ایده‌هایی از محله"),
            ("paragraph", "<p>پروژه در بکبی نهادها و گروه‌های فعال در محله را به یک کارگاه دعوت کرد تا ایده‌هایی جمع شود "
                          "دربارهٔ اینکه چگونه می‌توان با همکاری یکدیگر مشارکت متولدین خارج از سوئد را در زندگی وستروس "
                          "بیشتر کرد. حدود پنجاه نفر از نهادهای گوناگون شرکت کردند. قرار است این ایده‌ها در گروه‌های "
                          "کاری با نهادهای محله آزموده شوند.</p>"),
        ],
        "so": [
            ("heading", "Meel lagu kulmo oo ku taal Bäckby"),
            ("paragraph", "<p>Bäckbyhuset waa meel lagu kulmo oo ku taal xaafadda Bäckby ee Västerås, waana mid ka mid "
                          "ah adeegyada magaalada Västerås. Dadka xaafadda ku nool halkan way ku kulmi karaan.</p>"),
            ("heading", "Macluumaad iyo wadajir"),
            ("paragraph", "<p>Mashruuca Ny i Västerås wuxuu Bäckbyhuset u doortay mid ka mid ah laba meelood oo lagu "
                          "kulmo oo uu taageerayo oo uu horumarinayo. Ujeeddadu waa in meeshu u fududeyso dadka ku "
                          "dhashay dalal kale inay helaan macluumaad ku saabsan bulshada, qof kastaana uu dareemo in "
                          "lagu soo dhoweynayo inuu ka mid noqdo.</p>"),
            ("heading", "Fikrado ka yimid xaafadda"),
            ("paragraph", "<p>Bäckby mashruucu wuxuu aqoon-isweydaarsi ugu yeeray hay'adaha iyo ururrada deegaanka si "
                          "loo ururiyo fikrado ku saabsan sida loo wada shaqeyn karo si dadka dibadda ku dhashay ay uga "
                          "qayb qaataan nolosha Västerås. Ilaa konton qof oo ka kala yimid hay'ado badan ayaa ka qayb "
                          "galay. Fikradaha waxaa lagu tijaabin doonaa kooxo shaqo oo ay ku jiraan hay'adaha "
                          "xaafadda.</p>"),
        ],
        "ti": [
            ("heading", "ኣብ ቤክቢ ዘሎ መራኸቢ ቦታ"),
            ("paragraph", "<p>Bäckbyhuset ኣብ ከባቢ ቤክቢ (Bäckby) ኣብ ቨስተሮስ ዘሎ መራኸቢ ቦታ እዩ፣ ካብቶም ናይ ከተማ "
                          "ቨስተሮስ ኣገልግሎታት ድማ ሓደ እዩ። ኣብቲ ከባቢ ዝነብሩ ሰባት ኣብዚ ክራኸቡ ይኽእሉ።</p>"),
            ("heading", "ሓበሬታን ሓባርነትን"),
            ("paragraph", "<p>ፕሮጀክት Ny i Västerås ንBäckbyhuset ካብቶም ክድግፎምን ከማዕብሎምን ዝመረጾም ክልተ መራኸቢ "
                          "ቦታታት ሓደ ገይሩ መሪጽዎ። ዕላማኡ እቲ መራኸቢ ቦታ ኣብ ካልኦት ሃገራት ንዝተወልዱ ሰባት ብዛዕባ "
                          "ሕብረተሰብ ሓበሬታ ምርካብ ከቕልለሎም፣ ኩሉ ሰብ ድማ ኣካል ናይቲ ቦታ ንምዃን ብሕጉስ ከም ዝቕበልዎ "
                          "ክስምዖ እዩ።</p>"),
            ("heading", "ካብ ከባቢ ዝመጹ ሓሳባት"),
            ("paragraph", "<p>ፕሮጀክት ኣብ ቤክቢ ንዝሰርሑ ኣካላት ናብ ዋርክሾፕ ዓዲሙ፣ ኣብ ወጻኢ ዝተወልዱ ሰባት ኣብ ህይወት "
                          "ቨስተሮስ ብዝያዳ ክሳተፉ ብኸመይ ብሓባር ክስራሕ ከም ዝከኣል ሓሳባት ንምእካብ። ካብ ብዙሓት ዝተፈላለዩ "
                          "ኣካላት ዝመጹ ኣስታት ሓምሳ ሰባት ተሳቲፎም። እቲ ሓሳባት ምስ ኣካላት ናይቲ ከባቢ ኣብ ጉጅለታት ስራሕ "
                          "ክፍተን እዩ።</p>"),
        ],
        "uk": [
            ("heading", "Місце зустрічей у Беккбю"),
            ("paragraph", "<p>Bäckbyhuset — місце зустрічей у районі Беккбю (Bäckby) у Вестеросі, одна з установ самого "
                          "міста Вестерос. Тут можуть зустрічатися мешканці району.</p>"),
            ("heading", "Інформація та спільнота"),
            ("paragraph", "<p>Проєкт Ny i Västerås обрав Bäckbyhuset одним із двох місць зустрічей, які він підтримує та "
                          "розвиває. Мета в тому, щоб людям, народженим в інших країнах, було легше отримувати "
                          "інформацію про суспільство і щоб кожен почувався тут бажаним учасником.</p>"),
            ("heading", "Ідеї з району"),
            ("paragraph", "<p>У Беккбю проєкт запросив місцеві організації на воркшоп, щоб зібрати ідеї, як спільними "
                          "зусиллями допомогти людям, народженим за кордоном, активніше брати участь у житті Вестероса. "
                          "Взяли участь близько п'ятдесяти людей з багатьох різних організацій. Ідеї планують "
                          "випробувати в робочих групах з організаціями району.</p>"),
        ],
    },
}

HJARTPUNKT_SKILJEBO = {
    "district": "Skiljebo",
    "title": {code: "Hjärtpunkt Skiljebo" for code in ("sv", "en", "ar", "fa", "so", "ti", "uk")},
    "slug": {code: "hjartpunkt-skiljebo" for code in ("sv", "en", "ar", "fa", "so", "ti", "uk")},
    "intro": {
        "sv": "Hjärtpunkt Skiljebo är en mötesplats i Skiljebo, där alla ska känna sig välkomna och kunna få "
              "information om samhället.",
        "en": "Hjärtpunkt Skiljebo is a meeting place in Skiljebo where everyone should feel welcome and be able to get "
              "information about society.",
        "ar": "Hjärtpunkt Skiljebo مكان لقاء في حي شيليبو، يُراد أن يشعر فيه الجميع بالترحيب وأن يحصلوا فيه على "
              "معلومات عن المجتمع.",
        "fa": "Hjärtpunkt Skiljebo مکانی برای دیدار در محلهٔ شیلیبو است؛ جایی که همه باید احساس کنند خوش آمده‌اند و "
              "بتوانند دربارهٔ جامعه اطلاعات بگیرند.",
        "so": "Hjärtpunkt Skiljebo waa meel lagu kulmo oo ku taal xaafadda Skiljebo, halkaas oo qof kastaa uu dareemo "
              "in la soo dhoweeyay, uuna heli karo macluumaad ku saabsan bulshada.",
        "ti": "Hjärtpunkt Skiljebo ኣብ ከባቢ ሺልየቡ ዘሎ መራኸቢ ቦታ እዩ፣ ኩሉ ሰብ ብሕጉስ ዝቕበሉሉን ብዛዕባ ሕብረተሰብ "
              "ሓበሬታ ዝረኽበሉን።",
        "uk": "Hjärtpunkt Skiljebo — це місце зустрічей у районі Шільєбу, де кожен має почуватися бажаним і може "
              "отримати інформацію про суспільство.",
    },
    "body": {
        "sv": [
            ("heading", "En mötesplats i Skiljebo"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo är en mötesplats i stadsdelen Skiljebo i Västerås och en av stadens "
                          "egna verksamheter. Här kan människor som bor i området träffas.</p>"),
            ("heading", "Information och gemenskap"),
            ("paragraph", "<p>Projektet Ny i Västerås valde Hjärtpunkt Skiljebo som en av två mötesplatser att stödja "
                          "och utveckla. Tanken är att mötesplatsen ska göra det lättare för människor som är födda i "
                          "andra länder att få information om samhället, och att alla ska känna sig välkomna att bli en "
                          "del av mötesplatsen.</p>"),
            ("heading", "Samarbete i området"),
            ("paragraph", "<p>Projektet har presenterat sin kartläggning av aktörer som arbetar med integration för "
                          "aktörer i Skiljebo. Målet är att samla idéer om hur man tillsammans kan göra det lättare för "
                          "utlandsfödda att bli delaktiga i Västerås, och att pröva idéerna i arbetsgrupper med aktörer "
                          "från området.</p>"),
        ],
        "en": [
            ("heading", "A meeting place in Skiljebo"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo is a meeting place in the Skiljebo district of Västerås and one of the "
                          "City of Västerås's own services. People who live in the area can meet here.</p>"),
            ("heading", "Information and community"),
            ("paragraph", "<p>The project Ny i Västerås chose Hjärtpunkt Skiljebo as one of two meeting places to "
                          "support and develop. The idea is that the meeting place should make it easier for people born "
                          "in other countries to get information about society, and that everyone should feel welcome to "
                          "become part of it.</p>"),
            ("heading", "Working together in the area"),
            ("paragraph", "<p>The project has presented its mapping of organisations working with integration to "
                          "organisations in Skiljebo. The aim is to collect ideas on how to work together so that people "
                          "born abroad can take a fuller part in life in Västerås, and to try the ideas out in working "
                          "groups with organisations from the area.</p>"),
        ],
        "ar": [
            ("heading", "مكان لقاء في شيليبو"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo مكان لقاء في حي شيليبو (Skiljebo) في فستروس، وهو أحد المرافق التابعة "
                          "لبلدية فستروس نفسها. هنا يمكن لسكان الحي أن يلتقوا.</p>"),
            ("heading", "معلومات وتواصل"),
            ("paragraph", "<p>اختار مشروع Ny i Västerås (جديد في فستروس) مكان Hjärtpunkt Skiljebo ليكون أحد مكانَي لقاء "
                          "يدعمهما المشروع ويطوّرهما. والفكرة أن يسهّل مكان اللقاء على المولودين في بلدان أخرى الحصول "
                          "على معلومات عن المجتمع، وأن يشعر الجميع بالترحيب ليصبحوا جزءًا منه.</p>"),
            ("heading", "التعاون في الحي"),
            ("paragraph", "<p>عرض المشروع على الجهات العاملة في شيليبو نتائج حصره للجهات التي تعمل في مجال الاندماج. "
                          "والهدف جمع أفكار حول كيفية العمل معًا كي يشارك المولودون خارج السويد مشاركة أكبر في الحياة في "
                          "فستروس، ثم تجربة هذه الأفكار في مجموعات عمل مع جهات من الحي.</p>"),
        ],
        "fa": [
            ("heading", "مکانی برای دیدار در شیلیبو"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo مکانی برای دیدار در محلهٔ شیلیبو (Skiljebo) در وستروس و یکی از "
                          "خدمات خود شهرداری وستروس است. ساکنان محله می‌توانند در اینجا یکدیگر را ببینند.</p>"),
            ("heading", "اطلاعات و با هم بودن"),
            ("paragraph", "<p>پروژهٔ Ny i Västerås (تازه‌وارد در وستروس) Hjärtpunkt Skiljebo را به عنوان یکی از دو مکان "
                          "دیدار برگزید تا از آن حمایت کند و آن را توسعه دهد. هدف این است که این مکان دسترسی به اطلاعات "
                          "دربارهٔ جامعه را برای کسانی که در کشورهای دیگر به دنیا آمده‌اند آسان‌تر کند و همه احساس کنند "
                          "که برای پیوستن به آن خوش آمده‌اند.</p>"),
            ("heading", "همکاری در محله"),
            ("paragraph", "<p>پروژه نتایج شناسایی نهادهای فعال در زمینهٔ ادغام اجتماعی را به نهادهای شیلیبو ارائه کرده "
                          "است. هدف، جمع‌آوری ایده‌هایی است دربارهٔ اینکه چگونه می‌توان با همکاری یکدیگر مشارکت متولدین "
                          "خارج از سوئد را در زندگی وستروس بیشتر کرد، و آزمودن این ایده‌ها در گروه‌های کاری با نهادهای "
                          "محله.</p>"),
        ],
        "so": [
            ("heading", "Meel lagu kulmo oo ku taal Skiljebo"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo waa meel lagu kulmo oo ku taal xaafadda Skiljebo ee Västerås, waana mid "
                          "ka mid ah adeegyada magaalada Västerås. Dadka xaafadda ku nool halkan way ku kulmi "
                          "karaan.</p>"),
            ("heading", "Macluumaad iyo wadajir"),
            ("paragraph", "<p>Mashruuca Ny i Västerås wuxuu Hjärtpunkt Skiljebo u doortay mid ka mid ah laba meelood oo "
                          "lagu kulmo oo uu taageerayo oo uu horumarinayo. Ujeeddadu waa in meeshu u fududeyso dadka ku "
                          "dhashay dalal kale inay helaan macluumaad ku saabsan bulshada, qof kastaana uu dareemo in "
                          "lagu soo dhoweynayo inuu ka mid noqdo.</p>"),
            ("heading", "Wada shaqeyn xaafadda"),
            ("paragraph", "<p>Mashruucu wuxuu hay'adaha Skiljebo u soo bandhigay sahankiisa hay'adaha ka shaqeeya "
                          "isdhexgalka. Ujeeddadu waa in la ururiyo fikrado ku saabsan sida loo wada shaqeyn karo si "
                          "dadka dibadda ku dhashay ay uga qayb qaataan nolosha Västerås, lagana tijaabiyo fikradaha "
                          "kooxo shaqo oo ay ku jiraan hay'adaha xaafadda.</p>"),
        ],
        "ti": [
            ("heading", "ኣብ ሺልየቡ ዘሎ መራኸቢ ቦታ"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo ኣብ ከባቢ ሺልየቡ (Skiljebo) ኣብ ቨስተሮስ ዘሎ መራኸቢ ቦታ እዩ፣ ካብቶም "
                          "ናይ ከተማ ቨስተሮስ ኣገልግሎታት ድማ ሓደ እዩ። ኣብቲ ከባቢ ዝነብሩ ሰባት ኣብዚ ክራኸቡ ይኽእሉ።</p>"),
            ("heading", "ሓበሬታን ሓባርነትን"),
            ("paragraph", "<p>ፕሮጀክት Ny i Västerås ንHjärtpunkt Skiljebo ካብቶም ክድግፎምን ከማዕብሎምን ዝመረጾም ክልተ "
                          "መራኸቢ ቦታታት ሓደ ገይሩ መሪጽዎ። ዕላማኡ እቲ መራኸቢ ቦታ ኣብ ካልኦት ሃገራት ንዝተወልዱ ሰባት ብዛዕባ "
                          "ሕብረተሰብ ሓበሬታ ምርካብ ከቕልለሎም፣ ኩሉ ሰብ ድማ ኣካል ናይቲ ቦታ ንምዃን ብሕጉስ ከም ዝቕበልዎ "
                          "ክስምዖ እዩ።</p>"),
            ("heading", "ኣብ ከባቢ ብሓባር ምስራሕ"),
            ("paragraph", "<p>ፕሮጀክት ነቲ ብዛዕባ ኣብ ምውህሃድ ዝሰርሑ ኣካላት ዝገበሮ መጽናዕቲ ኣብ ሺልየቡ ንዘለዉ ኣካላት "
                          "ኣቕሪብዎ። ዕላማኡ ኣብ ወጻኢ ዝተወልዱ ሰባት ኣብ ህይወት ቨስተሮስ ብዝያዳ ክሳተፉ ብኸመይ ብሓባር "
                          "ክስራሕ ከም ዝከኣል ሓሳባት ምእካብን፣ ነቲ ሓሳባት ምስ ኣካላት ናይቲ ከባቢ ኣብ ጉጅለታት ስራሕ "
                          "ምፍታንን እዩ።</p>"),
        ],
        "uk": [
            ("heading", "Місце зустрічей у Шільєбу"),
            ("paragraph", "<p>Hjärtpunkt Skiljebo — місце зустрічей у районі Шільєбу (Skiljebo) у Вестеросі, одна з "
                          "установ самого міста Вестерос. Тут можуть зустрічатися мешканці району.</p>"),
            ("heading", "Інформація та спільнота"),
            ("paragraph", "<p>Проєкт Ny i Västerås обрав Hjärtpunkt Skiljebo одним із двох місць зустрічей, які він "
                          "підтримує та розвиває. Мета в тому, щоб людям, народженим в інших країнах, було легше "
                          "отримувати інформацію про суспільство і щоб кожен почувався тут бажаним учасником.</p>"),
            ("heading", "Співпраця в районі"),
            ("paragraph", "<p>Проєкт представив організаціям у Шільєбу своє дослідження організацій, що працюють з "
                          "інтеграцією. Мета — зібрати ідеї, як спільними зусиллями допомогти людям, народженим за "
                          "кордоном, активніше брати участь у житті Вестероса, і випробувати ці ідеї в робочих групах з "
                          "організаціями району.</p>"),
        ],
    },
}

MEETING_PLACES = [BACKBYHUSET, HJARTPUNKT_SKILJEBO]
