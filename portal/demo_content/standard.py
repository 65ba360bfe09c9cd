"""The standard pages every public site needs: about this site, and the accessibility statement."""

ABOUT = {
    "title": {
        "sv": "Om webbplatsen",
        "en": "About this site",
    },
    "slug": {
        "sv": "om-webbplatsen",
        "en": "about-this-site",
    },
    "intro": {
        "sv": "Ny i Västerås samlar samhällsinformation och vägar till stöd för dig som är ny i Västerås, på flera "
              "språk.",
        "en": "Ny i Västerås brings together information about Swedish society and ways to find support for people who "
              "are new in Västerås, in several languages.",
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
    },
}

ACCESSIBILITY_STATEMENT = {
    "title": {
        "sv": "Tillgänglighetsredogörelse",
        "en": "Accessibility statement",
    },
    "slug": {
        "sv": "tillganglighetsredogorelse",
        "en": "accessibility-statement",
    },
    "intro": {
        "sv": "Så uppfyller Ny i Västerås lagen om tillgänglighet till digital offentlig service, de brister vi känner "
              "till och hur du rapporterar problem.",
        "en": "How Ny i Västerås meets the Swedish law on accessibility of digital public services, the shortcomings "
              "we know of and how to report problems.",
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
    },
}

STANDARD_PAGES = [ABOUT, ACCESSIBILITY_STATEMENT]
