"""Accessibility checks with axe-core on the page as the browser shows it."""

from axe_playwright_python.sync_playwright import Axe

SERIOUS = {"serious", "critical"}


def serious_violations(page, exclude=()):
    """axe-core's serious and critical findings on the page, leaving out the `exclude`
    selectors (markup that is not ours, such as Stripe's card element)."""
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    results = Axe().run(page, context=context)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]
