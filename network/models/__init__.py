"""Network publishing: news, assemblies (with registrations, proposals and decisions),
the resource library and the contact page. One module per concept."""

from .assemblies import AgendaItemBlock, AssemblyDecision, AssemblyIndexPage, AssemblyPage
from .contact import ContactFormField, ContactPage
from .news import NewsIndexPage, NewsPage
from .participation import Proposal, ProposalSupport, Registration
from .resources import Resource, ResourceLibraryPage

__all__ = [
    "AgendaItemBlock",
    "AssemblyDecision",
    "AssemblyIndexPage",
    "AssemblyPage",
    "ContactFormField",
    "ContactPage",
    "NewsIndexPage",
    "NewsPage",
    "Proposal",
    "ProposalSupport",
    "Registration",
    "Resource",
    "ResourceLibraryPage",
]
