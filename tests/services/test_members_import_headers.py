"""Common column headers of member lists in the partner offices' six languages (de, cs,
pl, es, fr, en) are read as the field they name, for the fields a list nearly always has:
the organisation's name, the person's names, e-mail, phone, VAT number, country, city and
type."""

from __future__ import annotations

import pytest

from blues_desktop.services.members.importing.fields import field_for_header
from blues_desktop.services.members.importing.header import guess_columns

HEADERS: dict[str, list[str]] = {
    "legal_name": [
        "Firmenname", "Name der Organisation", "Název firmy", "Název organizace",
        "Nazwa firmy", "Nazwa organizacji", "Razón social", "Nombre de la empresa",
        "Raison sociale", "Dénomination", "Nom de l'entreprise", "Company name",
        "Organisation name",
    ],
    "contact_name": [
        "Ansprechpartner", "Vor- und Nachname", "Vollständiger Name", "Kontaktní osoba",
        "Jméno a příjmení", "Celé jméno", "Osoba kontaktowa", "Imię i nazwisko",
        "Persona de contacto", "Nombre y apellidos", "Nombre completo", "Nom et prénom",
        "Prénom et nom", "Nom complet", "Contact person", "Full name",
    ],
    "first_name": [
        "Vorname", "Jméno", "Křestní jméno", "Imię", "Nombre de pila", "Prénom", "First name",
        "Given name",
    ],
    "last_name": [
        "Nachname", "Familienname", "Příjmení", "Nazwisko", "Apellidos", "Primer apellido",
        "Nom de famille", "Last name", "Surname",
    ],
    "email": [
        "E-Mail", "E-Mail-Adresse", "E-mailová adresa", "Adres e-mail", "Correo electrónico",
        "Correo-e", "Courriel", "Adresse électronique", "Adresse e-mail", "Email address",
    ],
    "phone": [
        "Telefon", "Telefonnummer", "Mobil", "Handy", "Telefonní číslo", "Mobilní telefon",
        "Numer telefonu", "Telefon komórkowy", "Teléfono", "Móvil", "Número de teléfono",
        "Téléphone", "Numéro de téléphone", "Portable", "Phone number", "Mobile",
    ],
    "vat_number": [
        "USt-IdNr.", "Umsatzsteuer-Identifikationsnummer", "DIČ", "Číslo DIČ", "NIP",
        "Numer NIP", "NIF", "CIF", "NIF/CIF", "Número de identificación fiscal",
        "N° TVA", "Numéro de TVA intracommunautaire", "VAT number", "VAT ID",
    ],
    "country": [
        "Land", "Staat", "Země", "Stát", "Kraj", "Państwo", "País", "Pays", "Country",
    ],
    "city": [
        "Stadt", "Ort", "Wohnort", "Město", "Obec", "Miasto", "Miejscowość", "Ciudad",
        "Localidad", "Municipio", "Ville", "Commune", "City", "Town",
    ],
    "org_type": [
        "Typ", "Organisationstyp", "Art der Organisation", "Organisationsart",
        "Typ organizace", "Typ organizacji", "Rodzaj organizacji", "Tipo",
        "Tipo de entidad", "Tipo de organización", "Tipo de empresa",
        "Type d'organisation", "Type de structure", "Organisation type", "Type",
    ],
}  # fmt: skip

CASES = [(header, field) for field, headers in HEADERS.items() for header in headers]


@pytest.mark.parametrize(("header", "field"), CASES, ids=[h for h, _ in CASES])
def test_a_common_header_is_read_as_its_field(header: str, field: str) -> None:
    assert field_for_header(header) == field


def test_a_spanish_list_is_mapped_whole() -> None:
    """The list of a Spanish office: every column is read, the person's first name too."""
    headers = ["Razón social", "Tipo de organización", "NIF", "Ciudad", "País", "Nombre",
               "Apellidos", "Correo-e", "Teléfono"]  # fmt: skip
    assert guess_columns(headers) == {
        0: "legal_name", 1: "org_type", 2: "vat_number", 3: "city", 4: "country",
        5: "first_name", 6: "last_name", 7: "email", 8: "phone",
    }  # fmt: skip


def test_a_full_name_column_beside_the_company_is_the_contact() -> None:
    headers = ["Nazwa firmy", "Imię i nazwisko", "Adres e-mail", "Miasto", "Kraj"]
    assert guess_columns(headers) == {
        0: "legal_name", 1: "contact_name", 2: "email", 3: "city", 4: "country",
    }  # fmt: skip
