"""Demo texts: topics, news, assemblies, resources and the contact page in en, es, fr, pt, ar."""

TOPICS = {
    "housing": {
        "en": "Housing",
        "es": "Vivienda",
        "fr": "Logement",
        "pt": "Habitação",
        "ar": "السكن",
    },
    "food": {
        "en": "Food sovereignty",
        "es": "Soberanía alimentaria",
        "fr": "Souveraineté alimentaire",
        "pt": "Soberania alimentar",
        "ar": "السيادة الغذائية",
    },
    "climate": {
        "en": "Climate justice",
        "es": "Justicia climática",
        "fr": "Justice climatique",
        "pt": "Justiça climática",
        "ar": "العدالة المناخية",
    },
    "care": {
        "en": "Care and mutual aid",
        "es": "Cuidados y apoyo mutuo",
        "fr": "Soin et entraide",
        "pt": "Cuidado e ajuda mútua",
        "ar": "الرعاية والتعاون المتبادل",
    },
    "workers": {
        "en": "Workers' rights",
        "es": "Derechos laborales",
        "fr": "Droits des travailleurs",
        "pt": "Direitos laborais",
        "ar": "حقوق العمال",
    },
}

INDEXES = {
    "news": {
        "en": ("News", "What hubs and campaigns across the network are doing."),
        "es": ("Noticias", "Lo que hacen los nodos y las campañas de la red."),
        "fr": ("Actualités", "Ce que font les groupes et les campagnes du réseau."),
        "pt": ("Notícias", "O que fazem os núcleos e as campanhas da rede."),
        "ar": ("الأخبار", "ما تقوم به المجموعات والحملات في أنحاء الشبكة."),
    },
    "assemblies": {
        "en": (
            "Assemblies",
            "Open people's assemblies across movements: come, propose, decide together.",
        ),
        "es": (
            "Asambleas",
            "Asambleas populares abiertas entre movimientos: ven, propón y decide con nosotros.",
        ),
        "fr": (
            "Assemblées",
            "Des assemblées populaires ouvertes entre mouvements : venez, proposez, décidons ensemble.",
        ),
        "pt": (
            "Assembleias",
            "Assembleias populares abertas entre movimentos: venha, proponha e decida connosco.",
        ),
        "ar": ("الجمعيات", "جمعيات شعبية مفتوحة بين الحركات: تعالوا، اقترحوا، ولنقرّر معًا."),
    },
    "resources": {
        "en": ("Resources", "Reports, toolkits and training guides written by hubs for hubs."),
        "es": (
            "Recursos",
            "Informes, guías prácticas y materiales de formación escritos por los nodos para los nodos.",
        ),
        "fr": (
            "Ressources",
            "Rapports, boîtes à outils et guides de formation écrits par les groupes pour les groupes.",
        ),
        "pt": (
            "Recursos",
            "Relatórios, guias práticos e materiais de formação escritos pelos núcleos para os núcleos.",
        ),
        "ar": ("الموارد", "تقارير وأدلة عملية ومواد تدريبية كتبتها المجموعات للمجموعات."),
    },
    "contact": {
        "en": ("Contact", "Write to the network's coordination team. We answer within a week."),
        "es": (
            "Contacto",
            "Escribe al equipo de coordinación de la red. Respondemos en una semana.",
        ),
        "fr": (
            "Contact",
            "Écrivez à l'équipe de coordination du réseau. Nous répondons sous une semaine.",
        ),
        "pt": (
            "Contacto",
            "Escreva à equipa de coordenação da rede. Respondemos no prazo de uma semana.",
        ),
        "ar": ("اتصل بنا", "اكتبوا إلى فريق تنسيق الشبكة. نردّ خلال أسبوع."),
    },
}

