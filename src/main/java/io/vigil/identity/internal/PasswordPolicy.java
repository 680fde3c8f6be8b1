package io.vigil.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the username nor
 * containing it, and not one of the shipped common passwords (all compared case-insensitively).
 * Answers with message keys so every caller shows the reason in the user's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final String TOO_SHORT = "identity.password.tooShort";
    static final String CONTAINS_USERNAME = "identity.password.containsUsername";
    static final String COMMON = "identity.password.common";
    private static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy(Set<String> commonPasswords) {
        this.common = Set.copyOf(commonPasswords);
    }

    /** The policy with the list shipped in {@code identity/common-passwords.txt}. */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(loadList());
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            broken.add(TOO_SHORT);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            broken.add(CONTAINS_USERNAME);
        }
        if (common.contains(lower)) {
            broken.add(COMMON);
        }
        return broken;
    }

    /** Throws the first violation as a 400 problem naming the password field. */
    public void check(String username, String password) {
        List<String> broken = violations(username, password);
        if (!broken.isEmpty()) {
            throw new PasswordPolicyException(broken.get(0));
        }
    }

    int size() {
        return common.size();
    }

    private static Set<String> loadList() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
