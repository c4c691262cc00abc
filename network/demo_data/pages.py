"""The network's section pages and contact page, in the five languages."""

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
