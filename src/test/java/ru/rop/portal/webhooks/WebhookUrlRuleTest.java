package ru.rop.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.rop.portal.common.UserFacingException;

class WebhookUrlRuleTest {

    private static WebhookUrlRule rule(boolean allowPrivate) {
        Duration any = Duration.ofSeconds(1);
        return new WebhookUrlRule(new WebhookProperties(allowPrivate, any, any, any, any, any, any, any, any, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "https://10.1.2.3/",
            "https://172.16.5.4/", "https://172.31.255.254/", "http://192.168.1.10/crm", "http://169.254.169.254/latest",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/", "http://2130706433/"})
    void privateLoopbackAndLinkLocalTargetsAreRefused(String url) {
        assertThatThrownBy(() -> rule(false).check(url)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("webhooks.url.private");
        assertThat(rule(true).check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks/rop", "http://8.8.8.8:8080/x?y=1", "https://[2a00:1450:4010::64]/"})
    void publicAddressesAreAccepted(String url) {
        assertThat(rule(false).check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ftp://93.184.215.14/", "file:///etc/passwd", "gopher://8.8.8.8/",
            "https://user:secret@8.8.8.8/", "https:///nohost", "not a url", "//8.8.8.8/", "https://8.8.8.8/#x"})
    void onlyHttpAndHttpsWithAHostAndWithoutCredentials(String url) {
        assertThatThrownBy(() -> rule(true).check(url)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isIn("webhooks.url.invalid", "webhooks.url.required");
    }
}