# (slug, topic, days ago, {language: (title, introduction)}); the last item is not translated
# into every language, so the lists show it in its source language.
NEWS = [
    (
        "tenants-win-repairs",
        "housing",
        3,
        {
            "en": (
                "Tenants in Lisbon win repairs after a year of organising",
                "A tenants' union hub pressed a large landlord into fixing damp and broken heating in forty flats.",
            ),
            "es": (
                "Inquilinas de Lisboa consiguen reparaciones tras un año de organización",
                "Un nodo del sindicato de inquilinas obligó a un gran propietario a arreglar la humedad y la calefacción de cuarenta pisos.",
            ),
            "fr": (
                "À Lisbonne, des locataires obtiennent des réparations après un an d'organisation",
                "Un groupe de locataires a obtenu d'un grand bailleur la réparation de l'humidité et du chauffage dans quarante logements.",
            ),
            "pt": (
                "Inquilinos de Lisboa conseguem obras após um ano de organização",
                "Um núcleo do sindicato de inquilinos obrigou um grande senhorio a reparar a humidade e o aquecimento em quarenta casas.",
            ),
            "ar": (
                "مستأجرون في لشبونة ينتزعون الإصلاحات بعد عام من التنظيم",
                "أجبرت مجموعة نقابة المستأجرين مالكًا كبيرًا على إصلاح الرطوبة والتدفئة المعطلة في أربعين شقة.",
            ),
        },
    ),
    (
        "seed-library-opens",
        "food",
        9,
        {
            "en": (
                "A community seed library opens in Oaxaca",
                "Farmers and gardeners now swap local maize and bean varieties every Saturday morning.",
            ),
            "es": (
                "Abre una biblioteca comunitaria de semillas en Oaxaca",
                "Campesinas y hortelanos intercambian ahora variedades locales de maíz y frijol cada sábado por la mañana.",
            ),
            "fr": (
                "Une grainothèque communautaire ouvre à Oaxaca",
                "Paysannes et jardiniers échangent désormais des variétés locales de maïs et de haricot chaque samedi matin.",
            ),
            "pt": (
                "Abre uma biblioteca comunitária de sementes em Oaxaca",
                "Agricultoras e hortelões trocam agora variedades locais de milho e feijão todos os sábados de manhã.",
            ),
            "ar": (
                "افتتاح مكتبة بذور مجتمعية في أواخاكا",
                "يتبادل المزارعون والبستانيون الآن أصنافًا محلية من الذرة والفاصولياء كل صباح سبت.",
            ),
        },
    ),
    (
        "heatwave-care-network",
        "care",
        16,
        {
            "en": (
                "Neighbours check on elders through the heatwave",
                "Volunteers in Marseille phoned and visited three hundred older people during a week of extreme heat.",
            ),
            "es": (
                "Vecinas y vecinos cuidan a las personas mayores durante la ola de calor",
                "Voluntarias de Marsella llamaron y visitaron a trescientas personas mayores durante una semana de calor extremo.",
            ),
            "fr": (
                "Des voisins veillent sur les aînés pendant la canicule",
                "À Marseille, des bénévoles ont appelé et visité trois cents personnes âgées pendant une semaine de chaleur extrême.",
            ),
            "pt": (
                "Vizinhos acompanham os mais velhos durante a onda de calor",
                "Voluntários em Marselha telefonaram e visitaram trezentas pessoas idosas durante uma semana de calor extremo.",
            ),
            "ar": (
                "جيران يطمئنون على كبار السن خلال موجة الحر",
                "اتصل متطوعون في مرسيليا بثلاثمئة مسنّ وزاروهم خلال أسبوع من الحر الشديد.",
            ),
        },
    ),
    (
        "delivery-riders-union",
        "workers",
        23,
        {
            "en": (
                "Delivery riders form a union in Casablanca",
                "Two hundred riders signed up in a month and presented their first demands on pay and safety.",
            ),
            "es": (
                "Repartidores forman un sindicato en Casablanca",
                "Doscientos repartidores se afiliaron en un mes y presentaron sus primeras demandas sobre salario y seguridad.",
            ),
            "fr": (
                "Les livreurs créent un syndicat à Casablanca",
                "Deux cents livreurs ont adhéré en un mois et présenté leurs premières revendications sur la paie et la sécurité.",
            ),
            "pt": (
                "Estafetas criam um sindicato em Casablanca",
                "Duzentos estafetas filiaram-se num mês e apresentaram as primeiras reivindicações sobre salário e segurança.",
            ),
            "ar": (
                "عمال التوصيل يؤسسون نقابة في الدار البيضاء",
                "انضم مئتا عامل توصيل خلال شهر وقدّموا أولى مطالبهم بشأن الأجور والسلامة.",
            ),
        },
    ),
    (
        "river-cleanup",
        "climate",
        31,
        {
            "en": (
                "Hubs clean a river and map its polluters",
                "Five hubs spent a weekend on the riverbanks and published a map of every outflow they found.",
            ),
            "es": (
                "Los nodos limpian un río y cartografían a quienes lo contaminan",
                "Cinco nodos pasaron un fin de semana en las orillas y publicaron un mapa de cada vertido encontrado.",
            ),
            "fr": (
                "Des groupes nettoient une rivière et cartographient ses pollueurs",
                "Cinq groupes ont passé un week-end sur les berges et publié une carte de chaque rejet trouvé.",
            ),
            "pt": (
                "Núcleos limpam um rio e mapeiam quem o polui",
                "Cinco núcleos passaram um fim de semana nas margens e publicaram um mapa de cada descarga encontrada.",
            ),
            "ar": (
                "مجموعات تنظّف نهرًا وترسم خريطة ملوّثيه",
                "أمضت خمس مجموعات عطلة نهاية أسبوع على ضفاف النهر ونشرت خريطة لكل مصبّ وجدته.",
            ),
        },
    ),
    (
        "eviction-blockade",
        "housing",
        40,
        {
            "en": (
                "A morning blockade stops an eviction in Madrid",
                "Sixty neighbours gathered at dawn; the family stays while talks with the bank continue.",
            ),
            "es": (
                "Un bloqueo matinal detiene un desahucio en Madrid",
                "Sesenta vecinas se reunieron al amanecer; la familia se queda mientras sigue la negociación con el banco.",
            ),
            "fr": (
                "Un blocage matinal empêche une expulsion à Madrid",
                "Soixante voisins se sont réunis à l'aube ; la famille reste pendant que les discussions avec la banque continuent.",
            ),
            "pt": (
                "Um bloqueio matinal trava um despejo em Madrid",
                "Sessenta vizinhos juntaram-se de madrugada; a família fica enquanto continuam as negociações com o banco.",
            ),
            "ar": (
                "حصار صباحي يوقف إخلاءً في مدريد",
                "تجمّع ستون جارًا عند الفجر، وتبقى العائلة في منزلها بينما تستمر المفاوضات مع المصرف.",
            ),
        },
    ),
    (
        "school-kitchens",
        "food",
        52,
        {
            "en": (
                "Parents bring local food into school kitchens",
                "After a two-year campaign, six schools now buy vegetables from nearby farms.",
            ),
            "es": (
                "Madres y padres llevan comida local a los comedores escolares",
                "Tras dos años de campaña, seis escuelas compran ya verduras a granjas cercanas.",
            ),
            "fr": (
                "Des parents font entrer des produits locaux dans les cantines",
                "Après deux ans de campagne, six écoles achètent désormais leurs légumes à des fermes voisines.",
            ),
            "pt": (
                "Pais levam comida local para as cantinas escolares",
                "Depois de dois anos de campanha, seis escolas compram já legumes a quintas próximas.",
            ),
            "ar": (
                "أهالٍ يُدخلون الغذاء المحلي إلى مطابخ المدارس",
                "بعد حملة استمرت عامين، باتت ست مدارس تشتري الخضار من مزارع قريبة.",
            ),
        },
    ),
    (
        "care-cooperative",
        "care",
        64,
        {
            "en": (
                "Home carers start their own cooperative",
                "Fourteen carers in Porto Alegre now set their own hours and share the income fairly.",
            ),
            "es": (
                "Cuidadoras a domicilio crean su propia cooperativa",
                "Catorce cuidadoras de Porto Alegre fijan ahora sus horarios y reparten los ingresos de forma justa.",
            ),
            "fr": (
                "Des aides à domicile fondent leur coopérative",
                "Quatorze aides à domicile de Porto Alegre fixent désormais leurs horaires et partagent équitablement les revenus.",
            ),
            "pt": (
                "Cuidadoras domiciliárias criam a sua cooperativa",
                "Catorze cuidadoras de Porto Alegre definem agora os seus horários e repartem o rendimento de forma justa.",
            ),
            "ar": (
                "عاملات رعاية منزلية يؤسسن تعاونية خاصة بهن",
                "باتت أربع عشرة عاملة رعاية في بورتو أليغري يحددن ساعات عملهن ويتقاسمن الدخل بإنصاف.",
            ),
        },
    ),
    (
        "solar-on-community-centre",
        "climate",
        75,
        {
            "en": (
                "Solar panels go up on a community centre",
                "The hub raised the money in small donations; the savings will fund a weekly free meal.",
            ),
            "es": (
                "Paneles solares en un centro comunitario",
                "El nodo reunió el dinero con pequeñas donaciones; el ahorro financiará una comida gratuita semanal.",
            ),
            "fr": (
                "Des panneaux solaires sur une maison de quartier",
                "Le groupe a réuni l'argent par de petits dons ; les économies financeront un repas gratuit chaque semaine.",
            ),
            "pt": (
                "Painéis solares num centro comunitário",
                "O núcleo juntou o dinheiro com pequenos donativos; a poupança vai pagar uma refeição gratuita semanal.",
            ),
            "ar": (
                "ألواح شمسية على سطح مركز مجتمعي",
                "جمعت المجموعة المال بتبرعات صغيرة، وستموّل الوفورات وجبة مجانية أسبوعية.",
            ),
        },
    ),
    (
        "warehouse-safety",
        "workers",
        90,
        {
            "en": (
                "Warehouse workers win safety training in their language",
                "After a walk-out, the employer agreed to train every new worker in Arabic, French and Spanish.",
            ),
            "es": (
                "Trabajadores de almacén logran formación en seguridad en su idioma",
                "Tras un paro, la empresa aceptó formar a cada nueva persona en árabe, francés y español.",
            ),
            "fr": (
                "Des magasiniers obtiennent une formation sécurité dans leur langue",
                "Après un débrayage, l'employeur a accepté de former chaque nouvel arrivant en arabe, en français et en espagnol.",
            ),
            "pt": (
                "Trabalhadores de armazém conquistam formação em segurança na sua língua",
                "Depois de uma paralisação, a empresa aceitou formar cada novo trabalhador em árabe, francês e espanhol.",
            ),
            "ar": (
                "عمال المستودعات ينتزعون تدريبًا على السلامة بلغتهم",
                "بعد إضراب قصير، وافق صاحب العمل على تدريب كل عامل جديد بالعربية والفرنسية والإسبانية.",
            ),
        },
    ),
    (
        "food-bank-to-pantry",
        "food",
        110,
        {
            "en": (
                "From food bank to community pantry",
                "A hub in Dakar turned charity hand-outs into a pantry run by the families who use it.",
            ),
            "es": (
                "Del banco de alimentos a la despensa comunitaria",
                "Un nodo de Dakar convirtió el reparto benéfico en una despensa gestionada por las familias que la usan.",
            ),
            "fr": (
                "De la banque alimentaire à l'épicerie solidaire",
                "Un groupe de Dakar a transformé la distribution caritative en une épicerie gérée par les familles qui l'utilisent.",
            ),
            "pt": (
                "Do banco alimentar à despensa comunitária",
                "Um núcleo em Dakar transformou a distribuição caritativa numa despensa gerida pelas famílias que a usam.",
            ),
            "ar": (
                "من بنك الطعام إلى مخزن مجتمعي",
                "حوّلت مجموعة في داكار توزيع المساعدات الخيرية إلى مخزن تديره العائلات التي تستفيد منه.",
            ),
        },
    ),
    (
        "new-hubs-welcome",
        "care",
        1,
        {
            "en": (
                "Welcome to the network's seven new hubs",
                "From Tunis to Valparaíso, seven groups joined this month. Here is what they work on.",
            ),
            "es": (
                "Bienvenida a los siete nuevos nodos de la red",
                "De Túnez a Valparaíso, siete grupos se unieron este mes. Esto es en lo que trabajan.",
            ),
        },
    ),
]

