package com.example.livequiz;

import io.agora.AgoraAPIOnlySignal;

final class RoomSettings {
    private RoomSettings() {}

    /** Quiz rooms have thousands of players: switch off per-user join/leave events. */
    static void makeQuiet(AgoraAPIOnlySignal api, String room) {
        api.invoke("io.agora.signal.channel_set_attr", "{\"channel\":\"" + room + "\",\"name\":\"_userNotification\",\"value\":\"0\"}", "quiet-" + room);
    }

    static void setTitle(AgoraAPIOnlySignal api, String room, String title) {
        api.channelSetAttr(room, "title", title);
    }
}
