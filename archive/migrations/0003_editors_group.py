"""The "Editors" group, with exactly the permissions curation needs.

Editors correct every archive record, import reports, merge people and undo merges, and see
the admin history. They get no permission on users, groups, permissions, sessions or content
types, so they cannot manage accounts. Reports (SourceDocument) are evidence: editors may view
and add them (the import does), never rewrite them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Editors"

# (model, actions) for app "archive"; kept in one place so tests compare against it.
EDITOR_PERMISSIONS = {
    "meeting": ["view", "add", "change", "delete"],
    "attendance": ["view", "add", "change", "delete"],
    "meetingcountry": ["view", "add", "change", "delete"],
    "meetingorganization": ["view", "add", "change", "delete"],
    "meetingtopic": ["view", "add", "change", "delete"],
    "participant": ["view", "add", "change", "delete"],
    "participantnamevariant": ["view", "add", "change", "delete"],
    "organization": ["view", "add", "change"],
    "topic": ["view", "add", "change"],
    "country": ["view", "change"],
    "sourcedocument": ["view", "add"],
    "mergelog": ["view", "undo"],
    "reviewdismissal": ["view", "add", "delete"],
}


def codenames() -> list[str]:
    return sorted(
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    )


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); create them
    # now so the group can be given them in the same run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    wanted = codenames()
    permissions = list(
        Permission.objects.filter(content_type__app_label="archive", codename__in=wanted)
    )
    missing = set(wanted) - {p.codename for p in permissions}
    if missing:
        raise RuntimeError(f"permissions missing for the Editors group: {sorted(missing)}")
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0002_editorial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
