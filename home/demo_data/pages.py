"""Texts of the home app's demo: each language's home page, the standard pages and the
footer."""

from typing import NamedTuple


class PageText(NamedTuple):
    """A standard page in one language."""

    title: str
    introduction: str
    heading: str
    paragraph: str
    quote: str
    attribution: str


HOME = {
    "en": {
        "title": "Solidarity Network",
        "hero_alt": "Circles of warm colour overlapping, like people gathered in a square.",
        "introduction": "Local hubs in many countries, organising together across movements: "
        "open assemblies, shared learning and a small-grants fund run by its members.",
        "heading": "Stronger together, rooted locally",
        "paragraph": "Each hub works on what matters where it is: housing, food, care, climate, "
        "workers' rights. The network connects them so that no one organises alone.",
        "quote": "We came to share our struggles and left with a plan we could carry home.",
        "attribution": "A participant in the 2026 people's assembly",
        "cta_text": "Find out how the network works and how your group can join.",
        "cta_label": "About the network",
    },
    "es": {
        "title": "Red de Solidaridad",
        "hero_alt": "Círculos de colores cálidos que se superponen, como personas reunidas en una plaza.",
        "introduction": "Nodos locales en muchos países que se organizan juntos entre movimientos: "
        "asambleas abiertas, aprendizaje compartido y un fondo de pequeñas subvenciones "
        "gestionado por sus miembros.",
        "heading": "Más fuertes juntos, con raíces locales",
        "paragraph": "Cada nodo trabaja en lo que importa donde está: vivienda, alimentación, "
        "cuidados, clima, derechos laborales. La red los conecta para que nadie se organice solo.",
        "quote": "Vinimos a compartir nuestras luchas y nos fuimos con un plan para llevar a casa.",
        "attribution": "Una participante de la asamblea popular de 2026",
        "cta_text": "Descubre cómo funciona la red y cómo puede sumarse tu grupo.",
        "cta_label": "Sobre la red",
    },
    "fr": {
        "title": "Réseau de Solidarité",
        "hero_alt": "Des cercles de couleurs chaudes qui se chevauchent, comme des personnes "
        "réunies sur une place.",
        "introduction": "Des groupes locaux dans de nombreux pays, qui s'organisent ensemble entre "
        "mouvements : assemblées ouvertes, apprentissages partagés et un fonds de petites "
        "subventions géré par ses membres.",
        "heading": "Plus forts ensemble, ancrés localement",
        "paragraph": "Chaque groupe agit sur ce qui compte là où il est : logement, alimentation, "
        "soin, climat, droits des travailleurs. Le réseau les relie pour que personne ne "
        "s'organise seul.",
        "quote": "Nous sommes venus partager nos luttes et repartis avec un plan à ramener chez nous.",
        "attribution": "Une participante à l'assemblée populaire de 2026",
        "cta_text": "Découvrez comment fonctionne le réseau et comment votre groupe peut le rejoindre.",
        "cta_label": "À propos du réseau",
    },
    "pt": {
        "title": "Rede de Solidariedade",
        "hero_alt": "Círculos de cores quentes sobrepostos, como pessoas reunidas numa praça.",
        "introduction": "Núcleos locais em muitos países, organizando-se juntos entre movimentos: "
        "assembleias abertas, aprendizagem partilhada e um fundo de pequenas bolsas gerido "
        "pelos seus membros.",
        "heading": "Mais fortes juntos, com raízes locais",
        "paragraph": "Cada núcleo trabalha no que importa onde está: habitação, alimentação, "
        "cuidado, clima, direitos laborais. A rede liga-os para que ninguém se organize sozinho.",
        "quote": "Viemos partilhar as nossas lutas e saímos com um plano para levar para casa.",
        "attribution": "Uma participante da assembleia popular de 2026",
        "cta_text": "Saiba como funciona a rede e como o seu grupo pode aderir.",
        "cta_label": "Sobre a rede",
    },
    "ar": {
        "title": "شبكة التضامن",
        "hero_alt": "دوائر بألوان دافئة متداخلة، كأنها أناس مجتمعون في ساحة.",
        "introduction": "مجموعات محلية في بلدان كثيرة تنظّم نفسها معًا عبر الحركات: جمعيات مفتوحة، "
        "وتعلّم مشترك، وصندوق منح صغيرة يديره أعضاؤه.",
        "heading": "أقوى معًا، بجذور محلية",
        "paragraph": "تعمل كل مجموعة على ما يهمّ في مكانها: السكن والغذاء والرعاية والمناخ وحقوق "
        "العمال. وتربط الشبكة بينها حتى لا ينظّم أحد نفسه وحيدًا.",
        "quote": "جئنا لنتقاسم نضالاتنا وعدنا بخطة نحملها إلى بيوتنا.",
        "attribution": "مشاركة في الجمعية الشعبية لعام 2026",
        "cta_text": "تعرّفوا على طريقة عمل الشبكة وكيف يمكن لمجموعتكم الانضمام.",
        "cta_label": "عن الشبكة",
    },
}

