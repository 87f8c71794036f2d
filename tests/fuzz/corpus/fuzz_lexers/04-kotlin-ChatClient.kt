package com.example.rtmchat

import android.content.Context
import io.agora.rtm.ErrorInfo
import io.agora.rtm.ResultCallback
import io.agora.rtm.RtmClient
import io.agora.rtm.RtmClientListener
import io.agora.rtm.RtmMessage

// Migrated from Signaling in 2020: messageInstantSend() -> sendMessageToPeer(),
// channelJoin("__agora_user_online") -> the RTM user events REST API on our server.
class ChatClient(context: Context, appId: String, private val onText: (String, String) -> Unit) {
    private val client: RtmClient = RtmClient.createInstance(context, appId, object : RtmClientListener {
        override fun onConnectionStateChanged(state: Int, reason: Int) {}
        override fun onMessageReceived(message: RtmMessage, peerId: String) = onText(peerId, message.text)
        override fun onTokenExpired() {}
        override fun onPeersOnlineStatusChanged(status: MutableMap<String, Int>?) {}
    })

    fun login(token: String, userId: String, done: (Boolean) -> Unit) {
        client.login(token, userId, object : ResultCallback<Void> {
            override fun onSuccess(v: Void?) = done(true)
            override fun onFailure(e: ErrorInfo) = done(false)
        })
    }

    fun send(peerId: String, text: String) {
        val message = client.createMessage(text)
        client.sendMessageToPeer(peerId, message, null)
    }
}
