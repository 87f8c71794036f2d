package com.acme.support;

import com.google.gson.Gson;

final class Ticket {
    private static final Gson GSON = new Gson();
    private static int sNext = 1000;

    final int id;
    final String customer;
    final String text;

    private Ticket(int id, String customer, String text) {
        this.id = id;
        this.customer = customer;
        this.text = text;
    }

    static synchronized Ticket open(String customer, String text) {
        return new Ticket(sNext++, customer, text);
    }

    String toJson() {
        return GSON.toJson(this);
    }
}