# Each standard page by slug, then language: its title and introduction, and its body.
STANDARD_PAGES = {
    "about": {
        "en": PageText(
            "About the network",
            "Who we are, and how hubs across movements work together.",
            "A network of equals",
            "The Solidarity Network began in 2019 when a handful of housing and food groups "
            "started meeting online. Today it links local hubs that keep their own priorities "
            "and decide together, at open assemblies, what they do as a network.",
            "Nothing about us without us.",
            "A founding principle",
        ),
        "es": PageText(
            "Sobre la red",
            "Quiénes somos y cómo trabajan juntos los nodos de distintos movimientos.",
            "Una red entre iguales",
            "La Red de Solidaridad nació en 2019, cuando unos pocos grupos de vivienda y de "
            "alimentación empezaron a reunirse en línea. Hoy une nodos locales que mantienen sus "
            "propias prioridades y deciden juntos, en asambleas abiertas, lo que hacen como red.",
            "Nada sobre nosotros sin nosotros.",
            "Un principio fundacional",
        ),
        "fr": PageText(
            "À propos du réseau",
            "Qui nous sommes, et comment des groupes issus de mouvements différents travaillent "
            "ensemble.",
            "Un réseau d'égaux",
            "Le Réseau de Solidarité est né en 2019, quand quelques collectifs du logement et de "
            "l'alimentation ont commencé à se réunir en ligne. Il relie aujourd'hui des groupes "
            "locaux qui gardent leurs priorités et décident ensemble, en assemblées ouvertes, de "
            "ce qu'ils font en tant que réseau.",
            "Rien sur nous sans nous.",
            "Un principe fondateur",
        ),
        "pt": PageText(
            "Sobre a rede",
            "Quem somos e como núcleos de diferentes movimentos trabalham juntos.",
            "Uma rede entre iguais",
            "A Rede de Solidariedade nasceu em 2019, quando alguns grupos de habitação e de "
            "alimentação começaram a reunir-se online. Hoje liga núcleos locais que mantêm as "
            "suas prioridades e decidem juntos, em assembleias abertas, o que fazem como rede.",
            "Nada sobre nós sem nós.",
            "Um princípio fundador",
        ),
        "ar": PageText(
            "عن الشبكة",
            "من نحن، وكيف تعمل مجموعات من حركات مختلفة معًا.",
            "شبكة من المتساوين",
            "بدأت شبكة التضامن عام 2019 حين أخذت بضع مجموعات تعمل على السكن والغذاء تجتمع عبر "
            "الإنترنت. واليوم تربط مجموعات محلية تحتفظ بأولوياتها وتقرّر معًا، في جمعيات مفتوحة، "
            "ما تفعله بوصفها شبكة.",
            "لا شيء عنّا من دوننا.",
            "مبدأ تأسيسي",
        ),
    },
    "how-we-organise": {
        "en": PageText(
            "How we organise",
            "Assemblies, working groups and consensus: how decisions are made.",
            "Decisions by consensus",
            "Proposals are posted ahead of each assembly so that every hub can discuss them at "
            "home first. At the assembly we look for consensus; when it cannot be reached, a "
            "proposal is deferred rather than forced through.",
            "Slow is smooth, and smooth is fast.",
            "A facilitator's saying",
        ),
        "es": PageText(
            "Cómo nos organizamos",
            "Asambleas, grupos de trabajo y consenso: cómo se toman las decisiones.",
            "Decisiones por consenso",
            "Las propuestas se publican antes de cada asamblea para que cada nodo pueda "
            "debatirlas primero en casa. En la asamblea buscamos el consenso; cuando no se "
            "alcanza, la propuesta se aplaza en lugar de imponerse.",
            "Despacio se llega lejos.",
            "Un dicho de facilitación",
        ),
        "fr": PageText(
            "Comment nous nous organisons",
            "Assemblées, groupes de travail et consensus : comment les décisions sont prises.",
            "Des décisions au consensus",
            "Les propositions sont publiées avant chaque assemblée pour que chaque groupe puisse "
            "d'abord en discuter chez lui. En assemblée, nous cherchons le consensus ; quand il "
            "n'est pas atteint, la proposition est reportée plutôt qu'imposée.",
            "Qui va doucement va sûrement.",
            "Un dicton de facilitation",
        ),
        "pt": PageText(
            "Como nos organizamos",
            "Assembleias, grupos de trabalho e consenso: como se tomam as decisões.",
            "Decisões por consenso",
            "As propostas são publicadas antes de cada assembleia para que cada núcleo as possa "
            "discutir primeiro em casa. Na assembleia procuramos o consenso; quando não é "
            "alcançado, a proposta é adiada em vez de imposta.",
            "Devagar se vai ao longe.",
            "Um ditado de facilitação",
        ),
        "ar": PageText(
            "كيف ننظّم أنفسنا",
            "الجمعيات ومجموعات العمل والتوافق: كيف تُتّخذ القرارات.",
            "قرارات بالتوافق",
            "تُنشر المقترحات قبل كل جمعية حتى تتمكن كل مجموعة من مناقشتها أولًا في مكانها. وفي "
            "الجمعية نسعى إلى التوافق، وحين لا نبلغه يُؤجَّل المقترح بدل فرضه.",
            "في التأنّي السلامة.",
            "قول مأثور لدى الميسّرين",
        ),
    },
    "join": {
        "en": PageText(
            "Join the network",
            "Any group organising for solidarity where it lives can become a hub.",
            "Registering a hub",
            "Create an account, register your group as a hub and tell us where you work and "
            "on what. Network staff check new hubs within a week; then you can invite "
            "co-organisers and apply to the small-grants fund.",
            "The first meeting was six people in a kitchen. Now we are a hub of sixty.",
            "A hub coordinator in Porto",
        ),
        "es": PageText(
            "Únete a la red",
            "Cualquier grupo que se organice por la solidaridad donde vive puede ser un nodo.",
            "Registrar un nodo",
            "Crea una cuenta, registra tu grupo como nodo y cuéntanos dónde trabajas y en qué. "
            "El equipo de la red revisa los nodos nuevos en una semana; después puedes invitar "
            "a otras personas organizadoras y solicitar el fondo de pequeñas subvenciones.",
            "La primera reunión fue de seis personas en una cocina. Ahora somos un nodo de sesenta.",
            "Una coordinadora de nodo en Oporto",
        ),
        "fr": PageText(
            "Rejoindre le réseau",
            "Tout groupe qui s'organise pour la solidarité là où il vit peut devenir un groupe "
            "local du réseau.",
            "Enregistrer un groupe",
            "Créez un compte, enregistrez votre groupe et dites-nous où et sur quoi vous agissez. "
            "L'équipe du réseau vérifie les nouveaux groupes sous une semaine ; vous pourrez "
            "ensuite inviter d'autres personnes et demander une petite subvention.",
            "La première réunion, c'était six personnes dans une cuisine. Nous sommes soixante "
            "aujourd'hui.",
            "Une coordinatrice à Porto",
        ),
        "pt": PageText(
            "Aderir à rede",
            "Qualquer grupo que se organize pela solidariedade onde vive pode ser um núcleo.",
            "Registar um núcleo",
            "Crie uma conta, registe o seu grupo como núcleo e diga-nos onde e em que trabalha. "
            "A equipa da rede verifica os novos núcleos numa semana; depois pode convidar "
            "outras pessoas e candidatar-se ao fundo de pequenas bolsas.",
            "A primeira reunião foi de seis pessoas numa cozinha. Agora somos um núcleo de sessenta.",
            "Uma coordenadora de núcleo no Porto",
        ),
        "ar": PageText(
            "انضمّوا إلى الشبكة",
            "يمكن لأي مجموعة تنظّم نفسها من أجل التضامن حيث تعيش أن تصبح مجموعة محلية في الشبكة.",
            "تسجيل مجموعة",
            "أنشئوا حسابًا، وسجّلوا مجموعتكم، وأخبرونا أين تعملون وعلى ماذا. يراجع فريق الشبكة "
            "المجموعات الجديدة خلال أسبوع، وبعدها يمكنكم دعوة منظّمين آخرين والتقدّم إلى صندوق "
            "المنح الصغيرة.",
            "كان الاجتماع الأول ستة أشخاص في مطبخ. واليوم نحن ستون.",
            "منسّقة مجموعة في بورتو",
        ),
    },
}

FOOTER = {
    "en": "The Solidarity Network is run by its member hubs. Content is shared under CC BY-SA 4.0.",
    "es": "La Red de Solidaridad la gestionan sus nodos miembros. El contenido se comparte "
    "bajo CC BY-SA 4.0.",
    "fr": "Le Réseau de Solidarité est animé par ses groupes membres. Les contenus sont "
    "partagés sous licence CC BY-SA 4.0.",
    "pt": "A Rede de Solidariedade é gerida pelos seus núcleos membros. O conteúdo é "
    "partilhado sob CC BY-SA 4.0.",
    "ar": "تدير شبكةَ التضامن مجموعاتُها الأعضاء. ويُنشر المحتوى بموجب رخصة CC BY-SA 4.0.",
}


# The page the demo's editor has written and submitted, waiting for the moderator.
PAGE_IN_MODERATION = PageText(
    title="Join a working group",
    introduction="Working groups prepare the assemblies and look after the network's tools.",
    heading="Four groups, open to every member",
    paragraph="Facilitation, translation, the grants fund and the website each have a group "
    "that meets once a month online.",
    quote="I joined the translation group to help and stayed for the people.",
    attribution="A member of the translation group",
)
