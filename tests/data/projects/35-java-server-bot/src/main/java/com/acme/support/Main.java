package com.acme.support;

public final class Main {
    public static void main(String[] args) throws InterruptedException {
        String appId = System.getenv("AGORA_APP_ID");
        SupportBot bot = new SupportBot(appId);
        bot.start("support-bot", System.getenv().getOrDefault("SIGNALING_TOKEN", "_no_need_token"));
        Thread.currentThread().join();
    }
}
