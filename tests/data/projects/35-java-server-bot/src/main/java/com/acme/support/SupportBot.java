package com.acme.support;

import io.agora.signal.Signal;
import io.agora.signal.Signal.LoginSession;
import io.agora.signal.Signal.LoginSession.Channel;

public class SupportBot {
    private final Signal sig;
    private LoginSession session;
    private Channel queue;

    public SupportBot(String appId) {
        sig = new Signal(appId);
        sig.setDoLog(false);
    }

    public void start(String account, String token) {
        sig.login(account, token, new Signal.LoginCallback() {
            @Override
            public void onLoginSuccess(final LoginSession s, int uid) {
                session = s;
                queue = s.channelJoin("support-queue", new Signal.ChannelCallback() {
                    @Override
                    public void onMessageChannelReceive(String channel, String account, int uid, String msg) {
                        handle(account, msg);
                    }
                });
            }

            @Override
            public void onLoginFailed(LoginSession s, int ecode) {
                System.err.println("login failed: " + ecode);
            }
        });
    }

    private void handle(String customer, String text) {
        Ticket ticket = Ticket.open(customer, text);
        session.messageInstantSend(customer, ticket.toJson(), new Signal.MessageCallback() {
            @Override
            public void onMessageSendSuccess(LoginSession s) {
                queue.messageChannelSend("ticket " + ticket.id + " opened for " + customer);
            }
        });
    }
}
