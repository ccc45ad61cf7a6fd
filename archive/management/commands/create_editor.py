import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# The group migration 0003 creates, with exactly the permissions curation needs.
EDITORS_GROUP = "Editors"


class Command(BaseCommand):
    help = (
        "Create an editor's account: staff (it reaches the admin), in the Editors group (it may "
        "curate, never manage accounts), not a superuser. The password comes from "
        "$DJANGO_EDITOR_PASSWORD, or is generated and printed once. An existing account is put "
        "in the group and made staff; its password is left alone (change it with "
        "`manage.py changepassword NAME`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The editor's user name (letters, digits, @.+-_).")
        parser.add_argument("--email", default="", help="The editor's e-mail address.")

    @transaction.atomic
    def handle(self, *args, username, email, **options):
        User = get_user_model()
        try:
            User.username_validator(username)
        except ValidationError as exc:
            raise CommandError(f"{username!r} is not a valid user name: {exc.messages[0]}") from exc
        group = Group.objects.filter(name=EDITORS_GROUP).first()
        if group is None:
            raise CommandError(
                f"The {EDITORS_GROUP} group is missing: run `manage.py migrate` first."
            )
        user = User.objects.filter(username=username).first()
        if user is not None:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(group)
            self.stdout.write(
                f"Account {username!r} already exists: it is staff and in the {EDITORS_GROUP} "
                "group; its password is unchanged."
            )
            return
        password = os.environ.get("DJANGO_EDITOR_PASSWORD") or ""
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username=username, email=email, password=password)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(f"Editor {username!r} created (staff, {EDITORS_GROUP} group).")
        )
        if generated:
            self.stdout.write(f"Password: {password}  (shown once; the editor may change it)")
