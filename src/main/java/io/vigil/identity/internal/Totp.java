package io.vigil.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits), the variant every
 * authenticator app understands. A code is accepted one step either side to allow for clock drift.
 */
public final class Totp {

    private static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret, base32-encoded as authenticator apps expect. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    public static boolean verify(String base32Secret, String code, Instant now) {
        return matchingStep(base32Secret, code, now).isPresent();
    }

    /** The time step whose code {@code code} is, within one step of {@code now}; empty when none. */
    public static java.util.OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        if (base32Secret == null || code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
            return java.util.OptionalLong.empty();
        }
        long step = now.getEpochSecond() / STEP_SECONDS;
        byte[] given = code.trim().getBytes();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (MessageDigest.isEqual(given, codeAt(base32Secret, candidate).getBytes())) {
                return java.util.OptionalLong.of(candidate);
            }
        }
        return java.util.OptionalLong.empty();
    }

    public static String codeAt(String base32Secret, Instant time) {
        return codeAt(base32Secret, time.getEpochSecond() / STEP_SECONDS);
    }

    static String codeAt(String base32Secret, long step) {
        return generate(unbase32(base32Secret), step, "HmacSHA1");
    }

    static String generate(byte[] key, long step, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, DIGITS);
            return String.format("%0" + DIGITS + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    public static String otpAuthUri(String issuer, String account, String secret) {
        String label = java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] unbase32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) ((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }
        return out.array();
    }
}
