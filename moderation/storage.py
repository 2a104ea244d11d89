"""Private storage for report screenshots: under MEDIA_ROOT/private/, never given a URL.

Nothing serves MEDIA_ROOT publicly; these files are read only by the staff-only view
`moderation.views.screenshot_file`. The storage has no URL at all, so no template or
admin widget can link to a file directly by mistake.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property

PRIVATE_DIR = "private"


class PrivateStorage(FileSystemStorage):
    def __init__(self):
        super().__init__(base_url=None, file_permissions_mode=0o600)

    @cached_property
    def base_location(self):
        # Read when first used (and again when a test changes MEDIA_ROOT).
        return os.path.join(settings.MEDIA_ROOT, PRIVATE_DIR)

    def url(self, name):
        raise ValueError("Private files have no URL; staff open them through the moderation view.")


private_storage = PrivateStorage()