NEWS_PARAGRAPH = {
    "en": "Members of the hub shared what they learned so that other groups can try the same: how they started, who joined, and what they would do differently next time.",
    "es": "Las personas del nodo compartieron lo que aprendieron para que otros grupos puedan intentarlo: cómo empezaron, quién se sumó y qué harían distinto la próxima vez.",
    "fr": "Les membres du groupe ont partagé ce qu'ils ont appris pour que d'autres puissent essayer : comment ils ont commencé, qui les a rejoints et ce qu'ils feraient autrement la prochaine fois.",
    "pt": "Os membros do núcleo partilharam o que aprenderam para que outros grupos possam tentar: como começaram, quem se juntou e o que fariam de outra forma da próxima vez.",
    "ar": "شارك أعضاء المجموعة ما تعلّموه كي تتمكن مجموعات أخرى من خوض التجربة: كيف بدأوا، ومن انضم إليهم، وما الذي سيفعلونه بشكل مختلف في المرة القادمة.",
}

# (slug, days from now, length in hours, timezone, format, city, country, capacity, topic, texts)
ASSEMBLIES = [
    (
        "spring-assembly-lisbon",
        -200,
        2,
        "Europe/Lisbon",
        "in_person",
        "Lisbon",
        "PT",
        120,
        "housing",
        {
            "en": (
                "Spring people's assembly in Lisbon",
                "Housing, rent and the right to stay: hubs from nine countries met to agree a common campaign.",
            ),
            "es": (
                "Asamblea popular de primavera en Lisboa",
                "Vivienda, alquileres y el derecho a quedarse: nodos de nueve países se reunieron para acordar una campaña común.",
            ),
            "fr": (
                "Assemblée populaire de printemps à Lisbonne",
                "Logement, loyers et droit de rester : des groupes de neuf pays se sont réunis pour décider d'une campagne commune.",
            ),
            "pt": (
                "Assembleia popular de primavera em Lisboa",
                "Habitação, rendas e o direito a ficar: núcleos de nove países reuniram-se para acordar uma campanha comum.",
            ),
            "ar": (
                "الجمعية الشعبية الربيعية في لشبونة",
                "السكن والإيجارات والحق في البقاء: اجتمعت مجموعات من تسعة بلدان للاتفاق على حملة مشتركة.",
            ),
        },
    ),
    (
        "online-assembly-food",
        -60,
        2,
        "America/Mexico_City",
        "online",
        "",
        "",
        None,
        "food",
        {
            "en": (
                "Online assembly: feeding our neighbourhoods",
                "Food hubs compared pantries, seed libraries and school kitchens, and chose what to build together.",
            ),
            "es": (
                "Asamblea en línea: alimentar nuestros barrios",
                "Los nodos de alimentación compararon despensas, bibliotecas de semillas y comedores escolares, y eligieron qué construir juntos.",
            ),
            "fr": (
                "Assemblée en ligne : nourrir nos quartiers",
                "Les groupes de l'alimentation ont comparé épiceries, grainothèques et cantines, et choisi ce qu'ils construiront ensemble.",
            ),
            "pt": (
                "Assembleia online: alimentar os nossos bairros",
                "Os núcleos de alimentação compararam despensas, bibliotecas de sementes e cantinas, e escolheram o que construir juntos.",
            ),
            "ar": (
                "جمعية عبر الإنترنت: إطعام أحيائنا",
                "قارنت مجموعات الغذاء بين المخازن المجتمعية ومكتبات البذور ومطابخ المدارس، واختارت ما ستبنيه معًا.",
            ),
        },
    ),
    (
        "becoming-catalysts-dakar",
        30,
        2,
        "Africa/Dakar",
        "hybrid",
        "Dakar",
        "SN",
        80,
        "climate",
        {
            "en": (
                "Becoming Catalysts: people's assembly in Dakar",
                "Climate, work and care: an open assembly across movements, in person in Dakar and online for everyone else.",
            ),
            "es": (
                "Ser catalizadoras: asamblea popular en Dakar",
                "Clima, trabajo y cuidados: una asamblea abierta entre movimientos, presencial en Dakar y en línea para todas las demás personas.",
            ),
            "fr": (
                "Devenir catalyseurs : assemblée populaire à Dakar",
                "Climat, travail et soin : une assemblée ouverte entre mouvements, sur place à Dakar et en ligne pour toutes les autres personnes.",
            ),
            "pt": (
                "Tornar-se catalisadores: assembleia popular em Dakar",
                "Clima, trabalho e cuidado: uma assembleia aberta entre movimentos, presencial em Dakar e online para todas as outras pessoas.",
            ),
            "ar": (
                "أن نصبح محفّزين: جمعية شعبية في داكار",
                "المناخ والعمل والرعاية: جمعية مفتوحة بين الحركات، حضوريًا في داكار وعبر الإنترنت للجميع.",
            ),
        },
    ),
    (
        "autumn-assembly-online",
        75,
        2,
        "Asia/Kolkata",
        "online",
        "",
        "",
        3,
        "workers",
        {
            "en": (
                "Autumn assembly: organising precarious work",
                "Riders, carers and warehouse workers share what worked, and decide the network's support for next year.",
            ),
            "es": (
                "Asamblea de otoño: organizar el trabajo precario",
                "Repartidores, cuidadoras y trabajadores de almacén comparten lo que funcionó y deciden el apoyo de la red para el próximo año.",
            ),
            "fr": (
                "Assemblée d'automne : organiser le travail précaire",
                "Livreurs, aides à domicile et magasiniers partagent ce qui a marché et décident du soutien du réseau pour l'an prochain.",
            ),
            "pt": (
                "Assembleia de outono: organizar o trabalho precário",
                "Estafetas, cuidadoras e trabalhadores de armazém partilham o que resultou e decidem o apoio da rede para o próximo ano.",
            ),
            "ar": (
                "جمعية الخريف: تنظيم العمل الهش",
                "يتبادل عمال التوصيل وعاملات الرعاية وعمال المستودعات ما نجح، ويقرّرون دعم الشبكة للعام المقبل.",
            ),
        },
    ),
]

