package io.vigil.supplier.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority, entity
 * type, administrative division, organisation code, and a check character computed over the first
 * 17 characters with weights 3^i mod 31 on the 31-character alphabet (no I, O, S, V, Z).
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is rejected; each is a message key suffix. */
    public enum Problem {
        LENGTH, CHARACTER, CHECK
    }

    private CreditCode() {
    }

    /** Upper-cased and stripped, the form codes are stored and compared in. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Empty when the (normalised) code is valid, otherwise the first problem found. */
    public static Optional<Problem> check(String code) {
        String normalized = normalize(code);
        if (normalized == null || normalized.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        return checkCharacter(normalized.substring(0, 17)) == normalized.charAt(17)
                ? Optional.empty() : Optional.of(Problem.CHECK);
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The check character for the first 17 characters: 31 − (Σ value × weight mod 31), where 31 means 0. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the credit-code alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
