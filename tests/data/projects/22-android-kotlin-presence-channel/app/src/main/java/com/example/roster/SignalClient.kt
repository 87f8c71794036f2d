package com.example.roster

import android.content.Context
import io.agora.AgoraAPI
import io.agora.AgoraAPIOnlySignal

private const val LOBBY_EVENTS = "_agora_channel_event"

class SignalClient(context: Context, private val appId: String) {
    val api: AgoraAPIOnlySignal = AgoraAPIOnlySignal.getInstance(context, appId)

    var onUserOnline: ((String, Boolean) -> Unit)? = null

    fun login(account: String, token: String) {
        api.callbackSet(object : AgoraAPI.CallBack() {
            override fun onLoginSuccess(uid: Int, fd: Int) {
                watchOnlineUsers()
                watchLobby()
            }

            override fun onMessageChannelReceive(channelID: String, account: String, uid: Int, msg: String) {
                onUserOnline?.invoke(account, msg.contains("online"))
            }
        })
        api.login2(appId, account, token, 0, "", 30, 3)
    }

    private fun watchOnlineUsers() {
        api.channelJoin("__agora_user_online")
    }

    private fun watchLobby() {
        api.channelJoin(LOBBY_EVENTS)
    }
}
