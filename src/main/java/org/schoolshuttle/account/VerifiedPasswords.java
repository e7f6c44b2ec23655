package org.schoolshuttle.account;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords this instance checked against their bcrypt hash a moment ago. The API takes HTTP Basic on every
 * request, and bcrypt at production cost takes a quarter of a second: a driver's phone sending events would
 * wait on it each time. An entry is keyed by the stored hash, so a changed password never matches an old entry,
 * and keeps only a keyed MAC of the password under a key that never leaves this process.
 */
@ApplicationScoped
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 20_000;

    private record Entry(byte[] mac, Instant until) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Duration keep;
    private final Clock clock;

    VerifiedPasswords(AccountsConfig config, Clock clock) {
        new SecureRandom().nextBytes(key);
        this.keep = Duration.ofMinutes(config.verifiedPasswordMinutes());
        this.clock = clock;
    }

    boolean known(String plain, String hash) {
        Entry e;
        synchronized (entries) {
            e = entries.get(hash);
        }
        return e != null && e.until().isAfter(clock.instant()) && MessageDigest.isEqual(e.mac(), mac(plain));
    }

    void remember(String plain, String hash) {
        if (keep.isZero()) {
            return;
        }
        Entry e = new Entry(mac(plain), clock.instant().plus(keep));
        synchronized (entries) {
            entries.put(hash, e);
        }
    }

    private byte[] mac(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
