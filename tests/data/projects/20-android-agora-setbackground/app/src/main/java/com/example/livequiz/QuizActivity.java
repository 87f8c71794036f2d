package com.example.livequiz;

import android.os.Bundle;
import android.support.v4.content.ContextCompat;
import android.support.v7.app.AppCompatActivity;
import android.view.View;

public class QuizActivity extends AppCompatActivity {
    private View rootView;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_quiz);
        rootView = findViewById(R.id.quiz_root);
        rootView.setBackground(ContextCompat.getDrawable(this, R.drawable.quiz_gradient));

        QuizApplication app = (QuizApplication) getApplication();
        String room = getIntent().getStringExtra("room");
        app.signal().getAgoraAPI().channelJoin(room);
        RoomSettings.makeQuiet(app.signal().getAgoraAPI(), room);
        RoomSettings.setTitle(app.signal().getAgoraAPI(), room, getString(R.string.quiz_title));
    }
}
