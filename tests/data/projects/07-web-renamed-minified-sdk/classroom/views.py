from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Room
from .tokens import signaling_token


@login_required
def room(request, slug):
    room = get_object_or_404(Room, slug=slug)
    return render(request, "room.html", {
        "room": room,
        "agora_app_id": settings.AGORA_APP_ID,
        "signaling_token": signaling_token(request.user.username),
    })
