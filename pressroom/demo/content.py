"""The demo content: an English source written from the two seed pages, and the Bulgarian
translation taken from the seed text.

`BULGARIAN` maps each English string to its Bulgarian translation. The strings the seed
shows in English on its Bulgarian pages (the video titles, the topics, "Latest press
releases", "Press release", "Press officers") are deliberately absent: they stay
untranslated, so the Bulgarian pages show them as marked fallbacks, as the seed does.
"""

from datetime import date, timedelta

INSTITUTION = "European Committee of the Regions"

TOPICS = [
    ("cohesion-policy-reform", "Cohesion policy reform"),
    ("cross-border-territorial-cooperation", "Cross-border and territorial cooperation"),
    ("esif", "European Structural and Investment Funds"),
    ("financial-instruments-cohesion", "Financial instruments for cohesion"),
    ("territorial-cohesion", "Territorial cohesion"),
    ("urban-policy", "Urban policy"),
]
CAMPAIGN_TOPICS = ["cohesion-policy-reform", "territorial-cohesion"]

RELEASE_TYPES = [("press-release", "Press release"), ("statement", "Statement")]

# From the seed: name, then the languages as the seed writes them.
PRESS_OFFICERS = [
    ("David", "Crous Duran", "ES, FR, EN, PT"),
    ("Andrew", "Gardner", "EN, CZ, FR"),
    ("Marie-Pierre", "Jouglain", "FR, EN, DE"),
    ("Matteo", "Miglietta", "IT, EN, FR"),
    ("Lauri", "Ouvinen", "FI, SE, ES, FR"),
    ("Carmen", "Schmidle", "DE, EN"),
    ("Wioletta", "Wojewodzka", "PL, FR, EN"),
]

CONTACT_PERSON = {
    "name": "Matteo Miglietta",
    "role": "Press officer",
    "email": "Matteo.miglietta@cor.europa.eu",
    "phone": "+32 (0) 470 89 53 82",
}

# The videos of the seed's multimedia section, newest first; the first is featured.
VIDEO_TITLES = [
    "EU is Cohesion: A participatory rooftop farm in Brussels",
    "EU is Cohesion: supporting entrepreneurship in rural areas",
    "EU is Cohesion: A sustainable swimming pool for all",
    "EU is Cohesion: investing in education means investing in the future",
    "EU's rural areas - let's listen to the voice of our rural communities!",
    "EU Annual Regional and Local Barometer",
    "Commissioner Paolo Gentiloni address the Recovery and Resilience Forum",
    "Join the #CohesionAlliance",
    "Regional & local Barometer: let's take the pulse of the EU regions & cities!",
    "#CohesionAlliance for a cohesive, sustainable & resilient Europe",
    "Cohesion & Recovery to improve citizens daily lives",
    "Cross-border cooperation - making our border regions stronger and more resilient",
    "Cohesion as an EU fundamental value",
]
VIDEO_SOURCE = "https://cor.europa.eu/en/news/videos"

HOME = {
    "title": INSTITUTION,
    "intro": "<p>The voice of Europe's regions and cities: news, campaigns, opinions and "
    "events of the European Committee of the Regions.</p>",
}

CAMPAIGN = {
    "slug": "cohesion",
    "title": "Cohesion — our fundamental value",
    "lead": "One of the main priorities of the European Committee of the Regions for "
    "2020–2025 is to show that cohesion is not (only) about money, but a fundamental value "
    "of the European Union.",
    "intro": "<p>Through its own activities and its joint activities with the #CohesionAlliance, "
    "the Committee is committed to promoting the view that economic, social and territorial "
    "cohesion must be upheld and respected in all EU policies.</p>",
    "goals": "<p>“Cohesion – our fundamental value” is one of the three major initiatives of "
    "the European Committee of the Regions (CoR), alongside the campaigns on the future of "
    "Europe and the Green Deal.</p>"
    "<p>The #CohesionAlliance, created in 2017 by the CoR and the main European territorial "
    "associations (Assembly of European Regions, Association of European Border Regions, "
    "Conference of European Regional Legislative Assemblies, Council of European "
    "Municipalities and Regions, Conference of Peripheral Maritime Regions of Europe and "
    "Eurocities), is the main and most powerful channel through which the Committee wants "
    "to:</p>"
    "<ul>"
    "<li>show that cohesion is not (only) about money, but a fundamental value of the "
    "European Union;</li>"
    "<li>promote the view that economic, social and territorial cohesion must be upheld and "
    "respected in all EU policies;</li>"
    "<li>encourage the involvement of regions and cities in the preparation and "
    "implementation of the national recovery plans;</li>"
    "<li>promote the integration of cohesion policy funds and all other EU recovery and "
    "funding instruments on the ground;</li>"
    "<li>foster cooperation between urban and rural areas and the recovery of rural "
    "areas.</li>"
    "</ul>",
}

