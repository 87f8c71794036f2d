package com.example.roster

import android.os.Bundle
import android.support.v7.app.AppCompatActivity
import android.widget.ArrayAdapter
import android.widget.ListView

class RosterActivity : AppCompatActivity() {
    private lateinit var signal: SignalClient
    private val online = mutableListOf<String>()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_roster)
        val list = findViewById<ListView>(R.id.roster)
        list.setBackground(null)
        val adapter = ArrayAdapter(this, android.R.layout.simple_list_item_1, online)
        list.adapter = adapter

        signal = SignalClient(this, getString(R.string.agora_app_id))
        signal.onUserOnline = { account, isOnline ->
            runOnUiThread {
                if (isOnline) online.add(account) else online.remove(account)
                adapter.notifyDataSetChanged()
            }
        }
        signal.login(intent.getStringExtra("account"), "_no_need_token")
    }
}
