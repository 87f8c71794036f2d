package com.example.bubbles;

import android.content.Context;
import android.graphics.Canvas;
import android.graphics.Paint;
import android.util.AttributeSet;
import android.view.View;

public class AvatarView extends View {
    private final Paint mPaint = new Paint(Paint.ANTI_ALIAS_FLAG);
    private String mInitials = "";

    public AvatarView(Context context, AttributeSet attrs) {
        super(context, attrs);
        setBackground(null);
        mPaint.setTextAlign(Paint.Align.CENTER);
    }

    public void setInitials(String initials) {
        mInitials = initials;
        invalidate();
    }

    @Override
    protected void onDraw(Canvas canvas) {
        super.onDraw(canvas);
        canvas.drawText(mInitials, getWidth() / 2f, getHeight() / 2f, mPaint);
    }
}