MEDIA_CENTRE = {
    "slug": "media",
    "title": "Media centre",
    "intro": "<p>The media centre covers the latest news from the European Committee of the "
    "Regions. We can help you get the content you need to stay informed – press releases, "
    "media and social media, videos or photos.</p>",
    "social_links": [
        ("Facebook", "https://www.facebook.com/European.Committee.of.the.Regions"),
        ("X", "https://x.com/EU_CoR"),
    ],
    "social_media_team": "<p>Our social media team answers questions and shares the "
    "Committee's news on the networks where the Committee is present.</p>",
    "audiovisual_services": "<p>Videos of the Committee's plenary sessions, debates and "
    "events, free to reuse for information purposes with the credit "
    "“© European Union / CoR”.</p>",
    "photo_services": "<p>Photos of the Committee's members and events, free to reuse for "
    "information purposes with the credit “© European Union / CoR”.</p>",
}

PRESS_RELEASE = {
    "slug": "eu-recovery-needs-strong-cohesion-policy",
    "title": "EU recovery will not be effective without a strong cohesion policy developed in "
    "true partnership with Europe's cities and regions",
    "date": date(2021, 3, 1),
    "topics": [slug for slug, _name in TOPICS],
    "lead": "The COVID-19 crisis has shown that now more than ever cohesion policy is needed "
    "to strengthen resilience in Europe, protect citizens and deliver the recovery in all "
    "corners of the European Union, leaving no one behind. Since its creation in October "
    "2017, the #CohesionAlliance – a Europe-wide alliance of 12 000 signatories calling for "
    "a stronger cohesion policy – has managed to avoid dramatic budget cuts after 2020, to "
    "keep cohesion policy for all regions of the Union and to propose simpler and more "
    "flexible rules. During a videoconference on the new course of the #CohesionAlliance, "
    "its founders renewed their commitment to join forces and keep cohesion policy a key "
    "priority of the EU. The #CohesionAlliance will closely monitor the full application of "
    "the partnership principle by the Member States in the design and implementation of "
    "cohesion policy for 2021–2027. Coherence and synergies between the recovery "
    "instruments and the structural funds are of utmost importance to avoid overlaps and "
    "to maximise the impact of European action.",
    "body": [
        ("heading", "Background"),
        (
            "paragraph",
            "<p>The #CohesionAlliance was founded in October 2017 by the European Committee "
            "of the Regions and the main European associations of regions and cities. "
            "Regions, cities, associations, members of parliaments, organisations and "
            "citizens can join it by signing its declaration.</p>",
        ),
    ],
}

STATEMENT = {
    "slug": "barometer-statement",
    "date": date(2020, 10, 12),
    "title": "Statement on the Annual Regional and Local Barometer",
    "topics": ["territorial-cohesion"],
    "lead": "The barometer shows that regions and cities want a stronger say in how EU "
    "funds are planned and spent.",
}

NEWS = [
    {
        "slug": "regional-barometer-results",
        "title": "Regional and local barometer: how Europe's regions and cities are doing",
        "days_ago": 12,
        "topics": ["territorial-cohesion"],
        "lead": "The annual barometer takes the pulse of the EU's regions and cities: their "
        "finances, their investment plans and what they expect of cohesion policy.",
    },
    {
        "slug": "cohesion-at-the-heart-of-recovery",
        "title": "#CohesionAlliance: cohesion must be at the heart of the recovery",
        "days_ago": 40,
        "topics": ["cohesion-policy-reform"],
        "lead": "The alliance's founders call for recovery funds to be planned together with "
        "regions and cities, in line with the partnership principle.",
    },
    {
        "slug": "rural-areas-not-left-behind",
        "title": "Rural areas must not be left behind, local leaders say",
        "days_ago": 75,
        "topics": ["territorial-cohesion"],
        "lead": "Mayors and regional presidents ask for cohesion policy to keep investing in "
        "rural services, transport and broadband.",
        "untranslated": True,
    },
]

