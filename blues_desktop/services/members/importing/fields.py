"""The columns an import understands, the header words that name them, and value parsing.

Header words are compared without accents, case or punctuation, in English, German,
Czech, Polish, Spanish and French (the partner offices' languages).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from blues_desktop.domain.countries import code_from_name
from blues_desktop.domain.labels import org_type_labels
from blues_desktop.domain.names import strip_accents
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

# field -> header words (already normalised by header_key)
# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    "legal_name": (
        "legal name", "organisation", "organization", "company", "name", "company name",
        "organisation name", "member", "firma", "firmenname", "unternehmen", "name der firma",
        "organisation name", "nazev", "nazev firmy", "spolecnost", "organizace", "nazwa",
        "nazwa firmy", "firma nazwa", "organizacja", "nombre", "empresa", "razon social",
        "entidad", "organizacion", "nom", "societe", "entreprise", "raison sociale",
        "organisme", "denomination", "denomination sociale", "nombre de la empresa",
        "nom de l entreprise", "name der organisation", "nazev organizace", "nazwa organizacji",
    ),
    "short_name": (
        "short name", "acronym", "kurzname", "kurzbezeichnung", "zkratka", "skrot",
        "nazwa skrocona", "nombre corto", "acronimo", "sigle", "nom court",
    ),
    "org_type": (
        "type", "org type", "organisation type", "category", "typ", "art", "organisationstyp",
        "kategorie", "typ organizace", "typ organizacji", "rodzaj", "tipo", "tipo de entidad",
        "categoria", "type d organisation", "categorie",
        # whole phrases: their last word alone names the organisation, not its type
        "art der organisation", "organisationsart", "unternehmensart", "art des unternehmens",
        "typ firmy", "rodzaj organizacji", "rodzaj dzialalnosci", "tipo de organizacion",
        "tipo de empresa", "type d entreprise", "type de structure", "type of organisation",
        "organization type", "type of organization", "entity type",
    ),
    "country": (
        "country", "country code", "land", "staat", "landercode", "zeme", "stat", "kraj",
        "panstwo", "pais", "codigo de pais", "pays", "code pays",
    ),
    "region": (
        "region", "bundesland", "kraj region", "wojewodztwo", "comunidad autonoma", "provincia",
        "departement",
    ),
    "city": (
        "city", "town", "stadt", "ort", "mesto", "obec", "miasto", "miejscowosc", "ciudad",
        "localidad", "municipio", "ville", "commune", "wohnort", "sitz", "firmensitz",
        "poblacion", "localite",
    ),
    "address": (
        "address", "street", "adresse", "strasse", "anschrift", "adresa", "ulice", "adres",
        "ulica", "direccion", "calle", "rue",
    ),
    "postcode": (
        "postcode", "postal code", "zip", "zip code", "plz", "postleitzahl", "psc",
        "kod pocztowy", "codigo postal", "cp", "code postal",
    ),
    "website": (
        "website", "web", "url", "homepage", "webseite", "internetseite", "www", "web stranky",
        "webove stranky", "strona www", "strona internetowa", "sitio web", "pagina web",
        "site web", "site internet",
    ),
    "vat_number": (
        "vat", "vat number", "vat no", "vat id", "ust id", "ust idnr", "umsatzsteuer id",
        "ust id nr", "dic", "nip", "nif", "cif", "nif cif", "tva", "numero de tva", "n tva",
        "tva intracommunautaire", "numero iva", "iva", "umsatzsteuer identifikationsnummer",
        "steuernummer", "cislo dic", "numer nip", "nip ue", "numero de identificacion fiscal",
        "nif iva", "numero tva", "vat registration number",
    ),
    "registration_number": (
        "registration number", "company number", "reg no", "handelsregister",
        "handelsregisternummer", "registernummer", "ico", "regon", "krs", "siren", "siret",
        "numero de registro", "registro mercantil",
    ),
    "sectors": (
        "sectors", "sector", "sector tags", "industry", "branche", "branchen", "sektor", "obor",
        "odvetvi", "sektory", "branza", "sectores", "secteur", "secteurs",
    ),
    "employees_band": (
        "employees", "employees band", "staff", "size", "mitarbeiter", "beschaftigte",
        "zamestnanci", "pocet zamestnancu", "pracownicy", "liczba pracownikow", "empleados",
        "plantilla", "effectif", "salaries",
    ),
    "member_since": (
        "member since", "membership since", "joined", "mitglied seit", "eintritt",
        "mitgliedschaft seit", "clenem od", "clen od", "czlonek od", "data przystapienia",
        "miembro desde", "fecha de alta", "alta", "membre depuis", "adhesion",
        "date d adhesion",
    ),
    "member_until": (
        "member until", "membership until", "left", "mitglied bis", "austritt", "clenem do",
        "clen do", "czlonek do", "miembro hasta", "fecha de baja", "baja", "membre jusqu au",
        "fin d adhesion",
    ),
    "office_id": (
        "office", "cluster office", "buro", "kancelar", "biuro", "oficina", "bureau",
    ),
    "ecccp_profile_url": (
        "ecccp", "ecccp profile", "eccp profile", "cluster collaboration platform",
    ),
    "notes": (
        "notes", "note", "comments", "remarks", "notizen", "bemerkungen", "anmerkungen",
        "poznamky", "poznamka", "uwagi", "notatki", "notas", "observaciones", "comentarios",
        "remarques", "commentaires",
    ),
    "contact_name": (
        "contact", "contact person", "contact name", "ansprechpartner", "kontaktperson",
        "kontakt", "kontaktni osoba", "osoba kontaktowa", "persona de contacto", "contacto",
        "personne de contact", "interlocuteur",
        # the whole name in one column: read before the words for its parts
        "full name", "name and surname", "vor und nachname", "vorname und nachname",
        "vollstandiger name", "name des ansprechpartners", "jmeno a prijmeni", "cele jmeno",
        "imie i nazwisko", "nombre y apellidos", "nombre completo", "nombre y apellido",
        "nom et prenom", "prenom et nom", "nom complet", "prenom nom", "nom prenom",
    ),
    "first_name": (
        "first name", "given name", "forename", "vorname", "jmeno", "krestni jmeno", "imie",
        "nombre de pila", "prenom",
    ),
    "last_name": (
        "last name", "surname", "family name", "nachname", "familienname", "prijmeni",
        "nazwisko", "apellido", "apellidos", "nom de famille", "primer apellido",
    ),
    "role": (
        "role", "position", "job title", "function", "funktion", "position im unternehmen",
        "funkce", "pozice", "stanowisko", "funkcja", "cargo", "puesto", "fonction", "poste",
    ),
    "email": (
        "email", "e mail", "mail", "e mail address", "email address", "e mail adresse",
        "adres e mail", "correo", "correo electronico", "courriel", "adresse e mail",
        "adresse email", "e mailova adresa", "emailova adresa", "adresse electronique",
        "correo e", "adres email",
    ),
    "phone": (
        "phone", "telephone", "tel", "telefon", "telefonnummer", "telefonni cislo",
        "numer telefonu", "telefono", "movil", "telephone portable", "mobile", "mobil",
        "handy", "mobilni telefon", "telefon komorkowy", "komorka", "portable", "phone number",
    ),
    "language": (
        "language", "sprache", "jazyk", "jezyk", "idioma", "lengua", "langue",
    ),
    "consent_given_on": (
        "consent", "consent given on", "consent date", "gdpr consent", "einwilligung",
        "einwilligung am", "datum der einwilligung", "souhlas", "souhlas dne", "zgoda",
        "data zgody", "consentimiento", "fecha de consentimiento", "consentement",
        "date du consentement",
    ),
    "consent_purpose": (
        "consent purpose", "purpose", "zweck", "zweck der einwilligung", "ucel",
        "ucel souhlasu", "cel zgody", "finalidad", "finalite",
    ),
    "consent_source": (
        "consent source", "source", "quelle", "zdroj", "zrodlo", "fuente", "origine",
    ),
    "do_not_contact": (
        "do not contact", "no contact", "nicht kontaktieren", "nekontaktovat",
        "nie kontaktowac", "no contactar", "ne pas contacter",
    ),
}
# fmt: on
ORGANISATION_FIELDS = (
    "legal_name",
    "short_name",
    "org_type",
    "country",
    "region",
    "city",
    "address",
    "postcode",
    "website",
    "vat_number",
    "registration_number",
    "sectors",
    "employees_band",
    "member_since",
    "member_until",
    "ecccp_profile_url",
    "notes",
)  # fmt: skip
CONTACT_FIELDS = (
    "first_name", "last_name", "role", "email", "phone", "language",
    "consent_given_on", "consent_purpose", "consent_source", "do_not_contact",
)  # fmt: skip
DATE_FIELDS = frozenset({"member_since", "member_until", "consent_given_on"})
# Columns that name a person or an organisation: left unread, a contact would lose its name.
NAME_FIELDS = frozenset({"legal_name", "first_name", "last_name", "contact_name"})
# Name words that mean the person where the organisation is named by another column.
AMBIGUOUS_NAME_WORDS = {"nombre": "first_name", "nom": "last_name", "name": "last_name"}
# Headers the importer writes itself and reads past: the fix-up file's "Problem" and the
# export's "Check digit" columns say what the importer found, not what to store.
READ_PAST_HEADERS = frozenset({"problem", "problems", "check digit"})

_WORDS = re.compile(r"[^a-z0-9]+")


def header_key(text: object) -> str:
    """'E-Mail-Adresse ' -> 'e mail adresse'; 'Název firmy' -> 'nazev firmy'."""
    return _WORDS.sub(" ", strip_accents(str(text or "")).casefold()).strip()


_LOOKUP = {word: field for field, words in SYNONYMS.items() for word in words}


def field_for_header(text: object) -> str | None:
    key = header_key(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "Company name (legal)" or "VAT no." with extra words: the longest known phrase inside
    best = None
    for word, field in _LOOKUP.items():
        if (
            len(word) > 3
            and f" {word} " in f" {key} "
            and (best is None or len(word) > len(best[0]))
        ):
            best = (word, field)
    return best[1] if best else None


# fmt: off
ORG_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "sme": (
        "sme", "kmu", "msp", "mikro", "pyme", "pme", "small", "medium", "micro", "start up",
        "startup", "kleinunternehmen", "mittelstand", "mittelstandisches unternehmen",
        "kleines unternehmen", "mittleres unternehmen", "mikrounternehmen", "maly podnik",
        "stredni podnik", "mikropodnik", "msp podnik", "male przedsiebiorstwo",
        "srednie przedsiebiorstwo", "mikroprzedsiebiorstwo", "mala firma", "pymes",
        "pequena empresa", "mediana empresa", "microempresa", "petite entreprise",
        "moyenne entreprise", "tpe", "pmi", "eti", "small and medium enterprise",
    ),
    "large": (
        "large", "large company", "grossunternehmen", "konzern", "velky podnik",
        "duze przedsiebiorstwo", "gran empresa", "grande entreprise",
    ),
    "rto": (
        "rto", "research", "research or technology centre", "technology centre", "university",
        "research centre", "research center", "research organisation", "research institute",
        "forschung", "forschungseinrichtung", "forschungsinstitut", "forschungszentrum",
        "hochschule", "fachhochschule", "universitat", "institut", "technologiezentrum",
        "vyzkumna organizace", "vyzkum", "vyzkumny ustav", "vyzkumne centrum", "vysoka skola",
        "univerzita", "instytut", "instytut badawczy", "jednostka naukowa", "uczelnia",
        "politechnika", "uniwersytet", "centrum badawcze", "centro tecnologico",
        "centro de investigacion", "instituto de investigacion", "universidad",
        "centre de recherche", "organisme de recherche", "centre technique", "universite",
        "laboratoire", "ecole d ingenieurs",
    ),
    "scaling_up": (
        "scaling up", "scaling up support organisation", "scale up", "accelerator", "inkubator",
        "incubator", "aceleradora", "incubateur", "inkubator przedsiebiorczosci",
        "gruenderzentrum", "grunderzentrum", "podnikatelsky inkubator", "vivero de empresas",
        "pepiniere d entreprises", "accelerateur",
    ),
    "cluster": (
        "cluster", "cluster organisation", "klaster", "cluster organization",
        "pole de competitivite", "netzwerk", "clusterorganisation", "klastr",
        "klastrova organizace", "inicjatywa klastrowa", "agrupacion empresarial innovadora",
        "aei", "grappe d entreprises",
    ),
    "public": (
        "public", "public body", "behorde", "verwaltung", "kommune", "verejna instituce",
        "urad", "administracja", "urzad", "administracion", "organismo publico", "collectivite",
        "administration",
    ),
    "other": (
        "other", "sonstige", "andere", "jine", "ostatni", "inne", "otro", "otros", "autre",
    ),
}
# fmt: on
_TYPE_LOOKUP = {w: code for code, words in ORG_TYPE_WORDS.items() for w in words}
# The app's own words for each type (what its exports write) always read back.
_TYPE_LOOKUP |= {header_key(label): code for code, label in org_type_labels().items()}
# Country names in the partner offices' languages, which pycountry does not know.
LOCAL_COUNTRY_NAMES = {
    "deutschland": "DE", "niemcy": "DE", "nemecko": "DE", "alemania": "DE", "allemagne": "DE",
    "cesko": "CZ", "ceska republika": "CZ", "tschechien": "CZ", "czechy": "CZ",
    "republica checa": "CZ", "republique tcheque": "CZ", "polska": "PL", "polen": "PL",
    "polsko": "PL", "polonia": "PL", "pologne": "PL", "espana": "ES", "spanien": "ES",
    "spanelsko": "ES", "hiszpania": "ES", "espagne": "ES", "frankreich": "FR",
    "francie": "FR", "francja": "FR", "francia": "FR", "osterreich": "AT", "italien": "IT",
    "italia": "IT", "slowakei": "SK", "slovensko": "SK", "litauen": "LT", "lietuva": "LT",
}  # fmt: skip
_TRUE = {"yes", "y", "ja", "j", "ano", "tak", "si", "oui", "true", "1", "x", "wahr", "vrai"}
_FALSE = {"no", "n", "nein", "ne", "nie", "non", "false", "0", "falsch", "faux", ""}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%y", "%Y.%m.%d")
_EXCEL_EPOCH = date(1899, 12, 30)


class CellProblem(ValueError):
    """A value that cannot be read; the message (a `Message`) says why."""


def text_value(value: object) -> str | None:
    """Text of a cell: trimmed; numbers stored as numbers keep no '.0' (VAT 136695976.0)."""
    if value is None:
        return None
    if value.__class__ is str:  # most cells: no conversion
        text = value.replace("\u00a0", " ").strip() if "\u00a0" in value else value.strip()
        if not text:
            return None
        if text[0] != "'":
            return text
        return text[1:] if text[1:2] in ("=", "+", "-", "@") else text
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\u00a0", " ").strip()
    if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
        text = text[1:]  # the escape our export puts before formula-like text
    return text or None


def date_value(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serial numbers up to 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellProblem(
            Message(QT_TRANSLATE_NOOP("messages", "{value} is not a date"), value=repr(value))
        )
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit() and 20_000 <= int(text) < 80_000:  # a serial number saved as text
        return _EXCEL_EPOCH + timedelta(days=int(text))
    text = text.split(" ")[0].split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise CellProblem(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "{value} is not a date (write it as 2024-05-31 or 31.05.2024)"
            ),
            value=repr(value),
        )
    )


def membership_date_value(value: object, *, end: bool = False) -> date | None:
    """A membership date; a year alone (2018, '2018') means the year's first day, or its
    last for the end of a membership. Lists keep "member since 2018" more often than a day."""
    year = None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        year = int(value)
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 4:
        year = int(value.strip())
    if year is not None and 1900 <= year <= 2100:
        return date(year, 12, 31) if end else date(year, 1, 1)
    return date_value(value)


def org_type_value(value: object) -> str:
    text = header_key(value)
    if not text:
        return "other"
    code = _TYPE_LOOKUP.get(text) or _TYPE_LOOKUP.get(text.replace(" ", "_"))
    if code is None and text.replace(" ", "_") in ORG_TYPE_WORDS:
        code = text.replace(" ", "_")
    if code is None:
        raise CellProblem(
            Message(
                QT_TRANSLATE_NOOP("messages", "{value} is not a known organisation type"),
                value=repr(value),
            )
        )
    return code


def country_value(value: object) -> str:
    text = text_value(value)
    if text is None:
        raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "the country is empty")))
    code = LOCAL_COUNTRY_NAMES.get(header_key(text)) or code_from_name(text)
    if code is None:
        raise CellProblem(
            Message(
                QT_TRANSLATE_NOOP("messages", "{value} is not a country name or ISO code"),
                value=repr(text),
            )
        )
    return code


def bool_value(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = header_key(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem(
        Message(QT_TRANSLATE_NOOP("messages", "{value} is not yes or no"), value=repr(value))
    )