AGENDA = {
    "en": [
        ("Welcome and introductions", "Amina Haddad", 20),
        ("Reports from the hubs", "Lucía Ortega", 40),
        ("Proposals and discussion", "Amina Haddad", 40),
        ("Decisions and next steps", "Lucía Ortega", 20),
    ],
    "es": [
        ("Bienvenida y presentaciones", "Amina Haddad", 20),
        ("Informes de los nodos", "Lucía Ortega", 40),
        ("Propuestas y debate", "Amina Haddad", 40),
        ("Decisiones y próximos pasos", "Lucía Ortega", 20),
    ],
    "fr": [
        ("Accueil et présentations", "Amina Haddad", 20),
        ("Nouvelles des groupes", "Lucía Ortega", 40),
        ("Propositions et discussion", "Amina Haddad", 40),
        ("Décisions et suites", "Lucía Ortega", 20),
    ],
    "pt": [
        ("Boas-vindas e apresentações", "Amina Haddad", 20),
        ("Relatos dos núcleos", "Lucía Ortega", 40),
        ("Propostas e debate", "Amina Haddad", 40),
        ("Decisões e próximos passos", "Lucía Ortega", 20),
    ],
    "ar": [
        ("الترحيب والتعارف", "أمينة حداد", 20),
        ("تقارير المجموعات", "لوسيا أورتيغا", 40),
        ("المقترحات والنقاش", "أمينة حداد", 40),
        ("القرارات والخطوات التالية", "لوسيا أورتيغا", 20),
    ],
}