EVENTS = [
    {
        "slug": "cohesion-alliance-conference",
        "title": "#CohesionAlliance conference: cohesion after 2027",
        "days_from_now": 45,
        "hours": (9, 17),
        "venue": "Jacques Delors building, Brussels",
        "topics": ["cohesion-policy-reform"],
        "lead": "Members of the alliance discuss the future of cohesion policy with "
        "representatives of the EU institutions.",
    },
    {
        "slug": "online-dialogue-rural-cohesion",
        "title": "Online dialogue: cohesion in rural areas",
        "days_from_now": 80,
        "hours": (14, 16),
        "online_url": "https://cor.europa.eu/en/events",
        "topics": ["territorial-cohesion"],
        "lead": "A citizens' dialogue on what cohesion policy does for rural communities.",
        "untranslated": True,
    },
    {
        "slug": "barometer-launch",
        "title": "Presentation of the EU Annual Regional and Local Barometer",
        "start": (2025, 10, 14),
        "hours": (11, 13),
        "venue": "European Parliament, Brussels",
        "topics": ["territorial-cohesion"],
        "lead": "The President of the Committee presents the results of the barometer.",
    },
    {
        "slug": "cohesion-forum-side-event",
        "title": "Cohesion Forum side event: partnership in practice",
        "start": (2025, 5, 20),
        "hours": (15, 17),
        "venue": "Square, Brussels",
        "topics": ["cohesion-policy-reform"],
        "lead": "Regions share how the partnership principle works in their programmes.",
        "untranslated": True,
    },
]

OPINIONS = [
    {
        "slug": "cohesion-fundamental-value",
        "title": "Cohesion as a fundamental value of the European Union",
        "reference": "COTER-VII/012",
        "commission": "COTER",
        "rapporteur": "Elena Marinova",
        "status": "adopted",
        "adoption_date": date(2021, 2, 3),
        "topics": ["cohesion-policy-reform"],
        "lead": "Cohesion is more than a spending policy: it is a value the Union must uphold "
        "in all its policies.",
    },
    {
        "slug": "cross-border-cooperation-after-2027",
        "title": "Cross-border cooperation after 2027",
        "reference": "COTER-VII/033",
        "commission": "COTER",
        "rapporteur": "Jan Novák",
        "status": "adopted",
        "adoption_date": date(2023, 11, 29),
        "topics": ["territorial-cohesion"],
        "lead": "Border regions need stable funding and fewer legal obstacles.",
        "untranslated": True,
    },
    {
        "slug": "simpler-access-to-funds",
        "title": "Simpler access to EU funds for small municipalities",
        "reference": "COTER-VIII/005",
        "commission": "COTER",
        "rapporteur": "Anna Kowalska",
        "status": "under_discussion",
        "topics": ["cohesion-policy-reform"],
        "lead": "Small municipalities lack the staff to apply for EU funds; the rules should "
        "take this into account.",
    },
    {
        "slug": "urban-rural-partnerships",
        "title": "Urban–rural partnerships for a balanced recovery",
        "reference": "NAT-VIII/009",
        "commission": "NAT",
        "rapporteur": "Pierre Lefèvre",
        "status": "under_discussion",
        "topics": ["territorial-cohesion"],
        "lead": "Cities and their rural surroundings should plan investment together.",
        "untranslated": True,
    },
]

INDEXES = {
    "press-releases": ("Press releases", "All press releases of the Committee, newest first."),
    "news": ("News", "News from the European Committee of the Regions."),
    "events": ("Events", "Upcoming and past events."),
    "opinions": ("Opinions", "Opinions adopted or under discussion in the Committee."),
    "videos": ("Videos", "Videos published by the Committee."),
}


def event_dates(today: date, event: dict) -> tuple[date, int, int]:
    if "days_from_now" in event:
        day = today + timedelta(days=event["days_from_now"])
    else:
        day = date(*event["start"])
    start_hour, end_hour = event["hours"]
    return day, start_hour, end_hour


