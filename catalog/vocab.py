"""Closed vocabularies of the catalogue: the kinds of claims, documents, links and flags.

The values are the strings used in the database and in the interchange format, so they must
never be renamed; a new kind is added at the end of its enum.
"""

from __future__ import annotations

from enum import StrEnum


class ClaimKind(StrEnum):
    BIRTH = "birth"
    ARREST = "arrest"
    SENTENCE = "sentence"
    EXECUTION = "execution"
    DEATH = "death"
    BURIAL = "burial"
    RELEASE = "release"
    REHABILITATION = "rehabilitation"
    REHABILITATION_REFUSED = "rehabilitation_refused"
    REHABILITATION_REVOKED = "rehabilitation_revoked"
    OTHER = "other"
    # Exile and deportation: "ссылка", "высылка", "спецпоселение", "трудармия".
    EXILE = "exile"
    DEPORTATION = "deportation"
    SPECIAL_SETTLEMENT = "special_settlement"
    LABOUR_ARMY = "labour_army"


class DocumentKind(StrEnum):
    DEATH_CERTIFICATE = "death_certificate"
    DEATH_NOTICE = "death_notice"
    REHABILITATION_CERTIFICATE = "rehabilitation_certificate"
    ARCHIVAL_REPLY = "archival_reply"
    PROTOCOL_EXTRACT = "protocol_extract"
    SENTENCE = "sentence"
    LETTER = "letter"
    PHOTO = "photo"
    OTHER = "other"


class LinkRole(StrEnum):
    """How a document concerns a person."""

    SUBJECT = "subject"
    RELATIVE = "relative"
    MENTIONED = "mentioned"
    # The person who asked for the document or received it (a reply «по заявлению дочери»).
    APPLICANT = "applicant"


class RelationKind(StrEnum):
    """Kinship between two persons. For PARENT the first person is the parent of the second;
    SPOUSE and SIBLING are symmetric and stored with the smaller person id first."""

    PARENT = "parent"
    SPOUSE = "spouse"
    SIBLING = "sibling"


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    BEFORE = "before"
    AFTER = "after"
    # Ranges (the date's `end` holds the second point): the event happened once somewhere
    # between the two points ("между 1937 и 1938 г.", "не ранее … не позднее …", a season,
    # a decade; GEDCOM BET … AND …), or it lasted from the first to the second (GEDCOM FROM … TO …).
    BETWEEN = "between"
    PERIOD = "period"


class ClaimStatus(StrEnum):
    """A claim proposed by extraction stays `suggested` until a person accepts it."""

    ACCEPTED = "accepted"
    SUGGESTED = "suggested"


class FlagStatus(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


class FlagOrigin(StrEnum):
    RULE = "rule"
    PERSON = "person"


class TranscriptionOrigin(StrEnum):
    """Where a transcription version came from. Human versions win over engine output."""

    ENGINE = "engine"
    HUMAN = "human"
    IMPORTED = "imported"


def choices(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]