MINUTES = {
    "en": "<p>The facilitators opened with a round of introductions. Each hub reported on its year. The assembly discussed the proposals posted in advance and reached the decisions below.</p>",
    "es": "<p>Las facilitadoras abrieron con una ronda de presentaciones. Cada nodo informó sobre su año. La asamblea debatió las propuestas publicadas con antelación y llegó a las decisiones siguientes.</p>",
    "fr": "<p>Les facilitatrices ont ouvert par un tour de présentations. Chaque groupe a raconté son année. L'assemblée a discuté les propositions publiées à l'avance et pris les décisions ci-dessous.</p>",
    "pt": "<p>As facilitadoras abriram com uma ronda de apresentações. Cada núcleo relatou o seu ano. A assembleia debateu as propostas publicadas com antecedência e chegou às decisões abaixo.</p>",
    "ar": "<p>افتتح الميسّرون الجلسة بجولة تعارف. وقدّمت كل مجموعة تقريرًا عن عامها. ثم ناقشت الجمعية المقترحات المنشورة مسبقًا وتوصّلت إلى القرارات أدناه.</p>",
}

# (outcome, {language: text})
DECISIONS = [
    (
        "consensus",
        {
            "en": "The network runs one shared campaign on the right to stay in one's home next year.",
            "es": "La red llevará a cabo el próximo año una campaña común por el derecho a quedarse en el propio hogar.",
            "fr": "Le réseau mènera l'an prochain une campagne commune pour le droit de rester chez soi.",
            "pt": "A rede fará no próximo ano uma campanha comum pelo direito a ficar na própria casa.",
            "ar": "تخوض الشبكة العام المقبل حملة مشتركة من أجل الحق في البقاء في المسكن.",
        },
    ),
    (
        "deferred",
        {
            "en": "A common membership fee is deferred to the next assembly, after each hub has discussed it.",
            "es": "Una cuota común se aplaza a la próxima asamblea, cuando cada nodo la haya debatido.",
            "fr": "Une cotisation commune est reportée à la prochaine assemblée, après discussion dans chaque groupe.",
            "pt": "Uma quota comum fica adiada para a próxima assembleia, depois de cada núcleo a discutir.",
            "ar": "يُؤجَّل اقتراح اشتراك موحّد إلى الجمعية القادمة بعد أن تناقشه كل مجموعة.",
        },
    ),
]

