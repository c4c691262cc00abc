"""The member area's demo: hubs across the world, the members who coordinate them and the
facilitators among them."""

from typing import NamedTuple

from core.demo_data.people import Person


class HubRow(NamedTuple):
    """A local hub: where it is, the languages it works in and its topics (English slugs)."""

    name: str
    city: str
    country: str
    latitude: str
    longitude: str
    languages: list
    topics: list


class FacilitatorRow(NamedTuple):
    """A member listed as a facilitator (`facilitates`) or an expert, and their skills."""

    email: str
    facilitates: bool
    skills: str


DESCRIPTIONS = {
    "housing": "Tenants organising building by building: we stop evictions, fight rent rises "
    "together and run a weekly advice desk.",
    "food": "A community kitchen and a network of urban gardens that share seeds, harvests "
    "and know-how with the neighbourhood.",
    "climate": "Neighbours preparing for heat and floods, planting shade trees and pushing "
    "the city for fair climate plans.",
    "care": "A mutual aid group: shopping runs, childcare swaps and a phone tree so that no "
    "one is left alone in a crisis.",
    "workers": "Delivery riders, cleaners and carers supporting each other to organise, with "
    "legal clinics and a strike fund.",
}

HUBS = [
    HubRow("Barrio Unido", "Madrid", "ES", "40.4168", "-3.7038", ["es"], ["housing", "care"]),
    HubRow("Huertas del Sur", "Sevilla", "ES", "37.3891", "-5.9845", ["es"], ["food"]),
    HubRow("Collectif Toit Pour Tous", "Marseille", "FR", "43.2965", "5.3698", ["fr"], ["housing"]),
    HubRow(
        "Les Jardins du Lien", "Lyon", "FR", "45.7640", "4.8357", ["fr", "ar"], ["food", "care"]
    ),
    HubRow("Paris Entraide Nord", "Paris", "FR", "48.8566", "2.3522", ["fr", "en"], ["care"]),
    HubRow("Rede Vizinha", "Lisboa", "PT", "38.7223", "-9.1393", ["pt", "en"], ["housing", "care"]),
    HubRow(
        "Horta Comum do Porto", "Porto", "PT", "41.1579", "-8.6291", ["pt"], ["food", "climate"]
    ),
    HubRow("Casa das Mães", "São Paulo", "BR", "-23.5505", "-46.6333", ["pt"], ["care"]),
    HubRow("Cozinha Solidária Recife", "Recife", "BR", "-8.0476", "-34.8770", ["pt"], ["food"]),
    HubRow(
        "Entregadores Unidos", "Rio de Janeiro", "BR", "-22.9068", "-43.1729", ["pt"], ["workers"]
    ),
    HubRow("Vecinas en Red", "Ciudad de México", "MX", "19.4326", "-99.1332", ["es"], ["care"]),
    HubRow("Milpa Viva", "Oaxaca", "MX", "17.0732", "-96.7266", ["es"], ["food", "climate"]),
    HubRow("Inquilinas Bogotá", "Bogotá", "CO", "4.7110", "-74.0721", ["es"], ["housing"]),
    HubRow("Ollas Comunes Lima", "Lima", "PE", "-12.0464", "-77.0428", ["es"], ["food", "care"]),
    HubRow("Asamblea del Agua", "Cochabamba", "BO", "-17.3895", "-66.1568", ["es"], ["climate"]),
    HubRow(
        "Cooperativa La Minga", "Buenos Aires", "AR", "-34.6037", "-58.3816", ["es"], ["workers"]
    ),
    HubRow("Tenants Together Leeds", "Leeds", "GB", "53.8008", "-1.5491", ["en"], ["housing"]),
    HubRow("Glasgow Mutual Aid", "Glasgow", "GB", "55.8642", "-4.2518", ["en"], ["care"]),
    HubRow("Riders Rising London", "London", "GB", "51.5072", "-0.1276", ["en", "pt"], ["workers"]),
    HubRow("Detroit Land Collective", "Detroit", "US", "42.3314", "-83.0458", ["en"], ["food"]),
    HubRow("Bronx Heat Watch", "New York", "US", "40.8448", "-73.8648", ["en", "es"], ["climate"]),
    HubRow("Border Welcome Tucson", "Tucson", "US", "32.2226", "-110.9747", ["en", "es"], ["care"]),
    HubRow("Montréal Solidaire", "Montréal", "CA", "45.5019", "-73.5674", ["fr", "en"], ["care"]),
    HubRow("Dakar Quartiers Verts", "Dakar", "SN", "14.7167", "-17.4677", ["fr"], ["climate"]),
    HubRow("Abidjan Entraide", "Abidjan", "CI", "5.3600", "-4.0083", ["fr"], ["care", "workers"]),
    HubRow(
        "Casa Solidarité Casablanca",
        "Casablanca",
        "MA",
        "33.5731",
        "-7.5898",
        ["ar", "fr"],
        ["workers"],
    ),
    HubRow("Tunis Jardins Partagés", "Tunis", "TN", "36.8065", "10.1815", ["ar", "fr"], ["food"]),
    HubRow("بيت الجيران", "Beirut", "LB", "33.8938", "35.5018", ["ar", "en"], ["care"]),
    HubRow("عمّان للتكافل", "Amman", "JO", "31.9539", "35.9106", ["ar"], ["care"]),
    HubRow(
        "حديقة القاهرة المشتركة", "Cairo", "EG", "30.0444", "31.2357", ["ar"], ["food", "climate"]
    ),
    HubRow(
        "Nairobi Riders Union", "Nairobi", "KE", "-1.2921", "36.8219", ["en", "sw"], ["workers"]
    ),
    HubRow("Kampala Care Circle", "Kampala", "UG", "0.3476", "32.5825", ["en"], ["care"]),
    HubRow(
        "Joburg Shack Dwellers Forum",
        "Johannesburg",
        "ZA",
        "-26.2041",
        "28.0473",
        ["en"],
        ["housing"],
    ),
    HubRow("Maputo Hortas Urbanas", "Maputo", "MZ", "-25.9692", "32.5732", ["pt"], ["food"]),
    HubRow(
        "Luanda Bairro Vivo", "Luanda", "AO", "-8.8390", "13.2894", ["pt"], ["housing", "climate"]
    ),
    HubRow(
        "Berlin Mieter:innen Netz", "Berlin", "DE", "52.5200", "13.4050", ["de", "en"], ["housing"]
    ),
    HubRow(
        "Athens Solidarity Clinic",
        "Athens",
        "GR",
        "37.9838",
        "23.7275",
        ["el", "en"],
        ["care"],
    ),
    HubRow(
        "Manila Urban Poor Alliance", "Manila", "PH", "14.5995", "120.9842", ["en"], ["housing"]
    ),
    HubRow(
        "Dhaka Garment Workers Circle",
        "Dhaka",
        "BD",
        "23.8103",
        "90.4125",
        ["bn", "en"],
        ["workers"],
    ),
    HubRow(
        "Jakarta Kampung Hijau", "Jakarta", "ID", "-6.2088", "106.8456", ["id", "en"], ["climate"]
    ),
]

PENDING_HUBS = [
    HubRow("Quito Cuidados", "Quito", "EC", "-0.1807", "-78.4678", ["es"], ["care"]),
    HubRow("Toulouse Logement Digne", "Toulouse", "FR", "43.6047", "1.4442", ["fr"], ["housing"]),
    HubRow("Accra Food Commons", "Accra", "GH", "5.6037", "-0.1870", ["en"], ["food"]),
]

PEOPLE = [
    Person("ana@solidarity.example", "Ana Ribeiro", "pt"),
    Person("karim@solidarity.example", "Karim Haddad", "ar"),
    Person("mateo@solidarity.example", "Mateo Silva", "es"),
    Person("claire@solidarity.example", "Claire Martin", "fr"),
    Person("sam@solidarity.example", "Sam Okafor", "en"),
]

FACILITATORS = [
    FacilitatorRow("ana@solidarity.example", True, "consensus decision-making, assemblies"),
    FacilitatorRow("mateo@solidarity.example", True, "popular education, conflict mediation"),
    FacilitatorRow("sam@solidarity.example", False, "tenant law, grant writing"),
]
