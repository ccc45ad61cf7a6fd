"""The addresses reports were published at, read from a list given with the files
(``import_reports --addresses list.csv``): a report's address is stored with it, shown as its
source, and helps date the meeting (a path such as ``/2015/06/08/`` gives the year a day and
month without one need).

The list is CSV with a header naming a ``file`` and a ``url`` column; a file is named by its
path, relative to the list's own folder or absolute. The whole list is checked before anything
is imported: a list that cannot be read, lacks a column, names a file twice with different
addresses or gives an address that is not http(s) stops the import with the line at fault.
"""

from __future__ import annotations

import csv
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .reading import printable_name

MAX_URL_LENGTH = 1000  # SourceDocument.url
_valid_url = URLValidator(schemes=["http", "https"])


class AddressListError(ValueError):
    """The list of addresses cannot be used; the message says why and where."""


def read_address_list(list_path: Path) -> dict[Path, str]:
    """Each listed file's resolved path -> its address."""
    shown = printable_name(list_path)
    try:
        with list_path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise AddressListError(f"cannot read the list of addresses {shown}: {exc}") from exc
    if not rows:
        raise AddressListError(f"the list of addresses {shown} is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    if "file" not in header or "url" not in header:
        raise AddressListError(
            f"the list of addresses {shown} needs a header line naming a 'file' and a 'url' "
            f"column; its first line is {','.join(rows[0])!r}"
        )
    file_at, url_at = header.index("file"), header.index("url")
    folder = list_path.parent
    addresses: dict[Path, str] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(file_at, url_at):
            raise AddressListError(f"{shown}, line {line}: a file and a url are both needed")
        name, url = row[file_at].strip(), row[url_at].strip()
        if not name:
            raise AddressListError(f"{shown}, line {line}: no file named")
        if len(url) > MAX_URL_LENGTH:
            raise AddressListError(
                f"{shown}, line {line}: the address is longer than {MAX_URL_LENGTH} characters"
            )
        try:
            _valid_url(url)
        except ValidationError:
            raise AddressListError(
                f"{shown}, line {line}: {url!r} is not an http or https address"
            ) from None
        path = (folder / name).resolve()
        if addresses.get(path, url) != url:
            raise AddressListError(
                f"{shown}, line {line}: {name} is listed twice with different addresses"
            )
        addresses[path] = url
    return addresses
