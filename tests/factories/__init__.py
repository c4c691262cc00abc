"""The test factories, one module per app; each factory is defined once and exported here."""

from .core import TopicFactory, translate_topic
from .funding import DonationFactory, fund_staff
from .grants import (
    GrantIndexPageFactory,
    GrantRoundPageFactory,
    accepted_final_report,
    approve,
    confirmed_reviewer,
    grants_index,
    make_application,
    make_round,
    plan_tranche,
    set_status,
    submitted_review,
)
from .home import HomePageFactory, StandardPageFactory
from .members import (
    PASSWORD,
    TOTP_SECRET,
    CoordinatorFactory,
    FacilitatorProfileFactory,
    HubFactory,
    InvitationFactory,
    MembershipFactory,
    UserFactory,
    enrol_totp,
    member_of,
)
from .network import (
    AssemblyIndexPageFactory,
    AssemblyPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProposalFactory,
    build_sections,
)
from .pages import PublishedPageFactory, translate_page

__all__ = [
    "PASSWORD",
    "TOTP_SECRET",
    "AssemblyIndexPageFactory",
    "AssemblyPageFactory",
    "CoordinatorFactory",
    "DonationFactory",
    "FacilitatorProfileFactory",
    "GrantIndexPageFactory",
    "GrantRoundPageFactory",
    "HomePageFactory",
    "HubFactory",
    "InvitationFactory",
    "MembershipFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "ProposalFactory",
    "PublishedPageFactory",
    "StandardPageFactory",
    "TopicFactory",
    "UserFactory",
    "accepted_final_report",
    "approve",
    "build_sections",
    "confirmed_reviewer",
    "enrol_totp",
    "fund_staff",
    "grants_index",
    "make_application",
    "make_round",
    "member_of",
    "plan_tranche",
    "set_status",
    "submitted_review",
    "translate_page",
    "translate_topic",
]
