package org.schoolshuttle.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 50 bits,
 * easy to read out over the phone. They are stored as a SHA-256 hash rather than BCrypt because the
 * hash must be searchable; a random, short-lived, single-use code needs no slow hash.
 */
final class InvitationCode {

    static final int LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Hash of the code as a driver may type it: case, spaces and dashes do not matter. */
    static String hash(String code) {
        String typed = code.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
