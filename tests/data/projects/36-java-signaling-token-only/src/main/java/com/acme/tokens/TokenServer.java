package com.acme.tokens;

import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import io.agora.signal.SignalingToken;

public final class TokenServer {
    public static void main(String[] args) throws Exception {
        final String appId = System.getenv("APP_ID");
        final String certificate = System.getenv("APP_CERTIFICATE");
        HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
        server.createContext("/token", exchange -> {
            String account = exchange.getRequestURI().getQuery().replace("account=", "");
            int expires = (int) (System.currentTimeMillis() / 1000) + 3600;
            byte[] body = SignalingToken.getToken(appId, certificate, account, expires).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
