"""What the fund's donations hold about a person (matched by their addresses), for their
data export, and what leaves with their account: the donor's name and address. The fund keeps
every amount."""

from wagtail import hooks

from members.personal_data import addressed_to, deleted_address

from .models import Donation, MonthlyGift


def _gifts(model, user):
    return model.objects.filter(addressed_to(user, "donor_email"))


@hooks.register("member_data_export")
def donations_data(user):
    """The person's gifts to the fund and their monthly gifts."""
    return {
        "donations": [
            {
                "amount": str(gift.amount),
                "currency": gift.currency,
                "refunded": str(gift.amount_refunded),
                "frequency": gift.frequency,
                "status": gift.status,
                "name": gift.donor_name,
                "email": gift.donor_email,
                "received_at": gift.received_at.isoformat() if gift.received_at else None,
            }
            for gift in _gifts(Donation, user).order_by("created_at")
        ],
        "monthly_gifts": [
            {
                "amount": str(gift.amount),
                "currency": gift.currency,
                "status": gift.status,
                "started_at": gift.created_at.isoformat(),
            }
            for gift in _gifts(MonthlyGift, user).order_by("created_at")
        ],
    }


@hooks.register("member_data_erase")
def forget_donor(user):
    """The gifts stay in the fund's books without the donor's name or address."""
    for model in (Donation, MonthlyGift):
        _gifts(model, user).update(donor_name="", donor_email=deleted_address(user))
