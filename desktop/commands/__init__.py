"""Undoable edits: each command calls the catalogue's services on the single writer thread.

See `desktop.commands.base` for how commands, the undo stack and the writer work together.
"""

from desktop.commands.base import Change, Edits
from desktop.commands.claims import (
    AcceptClaims,
    AddClaim,
    DeleteClaim,
    DeleteClaims,
    EditClaim,
    SetFlagStatus,
)
from desktop.commands.links import LinkNewPerson, LinkPerson, UnlinkPerson
from desktop.commands.pages import AutoDeskew, EditDocument, ProposeClaims, SetProcessing
from desktop.commands.persons import AddPerson, DeletePerson, EditPerson
from desktop.commands.records import AddRecord
from desktop.commands.tags import TagDocument, UntagDocument

__all__ = [
    "AcceptClaims",
    "AddClaim",
    "AddPerson",
    "AddRecord",
    "AutoDeskew",
    "Change",
    "DeleteClaim",
    "DeleteClaims",
    "DeletePerson",
    "EditClaim",
    "EditDocument",
    "EditPerson",
    "Edits",
    "LinkNewPerson",
    "LinkPerson",
    "ProposeClaims",
    "SetFlagStatus",
    "SetProcessing",
    "TagDocument",
    "UnlinkPerson",
    "UntagDocument",
]
