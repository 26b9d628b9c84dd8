package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.rop.portal.common.UserFacingException;

class PasswordsTest {

    @ParameterizedTest
    @CsvSource({
            "qwertyuiop123, password.weak.common",
            "asdfghjkl;'zx, password.weak.keyboard",
            "abcdefghijklm, password.weak.sequence",
            "abcabcabcabc1, password.weak.repeat",
            "sunshine1998!, password.weak.common"})
    void guessablePasswordsAreRefusedWithTheEstimatorsHint(String password, String key) {
        assertThatThrownBy(() -> Passwords.check(password)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Velvet-Harbour-Lantern", "Новый-пароль-2026", "Owner-Test-Pass-2026",
            "correct horse battery staple"})
    void hardToGuessPasswordsPass(String password) {
        assertThatCode(() -> Passwords.check(password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"marina.sokolova", "Марина Соколова"})
    void theAccountsOwnWordsDoNotMakeAPassword(String personal) {
        assertThatThrownBy(() -> Passwords.check("sokolovamarina", personal, "marina.sokolova@company.ru"))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").asString()
                .startsWith("password.weak");
    }

    @RepeatedTest(20)
    void generatedPasswordsAlwaysPass() {
        assertThatCode(() -> Passwords.check(Passwords.generate())).doesNotThrowAnyException();
    }
}
