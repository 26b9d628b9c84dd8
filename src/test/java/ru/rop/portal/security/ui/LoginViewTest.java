package ru.rop.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rop.portal.ViewTest;

class LoginViewTest extends ViewTest {

    @Test
    void theSignInFormSpeaksRussian() {
        LoginView view = navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(i18n(form)).contains("\"username\":\"Электронная почта\"", "\"submit\":\"Войти\"");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("Вход — РОП-портал");
    }

    @Test
    void anEnglishBrowserGetsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        assertThat(i18n(find(LoginForm.class).single())).contains("\"submit\":\"Sign in\"");
    }

    @Test
    void aFailedSignInShowsOneMessageWhateverTheReason() {
        // Locked, disabled, throttled or a wrong password: a stranger must not learn which e-mails have accounts.
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getElement().getProperty("error", false)).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Не удалось войти\"")
                .contains("Неверный e-mail или пароль, либо вход временно ограничен")
                .doesNotContain("заблокирован").doesNotContain("отключ");
    }

    /** The texts the browser receives: LoginForm keeps its i18n as a JSON element property. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
