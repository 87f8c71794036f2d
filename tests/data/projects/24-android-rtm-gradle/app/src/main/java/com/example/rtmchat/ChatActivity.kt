package com.example.rtmchat

import android.os.Bundle
import android.widget.EditText
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import androidx.core.content.ContextCompat

class ChatActivity : AppCompatActivity() {
    private lateinit var chat: ChatClient

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_chat)
        val log = findViewById<TextView>(R.id.log)
        log.setBackground(ContextCompat.getDrawable(this, R.drawable.log_frame))

        chat = ChatClient(this, getString(R.string.agora_app_id)) { from, text ->
            runOnUiThread { log.append("$from: $text\n") }
        }
        chat.login(intent.getStringExtra("token") ?: "", intent.getStringExtra("user") ?: "guest") { ok ->
            if (!ok) finish()
        }
        findViewById<TextView>(R.id.send).setOnClickListener {
            chat.send("support", findViewById<EditText>(R.id.input).text.toString())
        }
    }
}
