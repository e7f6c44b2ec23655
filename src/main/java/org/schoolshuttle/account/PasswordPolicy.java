package org.schoolshuttle.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A password must be at least 10 characters and not one that attackers try first. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // BCrypt reads at most 72 bytes

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param username the account's user name, which the password must not contain
     * @throws InvalidInputException naming the field {@code password} with the rule it breaks
     */
    public void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " bytes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || oneRepeatedCharacter(lower) || straightRun(lower)) {
            throw new InvalidInputException("password", "is too common or too easy to guess; choose another");
        }
        if (username != null && containsName(lower, username)) {
            throw new InvalidInputException("password", "must not contain the user name");
        }
    }

    /** The user name, or for a phone number its digits without the country code. */
    private static boolean containsName(String password, String username) {
        String name = username.toLowerCase(Locale.ROOT).replaceFirst("^\\+86", "").replaceFirst("^\\+", "");
        return name.length() >= 4 && password.contains(name);
    }

    private static boolean oneRepeatedCharacter(String s) {
        return s.chars().distinct().count() == 1;
    }

    /** "abcdefghijk" or "9876543210": every character one step from the previous. */
    private static boolean straightRun(String s) {
        int step = s.charAt(1) - s.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
