"""Admin permissions shared by the apps: records that only the product's flows create."""


class NoAddMixin:
    """For records only the product's flows create."""

    def has_add_permission(self, request, obj=None):
        return False


class ReadOnlyMixin(NoAddMixin):
    """Staff read these and never change or delete them."""

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyInlineMixin(ReadOnlyMixin):
    can_delete = False
    extra = 0
