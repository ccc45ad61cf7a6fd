import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create an admin account without a prompt, from DJANGO_SUPERUSER_USERNAME, "
        "DJANGO_SUPERUSER_EMAIL and DJANGO_SUPERUSER_PASSWORD (a password is generated and "
        "printed when none is given). Does nothing when the account exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", help="Default: $DJANGO_SUPERUSER_USERNAME or admin.")
        parser.add_argument("--email", help="Default: $DJANGO_SUPERUSER_EMAIL or empty.")

    def handle(self, *args, username=None, email=None, **options):
        username = username or os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        email = email or os.environ.get("DJANGO_SUPERUSER_EMAIL") or ""
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Superuser {username!r} already exists; nothing changed.")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(self.style.SUCCESS(f"Superuser {username!r} created."))
        if generated:
            # Printed once, and kept beside the generated secret key for development.
            state = settings.BASE_DIR / ".state"
            state.mkdir(exist_ok=True)
            (state / "admin_password").write_text(password + "\n")
            self.stdout.write(f"Password: {password}  (also in .state/admin_password)")
