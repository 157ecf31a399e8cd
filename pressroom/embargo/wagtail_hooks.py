from django.forms import modelform_factory
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import PreviewLinkForm
from .models import PreviewLink


class PreviewLinkCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class PreviewLinkViewSet(ModelViewSet):
    model = PreviewLink
    icon = "link"
    menu_label = _("Embargo preview links")
    add_to_admin_menu = True
    menu_order = 350
    add_view_class = PreviewLinkCreateView
    form_fields = [
        "release",
        "journalist",
        "media_outlet",
        "email",
        "language",
        "expires_at",
        "revoked",
    ]
    list_display = [
        "journalist",
        "media_outlet",
        "release",
        "expires_at",
        "revoked",
        "use_count",
        "path",
    ]
    list_filter = ["revoked"]
    search_fields = ["journalist", "media_outlet", "email"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=PreviewLinkForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )


@hooks.register("register_admin_viewset")
def register_preview_link_viewset():
    return PreviewLinkViewSet("embargo_preview_links")
