package io.vigil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsALongUncommonPasswordWithoutTheUsername() {
        assertThat(policy.violations("alice", "correct-horse-battery-9")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.violations("alice", "Sh0rt-pass!")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(policy.violations("alice", "Twelve-chars")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesSoChinesePassphrasesAreMeasuredFairly() {
        assertThat(policy.violations("alice", "我的密码是一个很长的句子啊")).isEmpty();
    }

    @Test
    void refusesAPasswordContainingTheUsernameWhateverTheCase() {
        assertThat(policy.violations("Alice", "my-ALICE-password-2026")).containsExactly(PasswordPolicy.CONTAINS_USERNAME);
        assertThat(policy.violations("alice.wong", "alice.wong")).contains(PasswordPolicy.CONTAINS_USERNAME,
                PasswordPolicy.TOO_SHORT);
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertThat(policy.violations("alice", "password123456")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.violations("alice", "QwertyUiop123")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.violations("alice", "123456789012")).containsExactly(PasswordPolicy.COMMON);
    }

    @Test
    void shipsAListOfSeveralThousandCommonPasswords() {
        assertThat(policy.size()).isGreaterThan(2000);
    }

    @Test
    void aCustomListIsHonoured() {
        PasswordPolicy custom = new PasswordPolicy(Set.of("vigilvigilvigil"));
        assertThat(custom.violations("bob", "VIGILvigilVIGIL")).containsExactly(PasswordPolicy.COMMON);
    }

    @Test
    void checkThrowsAProblemNamingTheFirstBrokenRule() {
        assertThatThrownBy(() -> policy.check("alice", "short"))
                .isInstanceOf(PasswordPolicyException.class)
                .hasMessage(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void nullPasswordIsRefusedNotAnError() {
        assertThat(policy.violations("alice", null)).contains(PasswordPolicy.TOO_SHORT);
    }
}
