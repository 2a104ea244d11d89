import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


@pytest.fixture
def png_upload():
    def make(name="photo.png"):
        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), (255, 90, 0)).save(buffer, "PNG")
        return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")

    return make
