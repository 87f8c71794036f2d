package com.example.bubbles;

import android.support.v4.content.ContextCompat;
import android.support.v7.widget.RecyclerView;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import java.util.ArrayList;
import java.util.List;

public class MessageAdapter extends RecyclerView.Adapter<MessageAdapter.Holder> {
    private final List<String[]> mItems = new ArrayList<>();
    private final String mMe;

    public MessageAdapter(String me) {
        mMe = me;
    }

    public void add(String account, String text) {
        mItems.add(new String[] {account, text});
        notifyItemInserted(mItems.size() - 1);
    }

    @Override
    public Holder onCreateViewHolder(ViewGroup parent, int viewType) {
        return new Holder(LayoutInflater.from(parent.getContext()).inflate(R.layout.item_message, parent, false));
    }

    @Override
    public void onBindViewHolder(Holder holder, int position) {
        String[] item = mItems.get(position);
        boolean mine = mMe.equals(item[0]);
        holder.text.setText(item[1]);
        holder.bubble.setBackground(ContextCompat.getDrawable(holder.itemView.getContext(),
                mine ? R.drawable.bubble_mine : R.drawable.bubble_theirs));
    }

    @Override
    public int getItemCount() {
        return mItems.size();
    }

    static class Holder extends RecyclerView.ViewHolder {
        final View bubble;
        final TextView text;

        Holder(View itemView) {
            super(itemView);
            bubble = itemView.findViewById(R.id.bubble);
            text = itemView.findViewById(R.id.text);
        }
    }
}
