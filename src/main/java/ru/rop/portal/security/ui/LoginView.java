package ru.rop.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for owners and HR. Candidates never come here: they use their invitation link. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 name = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Paragraph help = new Paragraph();

    public LoginView() {
        addClassName("rop-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Span mark = new Span("РОП");
        mark.addClassName("rop-brand-mark");
        Div brand = new Div(mark, name, tagline);
        brand.addClassName("rop-login-brand");
        help.addClassName("rop-login-help");
        Div card = new Div(brand, form, help);
        card.addClassName("rop-login-card");
        add(card);
    }

    /**
     * One message for every failure (wrong password, unknown e-mail, locked, disabled, throttled address): a
     * different one would tell a stranger which e-mails have accounts here.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        name.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        help.setText(getTranslation("login.help"));
        form.setI18n(i18n());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
