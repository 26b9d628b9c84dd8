package ru.rop.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c'--", "a@b.c", "a@b", "a..b@mail.ru", ".a@mail.ru", "a@-mail.ru", "a@mail..ru",
            "a b@mail.ru", "a@mail.ru'--", "a@mail.ru;drop", "<a@mail.ru>", "a@@mail.ru", "a@mail.r1",
            "Иван Петров <ivan@mail.ru>"})
    void refusesWhatIsNotAnAddress(String email) {
        assertThatThrownBy(() -> ContactRules.checkedEmail(email)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo("email.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan.petrov@mail.ru", "o'brien@example.com", "user+tag@gmail.com", "hr@company.com.ru",
            "a@xn--e1afmkfd.xn--p1ai", "Anna.HR@Test.Local", "owner@rop.local", "owner@demo.test",
            "privacy@test.example",
            "первый@пример.рф"})
    void acceptsRealAddresses(String email) {
        assertThat(ContactRules.checkedEmail(email)).isEqualTo(ContactRules.normalizeEmail(email));
    }
}
