package io.agora.signal;

import org.apache.commons.codec.digest.DigestUtils;

/** Legacy messaging token: 1:appId:expiredTime:md5(account + appId + appCertificate + expiredTime). */
public final class SignalingToken {
    private SignalingToken() {}

    public static String getToken(String appId, String certificate, String account, int expiredTsInSeconds) {
        String sign = DigestUtils.md5Hex(account + appId + certificate + expiredTsInSeconds);
        return "1:" + appId + ":" + expiredTsInSeconds + ":" + sign;
    }
}