ALLIANCE = {
    "slug": "alliance",
    "title": "#CohesionAlliance",
    "intro": "<p>The #CohesionAlliance brings together regions, cities, associations, members "
    "of parliaments, organisations and citizens who believe that cohesion policy must remain "
    "a pillar of the European Union's future.</p>",
    "declaration": "<p>We, the signatories, call on the European Union to keep cohesion "
    "policy as the main investment policy of the Union, open to all regions.</p>"
    "<ul><li>Cohesion policy must be stronger, more effective and more visible after "
    "2027.</li><li>Its funds must be planned and managed together with regions and "
    "cities.</li><li>Its rules must be simpler, so that local projects can use them.</li></ul>",
    "data_protection": "<p>The European Committee of the Regions processes the data you enter "
    "in this form to record your signature of the declaration and, where applicable, to "
    "publish it.</p><p>Your e-mail address is used only to confirm your signature and is "
    "never published. The names of regions, cities, associations, members of parliaments "
    "and organisations are published with their country; the names of individuals only with "
    "their consent.</p><p>You can withdraw your signature, or download or delete your data, "
    "at any time with the link in your confirmation e-mail.</p>",
}
# Fictional signatories, so that the count, the list and the charts have something to show.
SIGNATORIES = [
    ("region", "Elena Petrova", "Region of Demoville", "President of the Regional Council", "BG"),
    ("city", "Jan Novák", "Municipality of Sample Town", "Mayor", "CZ"),
    (
        "association",
        "Anna Schmidt",
        "Association of Example Municipalities",
        "Secretary-General",
        "DE",
    ),
    ("parliament", "Pierre Martin", "Example Regional Parliament", "Member", "FR"),
    ("organisation", "Sofia Rossi", "Demo Network for Cohesion", "Director", "IT"),
    ("individual", "Ivan Ivanov", "", "", "BG"),
    ("individual", "Maria Silva", "", "", "PT"),
]

