"""Own-words rules for English reports, rounds 1-12 together: the CSTO's working group on
Afghanistan as its own body, and the state a body works on, which is no member."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


_AFGHANISTAN_GROUP = (
    "Experts review the situation near the southern borders\n\n"
    "The 45th meeting of the Working Group on Afghanistan under the CSTO Council of Foreign "
    "Ministers took place on March 9, 2028 at the CSTO Secretariat in Moscow.\n"
    "Delegates of the member states discussed the threats of terrorism and drug trafficking "
    "coming from the region.\n"
)


_MIGRATION_GROUP = (
    "Experts review labour migration\n\n"
    "The 12th meeting of the Working Group on Labour Migration under the CSTO Council of Foreign "
    "Ministers took place on March 9, 2028 at the CSTO Secretariat in Moscow.\n"
    "Delegates of the member states discussed the flows of migrants in the region.\n"
)


def test_a_working_group_under_a_council_is_its_own_body() -> None:
    """The group under the foreign ministers' council convenes, not the council itself: by its
    reference name when the reference data knows it, else by its own name "under" the
    council's; the state it works on is mentioned, not a member taking part."""
    facts = _facts(_AFGHANISTAN_GROUP)
    assert facts["body"] == "CSTO Working Group on Afghanistan"
    assert "Afghanistan" not in facts["countries"]
    facts = _facts(_MIGRATION_GROUP)
    assert facts["body"] == (
        "Working Group on Labour Migration under the CSTO Council of Foreign Ministers"
    )


_SURNAME_FIRST = (
    "Border chiefs of Belarus and Latvia meet in Grodno\n\n"
    "GRODNO, June 14, 2028. Chairman of the State Border Committee of Belarus Petrushevich "
    "Sergei Viktorovich held talks with Chief of the State Border Guard of Latvia Andris "
    "Kalnins on the joint patrolling of the border.\n"
    "The sides signed a plan of joint measures for the next year.\n"
)

_BOTH_WAYS = (
    "Collegium of the anti-drug agency held in Dushanbe\n\n"
    "DUSHANBE, May 3, 2028. The collegium of the Drug Control Agency of Tajikistan was chaired "
    "by its Director Rustam Saidov. Saidov Rustam Karimovich summed up the results of the "
    "first quarter and set the tasks for the agency's units.\n"
)


def test_a_name_written_surname_first_is_put_given_name_first() -> None:
    """ "Petrushevich Sergei Viktorovich": a surname, a given name and a patronymic, as
    official lists write them, is the person "Sergei Viktorovich Petrushevich"; the text's own
    spelling stays a variant."""
    people = {p["name"]: p for p in _facts(_SURNAME_FIRST)["participants"]}
    assert "Sergei Viktorovich Petrushevich" in people
    assert (
        "Petrushevich Sergei Viktorovich"
        in people["Sergei Viktorovich Petrushevich"]["name_variants"]
    )


def test_a_surname_first_spelling_of_a_named_person_is_that_person() -> None:
    """The report names its chairman "Rustam Saidov" and then "Saidov Rustam Karimovich": one
    person, listed once."""
    names = [p["name"] for p in _facts(_BOTH_WAYS)["participants"]]
    assert names.count("Rustam Saidov") == 1
    assert not any("Karimovich" in n for n in names)
