"""A dozen news items, in the five languages (one not yet in every language)."""

from typing import NamedTuple


class NewsRow(NamedTuple):
    """A news item: its slug, topic, age in days and {language: (title, introduction)}."""

    slug: str
    topic: str
    days_ago: int
    texts: dict


# The last item is not translated into every language, so the lists show it in its source
# language.
NEWS = [
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
    NewsRow(
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