PROPOSALS = [
    (
        "A shared fund for eviction emergencies",
        "Each hub puts a small amount into a fund that any hub can call on within 48 hours when a family faces eviction.",
    ),
    (
        "Translate every toolkit into Arabic and Portuguese",
        "Our toolkits reach only part of the network. Let us budget for translation before we publish the next one.",
    ),
]

RESOURCES = [
    (
        "organising-tenants",
        "toolkit",
        "housing",
        {
            "en": (
                "Organising tenants: a starter toolkit",
                "How to hold the first meeting, map a building and write a letter of demands.",
            ),
            "es": (
                "Organizar a inquilinas: guía para empezar",
                "Cómo hacer la primera reunión, mapear un edificio y redactar una carta de demandas.",
            ),
            "fr": (
                "Organiser les locataires : boîte à outils pour débuter",
                "Comment tenir la première réunion, cartographier un immeuble et écrire une lettre de revendications.",
            ),
            "pt": (
                "Organizar inquilinos: guia para começar",
                "Como fazer a primeira reunião, mapear um prédio e escrever uma carta de reivindicações.",
            ),
            "ar": (
                "تنظيم المستأجرين: دليل للبداية",
                "كيف تعقدون الاجتماع الأول، وترسمون خريطة المبنى، وتكتبون رسالة مطالب.",
            ),
        },
    ),
    (
        "annual-report",
        "report",
        "care",
        {
            "en": (
                "Annual report of the network",
                "What the hubs did this year, what the fund paid for, and what the assemblies decided.",
            ),
            "es": (
                "Informe anual de la red",
                "Lo que hicieron los nodos este año, qué financió el fondo y qué decidieron las asambleas.",
            ),
            "fr": (
                "Rapport annuel du réseau",
                "Ce que les groupes ont fait cette année, ce que le fonds a financé et ce que les assemblées ont décidé.",
            ),
        },
    ),
    (
        "facilitation-guide",
        "training",
        "workers",
        {
            "en": (
                "Facilitating an assembly by consensus",
                "A training guide for facilitators: rounds, hand signals, stand-asides and blocks.",
            ),
            "ar": (
                "تيسير جمعية بالتوافق",
                "دليل تدريبي للميسّرين: الجولات، وإشارات اليد، والتنحّي، والاعتراض.",
            ),
        },
    ),
]

