"""Paragraphs hard-wrapped at a fixed width are read as paragraphs, and what only looks alike
(a list of other stories' headlines, a short header) is left as it is.

The texts are written for the test.
"""

from __future__ import annotations

from archive.extraction.cleaning import clean
from archive.extraction.unwrap import unwrap

WRAPPED = (
    "Identifier\n"
    "Created\n"
    "27STEPPETOWN0412\n"
    "2027-05-09 10:15:00\n"
    "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
    "\n"
    "Tags:  KCRM PREL SNAR ST\n"
    "FM AMEMBASSY STEPPETOWN\n"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 1234\n"
    "INFO RUEHAA/AMEMBASSY CASPIANPORT 0101\n"
    "RUEHAB/AMEMBASSY NORTHTOWN 0202\n"
    "RUEHAC/AMEMBASSY SOUTHTOWN 0303\n"
    "RUEHAD/AMEMBASSY EASTTOWN 0404\n"
    "RUEHAE/USMISSION GENEVA 0505\n"
    "UNCLAS SECTION 01 OF 02 STEPPETOWN 000412\n"
    "\n"
    "SIPDIS\n"
    "\n"
    "SENSITIVE\n"
    "SIPDIS\n"
    "\n"
    "DEPARTMENT FOR SCA/CEN (A. SMITH), INL (B. JONES) AND\n"
    "G/TIP (C. BROWN)\n"
    "\n"
    "E.O. 12958: N/A\n"
    "TAGS: KCRM PREL SNAR ST\n"
    "SUBJECT: STEPPELAND: BORDER CHIEFS ASK FOR\n"
    "HELP AGAINST SMUGGLERS\n"
    "\n"
    "REF: STEPPETOWN 12\n"
    "\n"
    "1. (SBU) Summary: Chairman of the Border Service (BS)\n"
    "Arman Seitkali told Deputy Assistant Secretary Jones and\n"
    "the Ambassador that Steppeland wants to widen its work\n"
    "with the United States against smugglers on the Caspian\n"
    "shore and in the ports. End summary.\n"
    "\n"
    "COOPERATION ON THE SHORE\n"
    "\n"
    "2. (SBU) Chairman Seitkali opened the May 5 meeting by\n"
    "thanking the Deputy Assistant Secretary for the help of\n"
    "the United States in training the officers of the border\n"
    "posts along the Caspian shore and the northern border."
)
HEADLINES = (
    "Steppeland builds a new hydropower plant on the river\n"
    "Felt carpets of the region added to the list of crafts\n"
    "Consultations on visa questions were held in the capital\n"
    "The capital to host the third International Textile Fair\n"
    "Steppeland and its neighbour discuss civil aviation links"
)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    lines = unwrap(WRAPPED).split("\n")
    assert (
        "1. (SBU) Summary: Chairman of the Border Service (BS) Arman Seitkali told Deputy "
        "Assistant Secretary Jones and the Ambassador that Steppeland wants to widen its work "
        "with the United States against smugglers on the Caspian shore and in the ports. "
        "End summary."
    ) in lines
    assert "FM AMEMBASSY STEPPETOWN" in lines  # routing lines stay lines


def test_a_list_of_headlines_is_left_alone() -> None:
    assert unwrap(HEADLINES) == HEADLINES


def test_a_wrapped_cable_gives_its_people_and_day() -> None:
    """Once joined, the title and the name run on in one sentence: the chairman is read with
    his office, and the meeting's day is in the text."""
    doc = clean(WRAPPED)
    assert "Chairman of the Border Service (BS) Arman Seitkali told" in doc.text
    assert "opened the May 5 meeting by thanking" in doc.text
