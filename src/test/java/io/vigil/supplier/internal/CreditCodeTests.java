package io.vigil.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    /** The GB 32100-2015 check character, written independently of the class under test. */
    static String withCheck(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + alphabet.charAt(check == 31 ? 0 : check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91110000100000000", "92440300MA5F00000", "11100000000013127",
            "51310000MJ4967221", "Y1440300MA5DA1B2C"})
    void codesWithTheComputedCheckCharacterAreValid(String first17) {
        String code = withCheck(first17);

        assertThat(CreditCode.check(code)).isEmpty();
        assertThat(CreditCode.isValid(code.toLowerCase())).as("lower case is normalised").isTrue();
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(code.charAt(17));
    }

    @Test
    void aPublishedRealCodeIsValid() {
        // the example code printed in GB 32100-2015 material
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRejectedAsSuch() {
        String valid = withCheck("91350100M000100Y4");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';

        assertThat(CreditCode.check(valid.substring(0, 17) + wrong)).contains(CreditCode.Problem.CHECK);
    }

    @Test
    void aChangedDigitIsCaughtByTheCheckCharacter() {
        String valid = withCheck("91110000100000000");
        String tampered = "91110000100000001" + valid.charAt(17);

        assertThat(CreditCode.check(tampered)).contains(CreditCode.Problem.CHECK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9135010", "91350100M000100Y4", "91350100M000100Y431"})
    void codesOfTheWrongLengthAreRejected(String code) {
        assertThat(CreditCode.check(code)).contains(CreditCode.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "9135010-M000100Y43"})
    void lettersOutsideTheAlphabetAreRejected(String code) {
        assertThat(CreditCode.check(code)).contains(CreditCode.Problem.CHARACTER);
    }

    @Test
    void nullIsNotValid() {
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
