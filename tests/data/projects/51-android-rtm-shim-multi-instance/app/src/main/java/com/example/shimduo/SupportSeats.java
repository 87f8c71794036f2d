package com.example.shimduo;

import android.content.Context;

import io.agora.AgoraAPIOnlySignal;

final class SupportSeats {
    private SupportSeats() {}

    static void parkSecondSeat(Context context, String appId) {
        AgoraAPIOnlySignal.createAgoraSDKInstance(context, appId).setBackground(1);
    }
}
