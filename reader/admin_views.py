"""The hand-out of a list for a visitor: its short link, the QR code and a link to the printable list."""

from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from pages.posters import qr_svg
from reader import services
from reader.models import CounterList


def handout(request, pk: int):
    services.require_can_manage_counter_lists(request.user)
    counter_list = get_object_or_404(CounterList, pk=pk)
    link = request.build_absolute_uri(counter_list.get_absolute_url())
    qr = qr_svg(link).decode()
    qr = qr[qr.index("<svg"):]  # inline, without the XML declaration; made by qrcode from the link only
    return render(request, "reader/admin/handout.html",
                  {"counter_list": counter_list, "link": link, "qr": mark_safe(qr)})  # noqa: S308
