"""The people of one installation: what a name must be before it becomes a user."""

from __future__ import annotations

import pytest

from blues_desktop.domain.users import (
    MAX_NAME_LENGTH,
    clean_user_name,
    find_user,
    user_name_problem,
)


def test_a_name_is_recorded_trimmed_with_single_spaces() -> None:
    assert clean_user_name("  Anna \t  Novák\n") == "Anna Novák"
    assert clean_user_name("Anna Novák") == "Anna Novák"
    assert clean_user_name("   ") == ""


def test_a_good_new_name_has_no_problem() -> None:
    assert user_name_problem("Anna Novák", ["Piet de Vries"]) is None
    assert user_name_problem("  Anna   Novák ", []) is None
    assert user_name_problem("Xavier Tuttle", []) is None
    assert user_name_problem("Ørsted-Ünal", []) is None


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_name_is_refused(blank: str) -> None:
    assert (
        user_name_problem(blank, [])
        == "give the user's name: it is recorded with every change they make"
    )


def test_a_name_may_be_as_long_as_the_limit_but_not_longer() -> None:
    assert MAX_NAME_LENGTH == 200
    assert user_name_problem("a" * 200, []) is None
    # spaces around it are not counted: the name is recorded trimmed
    assert user_name_problem("  " + "a" * 200 + "  ", []) is None
    assert user_name_problem("a" * 201, []) == "a user's name has at most 200 characters"


@pytest.mark.parametrize("name", ["Anna\x00Novák", "Anna\x1bNovák", "Anna\u200bNovák"])
def test_a_name_with_control_characters_is_refused(name: str) -> None:
    assert user_name_problem(name, []) == "a user's name cannot hold control characters"


def test_a_name_already_used_in_another_case_or_spacing_is_refused() -> None:
    existing = ["Piet de Vries", "Anna Novák"]
    assert (
        user_name_problem("anna novák", existing) == "Anna Novák is already a user on this computer"
    )
    assert (
        user_name_problem("  PIET   DE VRIES ", existing)
        == "Piet de Vries is already a user on this computer"
    )


def test_the_existing_user_a_name_means() -> None:
    existing = ["Piet de Vries", "Anna Novák"]
    assert find_user("ANNA  novák", existing) == "Anna Novák"
    assert find_user(" piet de vries", existing) == "Piet de Vries"
    assert find_user("Anna", existing) is None
    assert find_user("Anna Novák", []) is None
    # the first of two that read alike (only possible in data made before the rule)
    assert find_user("eva", ["Ema", "Eva", "EVA"]) == "Eva"
