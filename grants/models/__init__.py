"""The small-grants fund: rounds, applications, reviews, decisions, tranches and reports."""

from .applications import Application, Attachment, AuditEntry, BudgetLine
from .decisions import Decision
from .disbursements import Tranche
from .reports import GrantReport
from .reviews import Review, ReviewAssignment, ReviewerProfile
from .rounds import GrantIndexPage, GrantRoundPage

__all__ = [
    "Application",
    "Attachment",
    "AuditEntry",
    "BudgetLine",
    "Decision",
    "GrantIndexPage",
    "GrantReport",
    "GrantRoundPage",
    "Review",
    "ReviewAssignment",
    "ReviewerProfile",
    "Tranche",
]