CONTACT_FIELDS = {
    "en": [
        ("Your name", "singleline"),
        ("Your email address", "email"),
        ("Your message", "multiline"),
    ],
    "es": [
        ("Tu nombre", "singleline"),
        ("Tu correo electrónico", "email"),
        ("Tu mensaje", "multiline"),
    ],
    "fr": [
        ("Votre nom", "singleline"),
        ("Votre adresse e-mail", "email"),
        ("Votre message", "multiline"),
    ],
    "pt": [("O seu nome", "singleline"), ("O seu email", "email"), ("A sua mensagem", "multiline")],
    "ar": [("اسمك", "singleline"), ("بريدك الإلكتروني", "email"), ("رسالتك", "multiline")],
}

THANK_YOU = {
    "en": "Thank you for writing. Someone from the coordination team will answer within a week.",
    "es": "Gracias por escribir. Alguien del equipo de coordinación te responderá en una semana.",
    "fr": "Merci de nous avoir écrit. Quelqu'un de l'équipe de coordination vous répondra sous une semaine.",
    "pt": "Obrigado por escrever. Alguém da equipa de coordenação responderá no prazo de uma semana.",
    "ar": "شكرًا على رسالتك. سيردّ عليك أحد أعضاء فريق التنسيق خلال أسبوع.",
}