BULGARIAN = {
    # The alliance
    "#CohesionAlliance": "#CohesionAlliance",
    "The #CohesionAlliance brings together regions, cities, associations, members of "
    "parliaments, organisations and citizens who believe that cohesion policy must remain a "
    "pillar of the European Union's future.": "#CohesionAlliance обединява региони, градове, "
    "сдружения, членове на парламенти, организации и граждани, които смятат, че политиката "
    "на сближаване трябва да остане стълб на бъдещето на Европейския съюз.",
    "We, the signatories, call on the European Union to keep cohesion policy as the main "
    "investment policy of the Union, open to all regions.": "Ние, долуподписаните, "
    "призоваваме Европейския съюз да запази политиката на сближаване като основна "
    "инвестиционна политика на Съюза, достъпна за всички региони.",
    "Cohesion policy must be stronger, more effective and more visible after 2027.": "След "
    "2027 г. политиката на сближаване трябва да бъде по-силна, по-ефективна и по-видима.",
    "Its funds must be planned and managed together with regions and cities.": "Средствата ѝ "
    "трябва да се планират и управляват съвместно с регионите и градовете.",
    "Its rules must be simpler, so that local projects can use them.": "Правилата ѝ трябва да "
    "бъдат по-прости, за да могат местните проекти да ги използват.",
    "The European Committee of the Regions processes the data you enter in this form to "
    "record your signature of the declaration and, where applicable, to publish it.": (
        "Европейският комитет на регионите обработва данните, които въвеждате в този "
        "формуляр, "
        "за да регистрира подписа Ви под декларацията и, когато е приложимо, да го публикува."
    ),
    "Your e-mail address is used only to confirm your signature and is never published. The "
    "names of regions, cities, associations, members of parliaments and organisations are "
    "published with their country; the names of individuals only with their consent.": (
        "Адресът Ви на електронна поща се използва само за потвърждаване на подписа и "
        "никога не "
        "се публикува. Имената на регионите, градовете, сдруженията, членовете на парламенти и "
        "организациите се публикуват заедно с държавата им, а имената на физическите лица — само "
        "с тяхното съгласие."
    ),
    "You can withdraw your signature, or download or delete your data, at any time with the "
    "link in your confirmation e-mail.": "Можете по всяко време да оттеглите подписа си или да "
    "изтеглите или изтриете данните си чрез връзката в имейла за потвърждение.",
    # Home and indexes
    INSTITUTION: "Европейски комитет на регионите",
    "The voice of Europe's regions and cities: news, campaigns, opinions and events of the "
    "European Committee of the Regions.": "Гласът на регионите и градовете в Европа: новини, "
    "кампании, становища и прояви на Европейския комитет на регионите.",
    "Press releases": "Съобщения за пресата",
    "All press releases of the Committee, newest first.": "Всички съобщения за пресата на "
    "Комитета, като най-новите са първи.",
    "News": "Новини",
    "News from the European Committee of the Regions.": "Новини от Европейския комитет на "
    "регионите.",
    "Events": "Прояви",
    "Upcoming and past events.": "Предстоящи и минали събития.",
    "Opinions": "Становища",
    "Opinions adopted or under discussion in the Committee.": "Становища, приети или в "
    "процес на обсъждане в Комитета.",
    "Videos": "Видеоклипове",
    "Videos published by the Committee.": "Видеоклипове, публикувани от Комитета.",
    # Campaign page (seed 000)
    "Cohesion — our fundamental value": "Сближаването — наша основна ценност",
    CAMPAIGN["lead"]: "Един от основните приоритети на Европейския комитет на регионите за "
    "периода 2020—2025 г. е да покаже, че сближаването не се свежда (само) до пари, а "
    "представлява основна ценност на Европейския съюз.",
    "Through its own activities and its joint activities with the #CohesionAlliance, the "
    "Committee is committed to promoting the view that economic, social and territorial "
    "cohesion must be upheld and respected in all EU policies.": "Чрез своите дейности и "
    "чрез съвместните си дейности с Алианса за сближаване (#CohesionAlliance) Комитетът се "
    "ангажира да популяризира възгледа, че икономическото, социалното и териториалното "
    "сближаване трябва да се утвърждават и зачитат във всички политики на ЕС.",
    "“Cohesion – our fundamental value” is one of the three major initiatives of the "
    "European Committee of the Regions (CoR), alongside the campaigns on the future of Europe "
    "and the Green Deal.": "„Сближаването – наша основна ценност“ е една от трите големи "
    "инициативи на Европейския комитет на регионите (КР), сред които са и кампаниите за "
    "бъдещето на Европа и Зеления пакт.",
    "The #CohesionAlliance, created in 2017 by the CoR and the main European territorial "
    "associations (Assembly of European Regions, Association of European Border Regions, "
    "Conference of European Regional Legislative Assemblies, Council of European "
    "Municipalities and Regions, Conference of Peripheral Maritime Regions of Europe and "
    "Eurocities), is the main and most powerful channel through which the Committee wants "
    "to:": "Алиансът за сближаване (#CohesionAlliance), създаден през 2017 г. от КР и "
    "основните европейски териториални сдружения (Асамблея на европейските региони, "
    "Асоциация на европейските гранични региони, Конференция на европейските регионални "
    "законодателни събрания, Съвет на европейските общини и региони, Конференция на "
    "периферните морски региони в Европа и Евроградове), е основният и най-мощният канал, "
    "чрез който Комитетът желае да:",
    "show that cohesion is not (only) about money, but a fundamental value of the European "
    "Union;": "покаже, че сближаването не се свежда (само) до пари, а представлява основна "
    "ценност на Европейския съюз;",
    "promote the view that economic, social and territorial cohesion must be upheld and "
    "respected in all EU policies;": "популяризира възгледа, че икономическото, социалното "
    "и териториалното сближаване трябва да се утвърждават и зачитат във всички политики на "
    "ЕС;",
    "encourage the involvement of regions and cities in the preparation and implementation "
    "of the national recovery plans;": "насърчи участието на регионите и градовете в "
    "изготвянето и изпълнението на националните планове за възстановяване;",
    "promote the integration of cohesion policy funds and all other EU recovery and funding "
    "instruments on the ground;": "поощри интегрирането на фондовете на политиката на "
    "сближаване и на всички други инструменти на ЕС за възстановяване и финансиране по "
    "места;",
    "foster cooperation between urban and rural areas and the recovery of rural areas.": (
        "насърчи сътрудничеството между градските и селските райони и възстановяването на "
        "селските райони."
    ),
    "Press officer": "Служител за връзки с пресата",
    # Media centre (seed 002)
    "Media centre": "Медиен център",
    "The media centre covers the latest news from the European Committee of the Regions. We "
    "can help you get the content you need to stay informed – press releases, media and "
    "social media, videos or photos.": "Медийният център отразява последните новини от "
    "Европейския комитет на регионите. Можем да ви помогнем да получите съдържанието, чрез "
    "което да се информирате – съобщения за пресата, медиите и социалните медии, "
    "видеоклипове или снимки.",
    "Our social media team answers questions and shares the Committee's news on the networks "
    "where the Committee is present.": "Нашият екип „Социални медии“ отговаря на въпроси и "
    "споделя новините на Комитета в мрежите, в които Комитетът присъства.",
    "Videos of the Committee's plenary sessions, debates and events, free to reuse for "
    "information purposes with the credit “© European Union / CoR”.": "Видеозаписи от "
    "пленарните сесии, дебатите и проявите на Комитета, които могат да се използват "
    "свободно с информационна цел, с посочване на източника „© Европейски съюз / КР“.",
    "Photos of the Committee's members and events, free to reuse for information purposes "
    "with the credit “© European Union / CoR”.": "Снимки на членовете и проявите на "
    "Комитета, които могат да се използват свободно с информационна цел, с посочване на "
    "източника „© Европейски съюз / КР“.",
    "All press releases": "Всички съобщения за пресата",
    "Statement": "Изявление",
    # The press release of the seed
    PRESS_RELEASE["title"]: "Възстановяването на ЕС няма да бъде ефективно без солидна "
    "политика на сближаване, разработена в истинско партньорство с европейските градове и "
    "региони",
    PRESS_RELEASE["lead"]: "Кризата с COVID-19 показа, че сега повече от всякога политиката "
    "на сближаване е необходима за укрепване на устойчивостта в Европа, защита на "
    "гражданите, осъществяване на възстановяването във всички краища на Европейския съюз, "
    "като никой не бива бъде изоставен. От създаването си през октомври 2017 г. Алиансът за "
    "сближаване (#CohesionAlliance) — общоевропейски алианс от 12 000 подписали страни, "
    "които се застъпват за по-силна политика на сближаване — успя да избегне драматични "
    "бюджетни съкращения след 2020 г., да запази политика на сближаване за всички региони в "
    "Съюза и да предложи по-опростени и по-гъвкави правила. По време на видеоконференция, "
    "посветена на новия курс на Алианса за сближаване, неговите учредители подновиха "
    "ангажимента си да обединят усилията си и да запазят политиката на сближаване като "
    "основен приоритет на ЕС. Алиансът за сближаване ще следи внимателно за цялостното "
    "прилагане на принципа на партньорство от страна на държавите членки при разработването "
    "и изпълнението на политиката на сближаване за периода 2021—2027 г. Съгласуваността и "
    "синергиите между инструментите за възстановяване и структурните фондове са от "
    "първостепенно значение, за да се избегне припокриване и да се увеличи максимално "
    "въздействието на европейските действия.",
    "Background": "Контекст",
    "The #CohesionAlliance was founded in October 2017 by the European Committee of the "
    "Regions and the main European associations of regions and cities. Regions, cities, "
    "associations, members of parliaments, organisations and citizens can join it by signing "
    "its declaration.": "Алиансът за сближаване (#CohesionAlliance) е основан през октомври "
    "2017 г. от Европейския комитет на регионите и основните европейски сдружения на "
    "регионите и градовете. Региони, градове, сдружения, членове на парламенти, организации "
    "и граждани могат да се присъединят към него, като подпишат неговата декларация.",
    STATEMENT["title"]: "Изявление относно Годишния регионален и местен барометър на ЕС",
    STATEMENT["lead"]: "Барометърът показва, че регионите и градовете искат по-силна роля в "
    "планирането и разходването на средствата от ЕС.",
    # News
    NEWS[0]["title"]: "Регионален и местен барометър: как се справят регионите и градовете "
    "в Европа",
    NEWS[0]["lead"]: "Годишният барометър измерва пулса на регионите и градовете в ЕС: "
    "техните финанси, инвестиционните им планове и очакванията им към политиката на "
    "сближаване.",
    NEWS[1]["title"]: "Алиансът за сближаване: сближаването трябва да бъде в основата на "
    "възстановяването",
    NEWS[1]["lead"]: "Учредителите на алианса призовават средствата за възстановяване да се "
    "планират заедно с регионите и градовете, в съответствие с принципа на партньорство.",
    # Events
    EVENTS[0]["title"]: "Конференция на Алианса за сближаване: сближаването след 2027 г.",
    EVENTS[0]["venue"]: "Сграда „Жак Делор“, Брюксел",
    EVENTS[0]["lead"]: "Членовете на алианса обсъждат бъдещето на политиката на сближаване "
    "с представители на институциите на ЕС.",
    EVENTS[2]["title"]: "Представяне на Годишния регионален и местен барометър на ЕС",
    EVENTS[2]["venue"]: "Европейски парламент, Брюксел",
    EVENTS[2]["lead"]: "Председателят на Комитета представя резултатите от барометъра.",
    # Opinions
    OPINIONS[0]["title"]: "Сближаването като основна ценност на Европейския съюз",
    OPINIONS[0]["lead"]: "Сближаването е нещо повече от политика на разходите: то е "
    "ценност, която Съюзът трябва да отстоява във всички свои политики.",
    OPINIONS[2]["title"]: "По-лесен достъп до средствата на ЕС за малките общини",
    OPINIONS[2]["lead"]: "Малките общини нямат достатъчно служители, за да кандидатстват за "
    "средства от ЕС; правилата следва да отчитат това.",
}
