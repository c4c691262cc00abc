"""The network's topics, by English slug then language code."""

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
