"""Registering for assemblies: places are given in order until the capacity is reached, the
rest wait and move up when someone cancels. The assembly row is locked while a place is
decided so concurrent sign-ups can never overbook."""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.refusals import Refusal

from .models import AssemblyPage, Registration

CANCEL_SALT = "network.registration.cancel"
CONFIRM_SALT = "network.registration.confirm"


class RegistrationError(Refusal):
    """A registration that cannot be made; the message is shown to the person."""


def make_token(registration, salt):
    """A signed token naming one registration; useless for any other."""
    return signing.dumps([registration.pk, registration.secret], salt=salt, compress=True)


def registration_from_token(token, salt):
    """The registration a token was made for, or None if it was tampered with or is unknown."""
    try:
        pk, secret = signing.loads(token, salt=salt)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return (
        Registration.objects.select_related("assembly", "user").filter(pk=pk, secret=secret).first()
    )


def _lock_assembly(assembly):
    """Lock the assembly's row until the transaction ends: one place decision at a time."""
    return (
        AssemblyPage.objects.select_for_update(of=("self",))
        .only("pk", "capacity", "end")
        .get(pk=assembly.pk)
    )


def _place_status(assembly):
    """CONFIRMED while places remain, otherwise WAITLISTED. Call with the assembly locked."""
    if assembly.capacity is None:
        return Registration.Status.CONFIRMED
    taken = assembly.registrations.filter(status=Registration.Status.CONFIRMED).count()
    if taken < assembly.capacity:
        return Registration.Status.CONFIRMED
    return Registration.Status.WAITLISTED


def _check_open(assembly):
    if assembly.end <= timezone.now():
        raise RegistrationError(_("This assembly has already taken place."))


def _active_registration(assembly, email):
    return (
        assembly.registrations.filter(email=email)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )


def register(assembly, *, name, email, language, user=None):
    """Register a person for an assembly (its source page). A member gets a place or a spot on
    the waiting list at once; a guest first confirms their email address. A guest giving an
    address that is already registered is answered as any other guest, and the address is
    told by email where its registration stands: the page must not reveal who registered."""
    assembly = assembly.source_page()
    _check_open(assembly)
    email = email.strip().lower()
    registration = None
    try:
        with transaction.atomic():
            locked = _lock_assembly(assembly)
            existing = _active_registration(locked, email)
            if existing is None:
                status = _place_status(locked) if user else Registration.Status.UNCONFIRMED
                registration = Registration.objects.create(
                    assembly=assembly,
                    user=user,
                    name=name,
                    email=email,
                    language=language,
                    status=status,
                    confirmed_at=timezone.now() if user else None,
                )
    except IntegrityError:
        # Someone registered the same address in the meantime.
        existing = _active_registration(assembly, email)
    if registration is not None:
        _notify(registration)
        return registration
    if user is not None or existing is None:
        raise RegistrationError(_("This email address is already registered."))
    _notify(existing, again=True)
    return existing


def confirm(registration):
    """A guest confirmed their email address: give them a place or a spot in the queue."""
    if registration.status != Registration.Status.UNCONFIRMED:
        return registration
    _check_open(registration.assembly)
    with transaction.atomic():
        locked = _lock_assembly(registration.assembly)
        registration.status = _place_status(locked)
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
    _notify(registration)
    return registration


def registration_of(assembly, user):
    """The member's registration for `assembly` (its source page) that still counts, or None."""
    if not user.is_authenticated:
        return None
    return (
        Registration.objects.filter(assembly=assembly, user=user)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )


def cancel_mine(assembly, user):
    """A member gives up their own registration for `assembly` on the site; whoever waited
    first moves up. Returns the cancelled registration."""
    registration = registration_of(assembly.source_page(), user)
    if registration is None:
        raise RegistrationError(_("You are not registered for this assembly."))
    _check_open(registration.assembly)
    cancel(registration)
    return registration


def cancel(registration):
    """Give up a place (or a spot in the queue); the first person waiting moves up. A
    registration already cancelled changes nothing."""
    with transaction.atomic():
        locked = _lock_assembly(registration.assembly)
        # Read under the lock, not from the copy given: a second cancel racing this one (or
        # from an older copy) must not free the place twice.
        registration.refresh_from_db(fields=["status"])
        if registration.status == Registration.Status.CANCELLED:
            return None
        freed_place = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if freed_place:
            promoted = (
                locked.registrations.filter(status=Registration.Status.WAITLISTED)
                .order_by("confirmed_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
    if promoted is not None:
        _notify(promoted, moved_up=True)
    return promoted


def _notify(registration, moved_up=False, again=False):
    from .notifications import send_registration_email

    send_registration_email(registration, moved_up, again)
