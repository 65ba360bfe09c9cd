"""Demo samhällsinformation on health: finding care, urgent help and mental health, fees and dental care."""

URL_1177 = "https://www.1177.se/"
REGION_VASTMANLAND = "https://www.regionvastmanland.se/"
URL_112 = "https://www.112.se/"
FORSAKRINGSKASSAN = "https://www.forsakringskassan.se/"

CARE = {
    "title": {
        "sv": "Vård när du blir sjuk",
        "sv-x-simple": "Om du blir sjuk",
        "en": "Getting care when you are ill",
        "ar": "الرعاية الصحية عندما تمرض",
        "fa": "درمان هنگام بیماری",
        "so": "Daryeel marka aad jirato",
        "ti": "ክትሓምም ከለኻ ሕክምና",
        "uk": "Медична допомога, коли ви захворіли",
        "ru": "Медицинская помощь, если вы заболели",
        "tr": "Hastalandığınızda sağlık hizmeti",
    },
    "slug": {
        "sv": "vard-nar-du-blir-sjuk",
        "sv-x-simple": "om-du-blir-sjuk",
        "en": "getting-care",
        "ar": "al-riaya-al-sihhiya",
        "fa": "darman-hengam-bimari",
        "so": "daryeelka-jirada",
        "ti": "hikmna",
        "uk": "medychna-dopomoha",
        "ru": "meditsinskaya-pomoshch",
        "tr": "saglik-hizmeti",
    },
    "intro": {
        "sv": "Sjukvårdsrådgivning på 1177, vårdcentralen, när du ska ringa 112 och din rätt till tolk.",
        "sv-x-simple": "Vart du ska gå och vem du ska ringa när du är sjuk.",
        "en": "Healthcare advice on 1177, the health centre, when to call 112 and your right to an interpreter.",
        "ar": "الاستشارة الطبية على الرقم 1177، والمركز الصحي، ومتى تتصل بالرقم 112، وحقك في مترجم.",
        "fa": "مشاوره درمانی با 1177، درمانگاه محلی، چه وقت باید با 112 تماس گرفت و حق شما برای داشتن مترجم.",
        "so": "Talo caafimaad oo 1177 ah, xarunta caafimaadka, goorta la wacayo 112 iyo xaqaaga turjubaan.",
        "ti": "ምኽሪ ሕክምና ብ1177፣ ማእከል ጥዕና፣ መዓስ ናብ 112 ክትድውል ከም ዘለካን መሰልካ ተርጓሚ ምርካብን።",
        "uk": "Медичні консультації за номером 1177, медичний центр, коли дзвонити 112 і ваше право на перекладача.",
        "ru": "Медицинские консультации по номеру 1177, поликлиника, когда звонить 112 и ваше право на переводчика.",
        "tr": "1177'den sağlık danışmanlığı, sağlık merkezi, 112'yi ne zaman aramanız gerektiği ve tercüman hakkınız.",
    },
    "body": {
        "sv": [
            ("heading", "Ring 1177 för råd"),
            ("paragraph", "<p>Om du blir sjuk och inte vet vart du ska vända dig kan du ringa <b>1177</b>. Där svarar "
                          "sjuksköterskor som ger råd och kan hänvisa dig till rätt mottagning. Du kan ringa dygnet "
                          "runt. På 1177.se finns information om sjukdomar och vård, och där kan du logga in med "
                          "e-legitimation för att kontakta vården.</p>"),
            ("phone", {"label": "Sjukvårdsrådgivning", "number": "1177"}),
            ("heading", "Vårdcentralen"),
            ("paragraph", "<p>Vårdcentralen är det första stället att vända sig till när du behöver vård som inte är "
                          "akut. Du kan själv välja vilken vårdcentral du vill vara listad på, både regionens egna "
                          "och privata vårdcentraler som har avtal med regionen. Det gör du på 1177.se eller direkt "
                          "på vårdcentralen. I Västerås är det <b>Region Västmanland</b> som ansvarar för hälso- och "
                          "sjukvården.</p>"),
            ("heading", "Akut sjuk eller skadad"),
            ("callout", {"tone": "emergency",
                         "text": "Ring 112 vid livshotande sjukdom eller olycka, till exempel svår bröstsmärta, "
                                 "andningssvårigheter, medvetslöshet eller kraftig blödning."}),
            ("phone", {"label": "Larmnummer", "number": "112"}),
            ("heading", "Tolk är gratis"),
            ("paragraph", "<p>Om du inte talar svenska har du rätt till en tolk när du träffar vården, och tolken "
                          "kostar ingenting för dig. Säg när du bokar tiden att du behöver tolk och vilket språk du "
                          "talar. Tolken har tystnadsplikt. Använd helst inte barn eller släktingar som tolkar.</p>"),
            ("bullets", [
                "Ta med legitimation när du besöker vården.",
                "Avboka i god tid om du inte kan komma på en bokad tid.",
                "Skriv ner dina frågor före besöket.",
                "Ta med en lista över de läkemedel du använder.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Råd om vård, hitta mottagningar och logga in för att kontakta vården."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Regionen som ansvarar för hälso- och sjukvården i Västmanland."}),
        ],
        "sv-x-simple": [
            ("heading", "Ring 1177"),
            ("paragraph", "<p>Är du sjuk? Vet du inte vart du ska gå? Ring 1177. Där kan du få råd. Du kan ringa "
                          "när du vill, dag och natt.</p>"),
            ("phone", {"label": "Råd om vård", "number": "1177"}),
            ("heading", "Gå till vårdcentralen"),
            ("paragraph", "<p>Vårdcentralen hjälper dig när du är sjuk. Du får själv välja vårdcentral. Region "
                          "Västmanland har hand om vården i Västerås.</p>"),
            ("callout", {"tone": "emergency",
                         "text": "Är det fara för livet? Ring 112."}),
            ("phone", {"label": "Vid fara", "number": "112"}),
            ("heading", "Du kan få tolk"),
            ("paragraph", "<p>Talar du inte svenska? Då kan du få en tolk. Det kostar inget. Säg att du vill ha tolk "
                          "när du bokar en tid.</p>"),
            ("bullets", [
                "Ta med ditt leg.",
                "Kan du inte komma? Ring och säg det.",
                "Skriv ner dina frågor.",
            ]),
            ("link", {"title": "1177", "url": URL_1177, "description": "Råd om vård."}),
        ],
        "en": [
            ("heading", "Call 1177 for advice"),
            ("paragraph", "<p>If you are ill and do not know where to go, you can call <b>1177</b>. Nurses answer, "
                          "give advice and can refer you to the right clinic. You can call at any time of day or "
                          "night. The website 1177.se has information about illnesses and care, and you can log in "
                          "there with an e-ID to contact the healthcare services.</p>"),
            ("phone", {"label": "Healthcare advice", "number": "1177"}),
            ("heading", "The health centre"),
            ("paragraph", "<p>The health centre (vårdcentral) is the first place to go when you need care that is "
                          "not urgent. You can choose which health centre you want to be registered with, both the "
                          "region's own and private ones that have an agreement with the region. You do this on "
                          "1177.se or at the health centre. In Västerås, <b>Region Västmanland</b> is responsible "
                          "for healthcare.</p>"),
            ("heading", "Acutely ill or injured"),
            ("callout", {"tone": "emergency",
                         "text": "Call 112 for life-threatening illness or accidents, for example severe chest pain, "
                                 "difficulty breathing, unconsciousness or heavy bleeding."}),
            ("phone", {"label": "Emergency number", "number": "112"}),
            ("heading", "Interpreters are free"),
            ("paragraph", "<p>If you do not speak Swedish, you have the right to an interpreter (tolk) when you see "
                          "the healthcare services, and it costs you nothing. When you book, say that you need an "
                          "interpreter and which language you speak. The interpreter is bound by confidentiality. "
                          "Avoid using children or relatives as interpreters.</p>"),
            ("bullets", [
                "Bring identification when you visit the healthcare services.",
                "Cancel in good time if you cannot come to a booked appointment.",
                "Write down your questions before the visit.",
                "Bring a list of the medicines you take.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Healthcare advice, find clinics and log in to contact the healthcare services."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "The region responsible for healthcare in Västmanland."}),
        ],
        "ar": [
            ("heading", "اتصل بالرقم 1177 للاستشارة"),
            ("paragraph", "<p>إذا مرضت ولم تعرف إلى أين تتوجه، يمكنك الاتصال بالرقم <b>1177</b>. يجيبك ممرضون "
                          "يقدمون النصيحة ويمكنهم توجيهك إلى العيادة المناسبة. يمكنك الاتصال في أي وقت ليلًا أو "
                          "نهارًا. في موقع 1177.se معلومات عن الأمراض والرعاية، ويمكنك تسجيل الدخول فيه بالهوية "
                          "الإلكترونية للتواصل مع الجهات الصحية.</p>"),
            ("phone", {"label": "الاستشارة الطبية", "number": "1177"}),
            ("heading", "المركز الصحي"),
            ("paragraph", "<p>المركز الصحي (vårdcentral) هو أول مكان تتوجه إليه عندما تحتاج إلى رعاية غير طارئة. يمكنك أن تختار "
                          "بنفسك المركز الصحي الذي تريد التسجيل فيه، سواء كان تابعًا للمنطقة أو خاصًا متعاقدًا "
                          "معها. يتم ذلك عبر 1177.se أو في المركز الصحي نفسه. في Västerås تتولى <b>Region "
                          "Västmanland</b> (إدارة منطقة فستمانلاند) مسؤولية الرعاية الصحية.</p>"),
            ("heading", "مرض أو إصابة طارئة"),
            ("callout", {"tone": "emergency",
                         "text": "اتصل بالرقم 112 في حالة مرض أو حادث يهدد الحياة، مثل ألم شديد في الصدر أو صعوبة "
                                 "في التنفس أو فقدان الوعي أو نزيف شديد."}),
            ("phone", {"label": "رقم الطوارئ", "number": "112"}),
            ("heading", "المترجم مجاني"),
            ("paragraph", "<p>إذا كنت لا تتحدث السويدية فمن حقك الحصول على مترجم (tolk) عند مراجعة الجهات الصحية، "
                          "ولا يكلفك ذلك شيئًا. قل عند حجز الموعد إنك تحتاج إلى مترجم وما هي لغتك. المترجم ملزم "
                          "بالسرية. يُفضَّل ألا تستعين بالأطفال أو الأقارب للترجمة.</p>"),
            ("bullets", [
                "أحضر معك هوية عند زيارة الجهات الصحية.",
                "ألغِ الموعد مبكرًا إذا لم تستطع الحضور.",
                "اكتب أسئلتك قبل الزيارة.",
                "أحضر قائمة بالأدوية التي تتناولها.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "استشارة طبية، والبحث عن العيادات، وتسجيل الدخول للتواصل مع الجهات الصحية."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "المنطقة المسؤولة عن الرعاية الصحية في فستمانلاند."}),
        ],
        "fa": [
            ("heading", "برای مشاوره با 1177 تماس بگیرید"),
            ("paragraph", "<p>اگر بیمار شدید و نمی‌دانید به کجا مراجعه کنید، می‌توانید با <b>1177</b> تماس بگیرید. "
                          "پرستاران پاسخ می‌دهند، راهنمایی می‌کنند و می‌توانند شما را به درمانگاه مناسب معرفی "
                          "کنند. در هر ساعت از شبانه‌روز می‌توانید تماس بگیرید. در وب‌سایت 1177.se اطلاعاتی درباره "
                          "بیماری‌ها و درمان هست و می‌توانید با شناسه الکترونیکی وارد شوید و با مراکز درمانی تماس "
                          "بگیرید.</p>"),
            ("phone", {"label": "مشاوره درمانی", "number": "1177"}),
            ("heading", "درمانگاه محلی"),
            ("paragraph", "<p>درمانگاه محلی (vårdcentral) نخستین جایی است که برای درمان غیرفوری به آن مراجعه می‌کنید. خودتان "
                          "می‌توانید انتخاب کنید در کدام درمانگاه ثبت‌نام شوید، چه درمانگاه‌های خود منطقه و چه "
                          "درمانگاه‌های خصوصی که با منطقه قرارداد دارند. این کار را در 1177.se یا در خود درمانگاه "
                          "انجام می‌دهید. در Västerås مسئولیت بهداشت و درمان با <b>Region Västmanland</b> "
                          "است.</p>"),
            ("heading", "بیماری یا آسیب فوری"),
            ("callout", {"tone": "emergency",
                         "text": "در بیماری یا حادثه‌ای که جان را تهدید می‌کند، مثلاً درد شدید قفسه سینه، تنگی "
                                 "نفس، بیهوشی یا خونریزی شدید، با 112 تماس بگیرید."}),
            ("phone", {"label": "شماره اضطراری", "number": "112"}),
            ("heading", "مترجم رایگان است"),
            ("paragraph", "<p>اگر سوئدی صحبت نمی‌کنید، حق دارید هنگام مراجعه به مراکز درمانی مترجم (tolk) داشته "
                          "باشید و این برای شما هزینه‌ای ندارد. هنگام گرفتن وقت بگویید که به مترجم نیاز دارید و به "
                          "چه زبانی صحبت می‌کنید. مترجم موظف به رازداری است. بهتر است از کودکان یا خویشاوندان به "
                          "عنوان مترجم استفاده نکنید.</p>"),
            ("bullets", [
                "هنگام مراجعه به مراکز درمانی کارت شناسایی همراه داشته باشید.",
                "اگر نمی‌توانید سر وقت بیایید، به موقع وقت را لغو کنید.",
                "پیش از مراجعه پرسش‌های خود را یادداشت کنید.",
                "فهرستی از داروهایی که مصرف می‌کنید همراه بیاورید.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "مشاوره درمانی، یافتن درمانگاه و ورود برای تماس با مراکز درمانی."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "منطقه‌ای که مسئول بهداشت و درمان در Västmanland است."}),
        ],
        "so": [
            ("heading", "Wac 1177 si aad talo u hesho"),
            ("paragraph", "<p>Haddii aad jiran tahay oo aadan garanayn meel aad aado, waxaad wici kartaa "
                          "<b>1177</b>. Waxaa kaa jawaabaya kalkaaliyayaal caafimaad oo ku siinaya talo kuna tusi "
                          "kara rugta caafimaad ee saxda ah. Waad wici kartaa habeen iyo maalin. Bogga 1177.se "
                          "waxaa ku yaal macluumaad ku saabsan cudurrada iyo daryeelka, waxaadna ku geli kartaa "
                          "aqoonsi elektaroonig ah (e-legitimation) si aad ula xiriirto daryeelka.</p>"),
            ("phone", {"label": "Talo caafimaad", "number": "1177"}),
            ("heading", "Xarunta caafimaadka (vårdcentral)"),
            ("paragraph", "<p>Xarunta caafimaadka waa meesha ugu horreysa ee aad aaddo marka aad u baahato daryeel "
                          "aan degdeg ahayn. Adiga ayaa dooran kara xarunta aad rabto inaad ku diiwaan gashanaato, "
                          "ha ahaato mid gobolka leeyahay ama mid gaar ah oo heshiis la leh gobolka. Taas waxaad ku "
                          "samayn kartaa 1177.se ama xarunta caafimaadka. Västerås waxaa daryeelka caafimaadka "
                          "mas'uul ka ah <b>Region Västmanland</b> (gobolka Västmanland).</p>"),
            ("heading", "Jirro ama dhaawac degdeg ah"),
            ("callout", {"tone": "emergency",
                         "text": "Wac 112 haddii ay jirto jirro ama shil nafta khatar gelinaya, tusaale ahaan "
                                 "xanuun daran oo xabadka ah, neefsasho dhib ah, miyir beel ama dhiigbax badan."}),
            ("phone", {"label": "Lambarka degdegga", "number": "112"}),
            ("heading", "Turjubaanku waa bilaash"),
            ("paragraph", "<p>Haddii aadan ku hadlin iswiidhish, waxaad xaq u leedahay turjubaan (tolk) markaad la "
                          "kulanto daryeelka caafimaadka, lacagna kaaga bixi mayso. Markaad ballan qabsanayso sheeg "
                          "inaad u baahan tahay turjubaan iyo luqadda aad ku hadasho. Turjubaanku wuxuu leeyahay "
                          "waajibaad sir-hayn. Ha u isticmaalin carruurta ama qaraabada turjubaan ahaan.</p>"),
            ("bullets", [
                "Wado aqoonsi markaad booqanayso daryeelka caafimaadka.",
                "Goor hore ka noqo ballanta haddii aadan iman karin.",
                "Qor su'aalahaaga ka hor booqashada.",
                "Wado liiska daawooyinka aad qaadato.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Talo caafimaad, raadi rugaha caafimaadka oo gal si aad ula xiriirto daryeelka."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Gobolka mas'uulka ka ah daryeelka caafimaadka ee Västmanland."}),
        ],
        "ti": [
            ("heading", "ንምኽሪ ናብ 1177 ደውል"),
            ("paragraph", "<p>እንተሓሚምካ እሞ ናበይ ከም እትኸይድ እንተዘይፈሊጥካ፣ ናብ <b>1177</b> ክትድውል ትኽእል። "
                          "ነርሳት ይምልሱ፣ ምኽሪ ይህቡ፣ ናብቲ ግቡእ ክሊኒክ ድማ ክሰዱኻ ይኽእሉ። ለይትን መዓልትን ክትድውል "
                          "ትኽእል። ኣብ መርበብ 1177.se ብዛዕባ ሕማማትን ሕክምናን ሓበሬታ ኣሎ፣ ብኤሌክትሮኒካዊ መንነት "
                          "(e-legitimation) ኣቲኻ ድማ ምስ ኣገልግሎት ጥዕና ክትራኸብ ትኽእል።</p>"),
            ("phone", {"label": "ምኽሪ ሕክምና", "number": "1177"}),
            ("heading", "ማእከል ጥዕና"),
            ("paragraph", "<p>ህጹጽ ዘይኮነ ሕክምና ምስ ዘድልየካ፣ ማእከል ጥዕና (vårdcentral) እቲ ፈለማ እትኸዶ ቦታ እዩ። ኣብ ኣየናይ "
                          "ማእከል ጥዕና ክትምዝገብ ከም እትደሊ ባዕልኻ ክትመርጽ ትኽእል፣ ናይ ዞባ ይኹን ምስ ዞባ ውዕል "
                          "ዘለዎም ብሕታውያን። እዚ ኣብ 1177.se ወይ ኣብቲ ማእከል ጥዕና ትገብሮ። ኣብ Västerås ንኣገልግሎት "
                          "ጥዕና ሓላፍነት ዘለዎ <b>Region Västmanland</b> (ዞባ Västmanland) እዩ።</p>"),
            ("heading", "ህጹጽ ሕማም ወይ መውጋእቲ"),
            ("callout", {"tone": "emergency",
                         "text": "ንህይወት ዘፈራርሕ ሕማም ወይ ሓደጋ እንተጋጢሙ፣ ንኣብነት ብርቱዕ ቃንዛ ኣፍ ልቢ፣ ጸገም "
                                 "ምስትንፋስ፣ ንቕሓት ምጥፋእ ወይ ብዙሕ ምፍሳስ ደም፣ ናብ 112 ደውል።"}),
            ("phone", {"label": "ቁጽሪ ህጹጽ ረዲኤት", "number": "112"}),
            ("heading", "ተርጓሚ ብናጻ እዩ"),
            ("paragraph", "<p>ሽወድኛ እንተዘይትዛረብ፣ ምስ ኣገልግሎት ጥዕና ክትራኸብ ከለኻ ተርጓሚ (tolk) ክትረክብ መሰል "
                          "ኣለካ፣ ዋላ ሓንቲ ክፍሊት ድማ ኣይትኸፍልን። ቆጸራ ክትሕዝ ከለኻ ተርጓሚ ከም ዘድልየካን ኣየናይ "
                          "ቋንቋ ከም እትዛረብን ንገር። ተርጓሚ ምስጢር ናይ ምሕላው ግዴታ ኣለዎ። ቆልዑ ወይ ኣዝማድ ከም "
                          "ተርጎምቲ ኣይትጠቐም።</p>"),
            ("bullets", [
                "ናብ ኣገልግሎት ጥዕና ክትከይድ ከለኻ መንነት ሒዝካ ኺድ።",
                "ክትመጽእ እንተዘይክኢልካ ቆጸራኻ ኣቐዲምካ ሰርዝ።",
                "ቅድሚ እቲ ምብጻሕ ሕቶታትካ ጽሓፍ።",
                "ዝርዝር ትወስዶ ዘለኻ መድሃኒታት ሒዝካ ኺድ።",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "ምኽሪ ሕክምና፣ ክሊኒካት ምድላይን ምስ ኣገልግሎት ጥዕና ንምርኻብ ምእታውን።"}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "ኣብ Västmanland ንኣገልግሎት ጥዕና ሓላፍነት ዘለዎ ዞባ።"}),
        ],
        "uk": [
            ("heading", "Дзвоніть 1177 за порадою"),
            ("paragraph", "<p>Якщо ви захворіли й не знаєте, куди звернутися, зателефонуйте за номером <b>1177</b>. "
                          "Вам відповість медсестра, яка дасть пораду й може скерувати до потрібної клініки. "
                          "Дзвонити можна цілодобово. На сайті 1177.se є інформація про хвороби та лікування, а "
                          "також можна увійти за допомогою електронного ідентифікатора (e-legitimation), щоб "
                          "зв'язатися з медичними службами.</p>"),
            ("phone", {"label": "Медична консультація", "number": "1177"}),
            ("heading", "Медичний центр (vårdcentral)"),
            ("paragraph", "<p>Медичний центр — це перше місце, куди варто звертатися, коли вам потрібна медична "
                          "допомога, яка не є невідкладною. Ви самі обираєте, у якому медичному "
                          "центрі зареєструватися: у регіональному чи приватному, що має договір з регіоном. Це "
                          "можна зробити на 1177.se або безпосередньо в центрі. У Västerås за охорону здоров'я "
                          "відповідає <b>Region Västmanland</b>.</p>"),
            ("heading", "Гостра хвороба або травма"),
            ("callout", {"tone": "emergency",
                         "text": "Телефонуйте 112 у разі хвороби чи нещасного випадку, що загрожують життю, "
                                 "наприклад сильного болю в грудях, утрудненого дихання, втрати свідомості або "
                                 "сильної кровотечі."}),
            ("phone", {"label": "Номер екстреної допомоги", "number": "112"}),
            ("heading", "Перекладач безкоштовний"),
            ("paragraph", "<p>Якщо ви не говорите шведською, ви маєте право на перекладача (tolk) під час звернення "
                          "до медичних служб, і для вас це безкоштовно. Під час запису скажіть, що вам потрібен "
                          "перекладач, і якою мовою ви розмовляєте. Перекладач зобов'язаний зберігати "
                          "конфіденційність. Краще не залучайте дітей чи родичів як перекладачів.</p>"),
            ("bullets", [
                "Беріть із собою посвідчення особи, коли йдете до лікаря.",
                "Завчасно скасовуйте візит, якщо не можете прийти.",
                "Запишіть свої запитання перед візитом.",
                "Візьміть список ліків, які ви приймаєте.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Медичні поради, пошук клінік і вхід для зв'язку з медичними службами."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Регіон, що відповідає за охорону здоров'я у Västmanland."}),
        ],
        "ru": [
            ("heading", "Звоните 1177 за советом"),
            ("paragraph", "<p>Если вы заболели и не знаете, куда обратиться, позвоните по номеру <b>1177</b>. Вам "
                          "ответит медсестра, которая даст совет и может направить вас в нужное учреждение. Звонить "
                          "можно круглосуточно. На сайте 1177.se есть информация о болезнях и лечении, а также можно "
                          "войти с электронным удостоверением личности (e-legitimation), чтобы связаться с "
                          "медицинскими службами.</p>"),
            ("phone", {"label": "Медицинская консультация", "number": "1177"}),
            ("heading", "Поликлиника"),
            ("paragraph", "<p>Поликлиника (vårdcentral) — первое место, куда следует обращаться, если вам нужна "
                          "помощь, которая не является неотложной. Вы сами выбираете, в какой поликлинике состоять на "
                          "учёте: в региональной или в частной, имеющей договор с регионом. Это можно сделать на "
                          "1177.se или непосредственно в поликлинике. В Västerås за здравоохранение отвечает "
                          "<b>Region Västmanland</b>.</p>"),
            ("heading", "Острое заболевание или травма"),
            ("callout", {"tone": "emergency",
                         "text": "Звоните 112 при угрожающих жизни заболеваниях или несчастных случаях, например при "
                                 "сильной боли в груди, затруднённом дыхании, потере сознания или сильном "
                                 "кровотечении."}),
            ("phone", {"label": "Номер экстренной помощи", "number": "112"}),
            ("heading", "Переводчик бесплатно"),
            ("paragraph", "<p>Если вы не говорите по-шведски, вы имеете право на переводчика (tolk) при обращении в "
                          "медицинские службы, и для вас это бесплатно. При записи скажите, что вам нужен "
                          "переводчик, и на каком языке вы говорите. Переводчик обязан соблюдать конфиденциальность. "
                          "Лучше не привлекать детей или родственников в качестве переводчиков.</p>"),
            ("bullets", [
                "Берите с собой удостоверение личности, когда идёте к врачу.",
                "Заранее отменяйте приём, если не можете прийти.",
                "Запишите свои вопросы перед визитом.",
                "Возьмите список лекарств, которые вы принимаете.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Медицинские советы, поиск учреждений и вход для связи с медицинскими службами."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Регион, отвечающий за здравоохранение в Västmanland."}),
        ],
        "tr": [
            ("heading", "Tavsiye için 1177'yi arayın"),
            ("paragraph", "<p>Hastalandıysanız ve nereye başvuracağınızı bilmiyorsanız <b>1177</b>'yi "
                          "arayabilirsiniz. Telefona hemşireler çıkar; size tavsiye verir ve sizi doğru sağlık "
                          "kuruluşuna yönlendirebilirler. Günün her saatinde arayabilirsiniz. 1177.se sitesinde "
                          "hastalıklar ve tedavi hakkında bilgiler vardır; ayrıca elektronik kimlikle "
                          "(e-legitimation) giriş yaparak sağlık hizmetleriyle iletişime geçebilirsiniz.</p>"),
            ("phone", {"label": "Sağlık danışmanlığı", "number": "1177"}),
            ("heading", "Sağlık merkezi"),
            ("paragraph", "<p>Sağlık merkezi (vårdcentral), acil olmayan bir sağlık sorununuz olduğunda ilk "
                          "başvuracağınız yerdir. Hangi sağlık merkezine kayıtlı olmak istediğinizi kendiniz "
                          "seçebilirsiniz: bölgenin kendi merkezleri de, bölgeyle anlaşması olan özel merkezler de "
                          "seçilebilir. Bunu 1177.se üzerinden ya da doğrudan sağlık merkezinde yaparsınız. "
                          "Västerås'ta sağlık hizmetlerinden <b>Region Västmanland</b> sorumludur.</p>"),
            ("heading", "Acil hastalık veya yaralanma"),
            ("callout", {"tone": "emergency",
                         "text": "Hayatı tehdit eden bir hastalık ya da kaza durumunda, örneğin şiddetli göğüs "
                                 "ağrısı, nefes darlığı, bilinç kaybı veya ağır kanamada 112'yi arayın."}),
            ("phone", {"label": "Acil durum numarası", "number": "112"}),
            ("heading", "Tercüman ücretsizdir"),
            ("paragraph", "<p>İsveççe konuşmuyorsanız, sağlık hizmetlerine başvurduğunuzda tercüman (tolk) hakkınız "
                          "vardır ve bu sizin için ücretsizdir. Randevu alırken tercümana ihtiyacınız olduğunu ve "
                          "hangi dili konuştuğunuzu söyleyin. Tercümanın sır saklama yükümlülüğü vardır. Çocukları "
                          "veya akrabaları tercüman olarak kullanmamaya çalışın.</p>"),
            ("bullets", [
                "Sağlık kuruluşuna giderken kimlik belgenizi yanınıza alın.",
                "Gelemeyecekseniz randevunuzu zamanında iptal edin.",
                "Ziyaretten önce sorularınızı yazın.",
                "Kullandığınız ilaçların listesini yanınızda getirin.",
            ]),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Sağlık danışmanlığı, sağlık kuruluşu arama ve sağlık hizmetleriyle iletişim için giriş."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Västmanland'da sağlık hizmetlerinden sorumlu bölge."}),
        ],
    },
}

URGENT_HELP = {
    "title": {
        "sv": "Akut hjälp och stöd när du mår dåligt",
        "en": "Emergency help and support when you feel unwell",
        "ar": "المساعدة الطارئة والدعم عندما تشعر بسوء",
        "fa": "کمک فوری و حمایت وقتی حالتان خوب نیست",
        "so": "Gargaar degdeg ah iyo taageero marka aadan fiicnayn",
        "ti": "ህጹጽ ሓገዝን ደገፍን ጽቡቕ ኣብ ዘይትስምዓሉ",
        "uk": "Невідкладна допомога та підтримка, коли вам погано",
    },
    "slug": {
        "sv": "akut-hjalp-och-stod",
        "en": "emergency-help-and-support",
        "ar": "musaada-tariaa",
        "fa": "komak-fori",
        "so": "gargaar-degdeg-ah",
        "ti": "hitsuts-hagez",
        "uk": "nevidkladna-dopomoha",
    },
    "intro": {
        "sv": "När du ska ringa 112 eller 114 14, vad du gör vid förgiftning och var du får hjälp när du mår psykiskt dåligt.",
        "en": "When to call 112 or 114 14, what to do in case of poisoning and where to get help when you are struggling mentally.",
        "ar": "متى تتصل بالرقم 112 أو 114 14، وماذا تفعل في حالة التسمم، وأين تجد المساعدة عندما تكون حالتك النفسية سيئة.",
        "fa": "چه وقت با 112 یا 114 14 تماس بگیرید، هنگام مسمومیت چه کنید و وقتی حال روحی‌تان خوب نیست از کجا کمک بگیرید.",
        "so": "Goorta la wacayo 112 ama 114 14, waxa la sameeyo marka sun la qaato iyo meesha laga helo caawimo marka maskax ahaan aadan fiicnayn.",
        "ti": "መዓስ ናብ 112 ወይ 114 14 ክትድውል ከም ዘለካ፣ ኣብ መርዛም እንታይ ከም እትገብር፣ ብኣእምሮ ጽቡቕ ኣብ ዘይትስምዓሉ ድማ ካበይ ሓገዝ ከም እትረክብ።",
        "uk": "Коли дзвонити 112 або 114 14, що робити в разі отруєння і де знайти допомогу, коли вам психологічно важко.",
    },
    "body": {
        "sv": [
            ("heading", "Ring 112 när det är akut"),
            ("paragraph", "<p>Ring <b>112</b> när det är bråttom och det finns fara för någons liv eller hälsa, eller "
                          "för egendom eller miljö. Det gäller till exempel allvarlig sjukdom, olyckor, brand och brott "
                          "som pågår. Samtalet är gratis. Berätta vad som har hänt och var du är, svara på frågorna "
                          "och lägg inte på förrän du blir ombedd.</p>"),
            ("phone", {"label": "Larmnummer", "number": "112"}),
            ("heading", "Polisen när det inte är akut"),
            ("paragraph", "<p>Vill du kontakta polisen om något som inte är akut, till exempel för att anmäla ett "
                          "brott som redan har hänt eller lämna tips, ring <b>114 14</b>.</p>"),
            ("phone", {"label": "Polisen, inte akut", "number": "114 14"}),
            ("heading", "Förgiftning"),
            ("paragraph", "<p>Om någon har fått i sig något giftigt, till exempel läkemedel eller rengöringsmedel: "
                          "ring 112 och be att få tala med Giftinformation. Förvara läkemedel och "
                          "kemikalier så att barn inte kommer åt dem.</p>"),
            ("heading", "När du mår psykiskt dåligt"),
            ("paragraph", "<p>Det är vanligt att må dåligt efter en flykt eller under en svår tid, och det finns "
                          "hjälp att få. Om du känner oro, sover dåligt eller är nedstämd länge kan du ringa 1177 "
                          "eller kontakta din vårdcentral. Har du tankar på att ta ditt liv kan du ringa "
                          "<b>Självmordslinjen</b>, som drivs av den ideella föreningen Mind.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "Är du eller någon annan i akut fara? Ring 112."}),
            ("heading", "Spara numren i telefonen"),
            ("bullets", [
                "112 – akut fara för liv, hälsa, egendom eller miljö.",
                "114 14 – polisen när det inte är akut.",
                "1177 – sjukvårdsrådgivning dygnet runt.",
                "90101 – Självmordslinjen.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "Om larmnumret 112 och när du ska ringa."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "Om psykisk hälsa och var du kan få hjälp."}),
        ],
        "en": [
            ("heading", "Call 112 in an emergency"),
            ("paragraph", "<p>Call <b>112</b> when it is urgent and someone's life or health, or property or the "
                          "environment, is in danger. This includes serious illness, accidents, fire and crimes in "
                          "progress. The call is free. Say what has happened and where you are, answer the questions "
                          "and do not hang up until you are asked to.</p>"),
            ("phone", {"label": "Emergency number", "number": "112"}),
            ("heading", "The police when it is not urgent"),
            ("paragraph", "<p>If you want to contact the police about something that is not urgent, for example to "
                          "report a crime that has already happened or to give a tip, call <b>114 14</b>.</p>"),
            ("phone", {"label": "Police, non-emergency", "number": "114 14"}),
            ("heading", "Poisoning"),
            ("paragraph", "<p>If someone has swallowed something poisonous, such as medicine or cleaning products: "
                          "call 112 and ask for Giftinformation (the Swedish Poisons Information "
                          "Centre). Store medicines and chemicals where children cannot reach them.</p>"),
            ("heading", "When you are struggling mentally"),
            ("paragraph", "<p>It is common to feel unwell after fleeing your country or during a difficult time, and "
                          "help is available. If you feel anxious, sleep badly or feel low for a long time, you can "
                          "call 1177 or contact your health centre. If you have thoughts of taking your own life, "
                          "you can call <b>Självmordslinjen</b> (the suicide helpline), run by the non-profit "
                          "association Mind.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "Are you or someone else in immediate danger? Call 112."}),
            ("heading", "Save these numbers in your phone"),
            ("bullets", [
                "112 – immediate danger to life, health, property or the environment.",
                "114 14 – the police when it is not urgent.",
                "1177 – healthcare advice around the clock.",
                "90101 – Självmordslinjen, the suicide helpline.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "About the emergency number 112 and when to call."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "About mental health and where to get help."}),
        ],
        "ar": [
            ("heading", "اتصل بالرقم 112 في الحالات الطارئة"),
            ("paragraph", "<p>اتصل بالرقم <b>112</b> عندما يكون الأمر عاجلًا وتكون حياة شخص أو صحته، أو الممتلكات أو "
                          "البيئة، في خطر. ويشمل ذلك مثلًا المرض الخطير والحوادث والحرائق والجرائم الجارية. المكالمة "
                          "مجانية. قل ما الذي حدث وأين أنت، وأجب عن الأسئلة، ولا تُنهِ المكالمة حتى يُطلب منك "
                          "ذلك.</p>"),
            ("phone", {"label": "رقم الطوارئ", "number": "112"}),
            ("heading", "الشرطة في الحالات غير الطارئة"),
            ("paragraph", "<p>إذا أردت التواصل مع الشرطة بشأن أمر غير طارئ، مثل الإبلاغ عن جريمة وقعت بالفعل أو "
                          "تقديم معلومة، فاتصل بالرقم <b>114 14</b>.</p>"),
            ("phone", {"label": "الشرطة، لغير الطوارئ", "number": "114 14"}),
            ("heading", "التسمم"),
            ("paragraph", "<p>إذا ابتلع شخص مادة سامة، مثل الأدوية أو مواد التنظيف: اتصل بالرقم "
                          "112 واطلب التحدث مع Giftinformation (مركز معلومات السموم). احفظ الأدوية والمواد "
                          "الكيميائية بعيدًا عن متناول الأطفال.</p>"),
            ("heading", "عندما تكون حالتك النفسية سيئة"),
            ("paragraph", "<p>من الشائع أن يشعر المرء بسوء بعد اللجوء أو خلال فترة صعبة، والمساعدة متوفرة. إذا "
                          "شعرت بالقلق أو قلة النوم أو بالحزن لفترة طويلة، يمكنك الاتصال بالرقم 1177 أو التواصل مع "
                          "مركزك الصحي. وإذا راودتك أفكار بإنهاء حياتك، يمكنك الاتصال بخط منع الانتحار "
                          "<b>Självmordslinjen</b> الذي تديره جمعية Mind غير الربحية.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "هل أنت أو شخص آخر في خطر مباشر؟ اتصل بالرقم 112."}),
            ("heading", "احفظ هذه الأرقام في هاتفك"),
            ("bullets", [
                "112 – خطر مباشر على الحياة أو الصحة أو الممتلكات أو البيئة.",
                "114 14 – الشرطة في الحالات غير الطارئة.",
                "1177 – استشارة طبية على مدار الساعة.",
                "90101 – خط منع الانتحار Självmordslinjen.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "عن رقم الطوارئ 112 ومتى تتصل به."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "عن الصحة النفسية وأين تجد المساعدة."}),
        ],
        "fa": [
            ("heading", "در موارد اضطراری با 112 تماس بگیرید"),
            ("paragraph", "<p>وقتی موضوع فوری است و جان یا سلامت کسی، یا اموال یا محیط زیست، در خطر است با "
                          "<b>112</b> تماس بگیرید. برای نمونه بیماری جدی، حادثه، آتش‌سوزی و جرمی که در حال وقوع "
                          "است. تماس رایگان است. بگویید چه اتفاقی افتاده و کجا هستید، به پرسش‌ها پاسخ دهید و تا "
                          "وقتی از شما خواسته نشده، تلفن را قطع نکنید.</p>"),
            ("phone", {"label": "شماره اضطراری", "number": "112"}),
            ("heading", "پلیس در موارد غیرفوری"),
            ("paragraph", "<p>اگر می‌خواهید درباره موضوعی غیرفوری با پلیس تماس بگیرید، مثلاً برای گزارش جرمی که "
                          "قبلاً رخ داده یا دادن اطلاعات، با <b>114 14</b> تماس بگیرید.</p>"),
            ("phone", {"label": "پلیس، غیرفوری", "number": "114 14"}),
            ("heading", "مسمومیت"),
            ("paragraph", "<p>اگر کسی چیز سمی مانند دارو یا مواد شوینده خورده است: با 112 تماس بگیرید و "
                          "بخواهید با Giftinformation (مرکز اطلاعات سموم) صحبت کنید. داروها و مواد شیمیایی را دور "
                          "از دسترس کودکان نگه دارید.</p>"),
            ("heading", "وقتی حال روحی‌تان خوب نیست"),
            ("paragraph", "<p>بسیار پیش می‌آید که کسی پس از مهاجرت اجباری یا در دوره‌ای سخت حال خوبی نداشته باشد، "
                          "و کمک در دسترس است. اگر مدت طولانی نگرانی، بی‌خوابی یا افسردگی دارید، می‌توانید با 1177 "
                          "یا درمانگاه محلی خود تماس بگیرید. اگر به خودکشی فکر می‌کنید، می‌توانید با خط پیشگیری از "
                          "خودکشی <b>Självmordslinjen</b> که انجمن غیرانتفاعی Mind آن را اداره می‌کند تماس "
                          "بگیرید.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "آیا شما یا کس دیگری در خطر فوری هستید؟ با 112 تماس بگیرید."}),
            ("heading", "این شماره‌ها را در تلفن خود ذخیره کنید"),
            ("bullets", [
                "112 – خطر فوری برای جان، سلامت، اموال یا محیط زیست.",
                "114 14 – پلیس در موارد غیرفوری.",
                "1177 – مشاوره درمانی در تمام ساعات شبانه‌روز.",
                "90101 – خط پیشگیری از خودکشی Självmordslinjen.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "درباره شماره اضطراری 112 و زمان تماس با آن."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "درباره سلامت روان و جاهایی که می‌توانید کمک بگیرید."}),
        ],
        "so": [
            ("heading", "Wac 112 marka ay degdeg tahay"),
            ("paragraph", "<p>Wac <b>112</b> marka ay degdeg tahay oo nafta ama caafimaadka qof, ama hanti ama "
                          "deegaanka, ay khatar ku jiraan. Tusaale ahaan jirro culus, shil, dab iyo dambi socda. "
                          "Wicitaanku waa bilaash. Sheeg waxa dhacay iyo meesha aad joogto, ka jawaab su'aalaha, hana "
                          "dhigin taleefanka ilaa lagaa codsado.</p>"),
            ("phone", {"label": "Lambarka degdegga", "number": "112"}),
            ("heading", "Booliska marka aysan degdeg ahayn"),
            ("paragraph", "<p>Haddii aad rabto inaad booliska kala xiriirto arrin aan degdeg ahayn, tusaale ahaan si "
                          "aad u soo sheegto dambi horay u dhacay ama aad xog u bixiso, wac <b>114 14</b>.</p>"),
            ("phone", {"label": "Booliska, aan degdeg ahayn", "number": "114 14"}),
            ("heading", "Sun qaadasho"),
            ("paragraph", "<p>Haddii qof liqay wax sun ah, sida daawo ama alaab nadiifin: "
                          "wac 112 oo codso inaad la hadasho Giftinformation (xarunta macluumaadka sunta). Daawooyinka "
                          "iyo kiimikada meel carruurtu gaari karin dhig.</p>"),
            ("heading", "Marka maskax ahaan aadan fiicnayn"),
            ("paragraph", "<p>Waa caadi in qofku dareemo xaalad xun ka dib qaxooti ama xilli adag, caawimona waa la "
                          "heli karaa. Haddii aad muddo dheer dareemayso walwal, hurdo xumo ama murugo, waxaad wici "
                          "kartaa 1177 ama la xiriiri kartaa xaruntaada caafimaadka. Haddii aad ka fikirayso inaad "
                          "naftaada qaaddo, waxaad wici kartaa <b>Självmordslinjen</b> (khadka ka hortagga "
                          "is-dilka), oo ay maamusho ururka samafalka ah ee Mind.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "Adiga ama qof kale ma ku jirtaan khatar degdeg ah? Wac 112."}),
            ("heading", "Ku kaydso lambarradan taleefankaaga"),
            ("bullets", [
                "112 – khatar degdeg ah oo ku timid nafta, caafimaadka, hantida ama deegaanka.",
                "114 14 – booliska marka aysan degdeg ahayn.",
                "1177 – talo caafimaad habeen iyo maalin.",
                "90101 – Självmordslinjen, khadka ka hortagga is-dilka.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "Ku saabsan lambarka degdegga 112 iyo goorta la wacayo."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "Ku saabsan caafimaadka maskaxda iyo meesha caawimo laga helo."}),
        ],
        "ti": [
            ("heading", "ህጹጽ ምስ ዝኸውን ናብ 112 ደውል"),
            ("paragraph", "<p>ህጹጽ ምስ ዝኸውን እሞ ህይወት ወይ ጥዕና ሰብ፣ ወይ ንብረት ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ ናብ "
                          "<b>112</b> ደውል። ንኣብነት ከቢድ ሕማም፣ ሓደጋ፣ ባርዕን ኣብ ምፍጻም ዘሎ ገበንን። እቲ ደውል ብናጻ "
                          "እዩ። እንታይ ከም ዘጋጠመን ኣበይ ከም ዘለኻን ንገር፣ ንሕቶታት መልስ፣ ክሳብ ዝሕበረካ ድማ ቴሌፎን "
                          "ኣይትዕጾ።</p>"),
            ("phone", {"label": "ቁጽሪ ህጹጽ ረዲኤት", "number": "112"}),
            ("heading", "ፖሊስ ህጹጽ ኣብ ዘይኮነሉ"),
            ("paragraph", "<p>ብዛዕባ ህጹጽ ዘይኮነ ጉዳይ ምስ ፖሊስ ክትራኸብ እንተደሊኻ፣ ንኣብነት ዝተፈጸመ ገበን ንምሕባር ወይ "
                          "ሓበሬታ ንምሃብ፣ ናብ <b>114 14</b> ደውል።</p>"),
            ("phone", {"label": "ፖሊስ፣ ህጹጽ ዘይኮነ", "number": "114 14"}),
            ("heading", "መርዛም"),
            ("paragraph", "<p>ሓደ ሰብ ከም መድሃኒት ወይ ናይ ጽሬት ኬሚካል ዝኣመሰለ መርዛም ነገር እንተወሲዱ፦ "
                          "ናብ 112 ደውል እሞ ምስ Giftinformation (ማእከል ሓበሬታ መርዚ) ክትዛረብ ሕተት። መድሃኒታትን "
                          "ኬሚካላትን ቆልዑ ኣብ ዘይበጽሕዎ ቦታ ዓቅብ።</p>"),
            ("heading", "ብኣእምሮ ጽቡቕ ኣብ ዘይትስምዓሉ"),
            ("paragraph", "<p>ድሕሪ ስደት ወይ ኣብ ከቢድ እዋን ጽቡቕ ዘይምስማዕ ልሙድ እዩ፣ ሓገዝ ድማ ኣሎ። ንነዊሕ ግዜ "
                          "ጭንቀት፣ ሕማቕ ድቃስ ወይ ጓሂ እንተተሰሚዑካ፣ ናብ 1177 ክትድውል ወይ ምስ ማእከል ጥዕናኻ ክትራኸብ "
                          "ትኽእል። ህይወትካ ናይ ምጥፋእ ሓሳብ እንተሃልዩካ፣ ናብ <b>Självmordslinjen</b> (መስመር ምክልኻል "
                          "ነብሰ-ቕትለት) ክትድውል ትኽእል፣ እዚ ድማ ብዘይ መኽሰብ ዝሰርሕ ማሕበር Mind ዝመሓደር እዩ።</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "ንስኻ ወይ ካልእ ሰብ ኣብ ህጹጽ ሓደጋ ኣለኹም ድዩ? ናብ 112 ደውል።"}),
            ("heading", "ነዞም ቁጽርታት ኣብ ቴሌፎንካ ዓቅቦም"),
            ("bullets", [
                "112 – ኣብ ህይወት፣ ጥዕና፣ ንብረት ወይ ከባቢ ህጹጽ ሓደጋ።",
                "114 14 – ፖሊስ ህጹጽ ኣብ ዘይኮነሉ።",
                "1177 – ምኽሪ ሕክምና ለይትን መዓልትን።",
                "90101 – Självmordslinjen፣ መስመር ምክልኻል ነብሰ-ቕትለት።",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "ብዛዕባ ቁጽሪ ህጹጽ ረዲኤት 112ን መዓስ ከም እትድውልን።"}),
            ("link", {"title": "1177", "url": URL_1177, "description": "ብዛዕባ ጥዕና ኣእምሮን ካበይ ሓገዝ ከም እትረክብን።"}),
        ],
        "uk": [
            ("heading", "У невідкладних випадках дзвоніть 112"),
            ("paragraph", "<p>Телефонуйте <b>112</b>, коли ситуація термінова і під загрозою життя чи здоров'я "
                          "людини, майно або довкілля. Наприклад, у разі тяжкої хвороби, нещасного випадку, пожежі "
                          "чи злочину, що відбувається просто зараз. Дзвінок безкоштовний. Розкажіть, що сталося і де "
                          "ви перебуваєте, дайте відповіді на запитання й не кладіть слухавку, доки вас про це не "
                          "попросять.</p>"),
            ("phone", {"label": "Номер екстреної допомоги", "number": "112"}),
            ("heading", "Поліція в нетермінових справах"),
            ("paragraph", "<p>Якщо ви хочете звернутися до поліції з нетерміновою справою, наприклад повідомити про "
                          "злочин, який уже стався, або передати інформацію, телефонуйте <b>114 14</b>.</p>"),
            ("phone", {"label": "Поліція, нетерміново", "number": "114 14"}),
            ("heading", "Отруєння"),
            ("paragraph", "<p>Якщо хтось проковтнув щось отруйне, наприклад ліки чи засоби для чищення: "
                          "телефонуйте 112 і попросіть з'єднати з Giftinformation (інформаційний центр з "
                          "отруєнь). Зберігайте ліки та хімікати там, де діти не можуть до них дістатися.</p>"),
            ("heading", "Коли вам психологічно важко"),
            ("paragraph", "<p>Погане самопочуття після вимушеного переїзду чи у складний період — це поширене "
                          "явище, і допомога є. Якщо ви довго відчуваєте тривогу, погано спите або маєте пригнічений "
                          "настрій, зателефонуйте 1177 або зверніться до свого медичного центру. Якщо у вас є думки "
                          "про самогубство, ви можете зателефонувати на лінію <b>Självmordslinjen</b>, яку веде "
                          "неприбуткова організація Mind.</p>"),
            ("phone", {"label": "Självmordslinjen (Mind)", "number": "90101"}),
            ("callout", {"tone": "emergency", "text": "Вам або комусь іншому загрожує безпосередня небезпека? Дзвоніть 112."}),
            ("heading", "Збережіть ці номери в телефоні"),
            ("bullets", [
                "112 — безпосередня загроза життю, здоров'ю, майну чи довкіллю.",
                "114 14 — поліція в нетермінових справах.",
                "1177 — цілодобові медичні консультації.",
                "90101 — Självmordslinjen, лінія запобігання самогубствам.",
            ]),
            ("link", {"title": "112", "url": URL_112, "description": "Про номер екстреної допомоги 112 і коли на нього дзвонити."}),
            ("link", {"title": "1177", "url": URL_1177, "description": "Про психічне здоров'я і де знайти допомогу."}),
        ],
    },
}

COSTS = {
    "title": {
        "sv": "Avgifter i vården och tandvård",
        "en": "Healthcare fees and dental care",
    },
    "slug": {
        "sv": "avgifter-och-tandvard",
        "en": "fees-and-dental-care",
    },
    "intro": {
        "sv": "Vad vården kostar, hur högkostnadsskyddet fungerar och vad som gäller för tandvård.",
        "en": "What healthcare costs, how the high-cost protection works and what applies to dental care.",
    },
    "body": {
        "sv": [
            ("heading", "Patientavgifter"),
            ("paragraph", "<p>När du besöker vården betalar du oftast en patientavgift. Avgifterna bestäms av varje "
                          "region och kan ändras från år till år, så kontrollera vad som gäller på 1177.se eller hos "
                          "Region Västmanland. Barn och unga betalar ofta ingen avgift för vanliga besök. Om du inte "
                          "kommer till en bokad tid och inte har avbokat kan du behöva betala ändå.</p>"),
            ("heading", "Högkostnadsskydd"),
            ("paragraph", "<p>Tack vare <b>högkostnadsskyddet</b> finns ett tak för hur mycket du betalar för vård "
                          "under en tolvmånadersperiod. När du har nått taket får du ett frikort, och besök som "
                          "omfattas är sedan gratis resten av perioden. För läkemedel på recept finns ett eget "
                          "högkostnadsskydd.</p>"),
            ("heading", "Tandvård"),
            ("paragraph", "<p>Tandvården har andra regler än den övriga vården. Barn och unga får kostnadsfri "
                          "tandvård upp till en viss ålder. Vuxna betalar själva, men staten ger ett tandvårdsstöd "
                          "som sänker kostnaden, och det finns ett särskilt skydd vid dyra behandlingar. Priserna "
                          "skiljer sig mellan tandläkare, så jämför gärna. Folktandvården är regionens tandvård, och "
                          "det finns också privata tandläkare.</p>"),
            ("bullets", [
                "Fråga vad besöket kostar när du bokar.",
                "Spara kvitton på det du har betalat.",
                "Avboka i tid om du inte kan komma.",
                "Vid svår tandvärk: ring din tandvårdsklinik eller 1177 för råd.",
            ]),
            ("callout", {"tone": "info",
                         "text": "Avgifter och åldersgränser ändras. Kontrollera alltid aktuella uppgifter på "
                                 "1177.se."}),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Avgifter, högkostnadsskydd och tandvård i din region."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Vård och tandvård i Västmanland."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "Statligt tandvårdsstöd."}),
        ],
        "en": [
            ("heading", "Patient fees"),
            ("paragraph", "<p>When you visit the healthcare services, you usually pay a patient fee. The fees are set "
                          "by each region and can change from year to year, so check what applies on 1177.se or with "
                          "Region Västmanland. Children and young people often pay no fee for ordinary visits. If you "
                          "do not come to a booked appointment and have not cancelled it, you may have to pay "
                          "anyway.</p>"),
            ("heading", "High-cost protection"),
            ("paragraph", "<p>Thanks to the <b>high-cost protection</b> (högkostnadsskydd) there is a ceiling on how "
                          "much you pay for care during a twelve-month period. When you reach the ceiling you get a "
                          "free card (frikort), and the visits it covers are then free for the rest of the period. "
                          "Prescription medicines have a high-cost protection of their own.</p>"),
            ("heading", "Dental care"),
            ("paragraph", "<p>Dental care has different rules from other healthcare. Children and young people get "
                          "free dental care up to a certain age. Adults pay themselves, but the state gives dental "
                          "care support that lowers the cost, and there is special protection for expensive "
                          "treatment. Prices differ between dentists, so it is worth comparing. Folktandvården is the "
                          "region's dental service, and there are also private dentists.</p>"),
            ("bullets", [
                "Ask what the visit costs when you book.",
                "Keep receipts for what you have paid.",
                "Cancel in time if you cannot come.",
                "For severe toothache: call your dental clinic or 1177 for advice.",
            ]),
            ("callout", {"tone": "info",
                         "text": "Fees and age limits change. Always check current information on 1177.se."}),
            ("link", {"title": "1177", "url": URL_1177,
                      "description": "Fees, high-cost protection and dental care in your region."}),
            ("link", {"title": "Region Västmanland", "url": REGION_VASTMANLAND,
                      "description": "Healthcare and dental care in Västmanland."}),
            ("link", {"title": "Försäkringskassan", "url": FORSAKRINGSKASSAN,
                      "description": "State dental care support."}),
        ],
    },
}

TOPIC = {
    "focus_area": "health",
    "title": {
        "sv": "Hälsa",
        "sv-x-simple": "Hälsa och vård",
        "en": "Health",
        "ar": "الصحة",
        "fa": "سلامت",
        "prs": "صحت",
        "ps": "روغتیا",
        "ckb": "تەندروستی",
        "so": "Caafimaad",
        "ti": "ጥዕና",
        "uk": "Здоров'я",
        "ru": "Здоровье",
        "tr": "Sağlık",
    },
    "slug": {
        "sv": "halsa",
        "sv-x-simple": "halsa-och-vard",
        "en": "health",
        "ar": "sihha",
        "fa": "salamat",
        "prs": "sehat",
        "ps": "roghtia",
        "ckb": "tendrusti",
        "so": "caafimaad",
        "ti": "tiena",
        "uk": "zdorovia",
        "ru": "zdorove",
        "tr": "saglik",
    },
    "intro": {
        "sv": "Hur vården fungerar i Västerås: 1177, vårdcentralen, akut hjälp, tolk, avgifter och stöd när du mår psykiskt dåligt.",
        "sv-x-simple": "Här får du veta vart du ska vända dig när du är sjuk.",
        "en": "How healthcare works in Västerås: 1177, the health centre, emergency help, interpreters, fees and support for your mental health.",
        "ar": "كيف تعمل الرعاية الصحية في Västerås: الرقم 1177، والمركز الصحي، والمساعدة الطارئة، والمترجم، والرسوم، ودعم الصحة النفسية.",
        "fa": "نظام درمان در Västerås چگونه کار می‌کند: 1177، درمانگاه محلی، کمک فوری، مترجم، هزینه‌ها و حمایت از سلامت روان.",
        "prs": "خدمات صحی در Västerås چگونه کار می‌کند: 1177، مرکز صحی، کمک عاجل، ترجمان، فیس‌ها و حمایت از صحت روانی.",
        "ps": "په Västerås کې روغتیایي پاملرنه څنګه کار کوي: 1177، روغتیایي مرکز، بیړنۍ مرسته، ژباړن، فیسونه او د رواني روغتیا ملاتړ.",
        "ckb": "چاودێریی تەندروستی لە Västerås چۆن کار دەکات: 1177، بنکەی تەندروستی، یارمەتیی فریاکەوتن، وەرگێڕ، تێچووەکان و پشتگیریی تەندروستیی دەروونی.",
        "so": "Sida daryeelka caafimaadku uga shaqeeyo Västerås: 1177, xarunta caafimaadka, gargaarka degdegga ah, turjubaan, kharashyada iyo taageerada caafimaadka maskaxda.",
        "ti": "ኣገልግሎት ጥዕና ኣብ Västerås ብኸመይ ይሰርሕ፦ 1177፣ ማእከል ጥዕና፣ ህጹጽ ሓገዝ፣ ተርጓሚ፣ ክፍሊታትን ደገፍ ጥዕና ኣእምሮን።",
        "uk": "Як працює медична допомога у Västerås: 1177, медичний центр, невідкладна допомога, перекладач, оплата і підтримка психічного здоров'я.",
        "ru": "Как работает здравоохранение в Västerås: 1177, поликлиника, неотложная помощь, переводчик, оплата и поддержка психического здоровья.",
        "tr": "Västerås'ta sağlık hizmetleri nasıl işler: 1177, sağlık merkezi, acil yardım, tercüman, ücretler ve ruh sağlığı desteği.",
    },
    "articles": [CARE, URGENT_HELP, COSTS],
}
