package ru.rop.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import ru.rop.portal.IntegrationTest;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void russianBrowser() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(ru.rop.portal.common.AppI18NProvider.RUSSIAN);
    }

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
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(LoginView.class);
        assertThat(i18n(find(LoginForm.class).single())).contains("\"submit\":\"Sign in\"");
    }

    @Test
    void aFailedSignInShowsTheReason() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getElement().getProperty("error", false)).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Неверный e-mail или пароль\"");
    }

    /** The texts the browser receives: LoginForm keeps its i18n as a JSON element property. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
