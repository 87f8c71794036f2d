package com.example.sigchat;

import android.content.Intent;
import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import android.widget.EditText;
import android.widget.TextView;
import android.widget.Toast;

import io.agora.AgoraAPI;

public class LoginActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        final EditText account = findViewById(R.id.account);
        ((TextView) findViewById(R.id.version)).setText(AgoraSignalManager.get(this).versionName());

        AgoraSignalManager.get(this).setCallback(new AgoraAPI.CallBack() {
            @Override
            public void onLoginSuccess(int uid, int fd) {
                startActivity(new Intent(LoginActivity.this, ChatActivity.class)
                        .putExtra("name", "lobby").putExtra("isChannel", true));
            }

            @Override
            public void onLoginFailed(final int ecode) {
                runOnUiThread(() -> Toast.makeText(LoginActivity.this, "login failed " + ecode, Toast.LENGTH_SHORT).show());
            }
        });
        findViewById(R.id.login).setOnClickListener(v ->
                AgoraSignalManager.get(this).login(account.getText().toString()));
    }
}
