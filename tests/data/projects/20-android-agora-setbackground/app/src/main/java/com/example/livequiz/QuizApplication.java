package com.example.livequiz;

import android.app.Activity;
import android.app.Application;
import android.os.Bundle;

public class QuizApplication extends Application implements Application.ActivityLifecycleCallbacks {
    private SignalService mSignal;
    private int mStarted;

    @Override
    public void onCreate() {
        super.onCreate();
        mSignal = new SignalService(this, getString(R.string.agora_app_id));
        registerActivityLifecycleCallbacks(this);
    }

    public SignalService signal() {
        return mSignal;
    }

    @Override public void onActivityStarted(Activity a) { if (mStarted++ == 0) mSignal.onAppForeground(); }
    @Override public void onActivityStopped(Activity a) { if (--mStarted == 0) mSignal.onAppBackground(); }
    @Override public void onActivityCreated(Activity a, Bundle b) {}
    @Override public void onActivityResumed(Activity a) {}
    @Override public void onActivityPaused(Activity a) {}
    @Override public void onActivitySaveInstanceState(Activity a, Bundle b) {}
    @Override public void onActivityDestroyed(Activity a) {}
}
