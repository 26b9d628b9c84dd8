package ru.rop.portal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.security.TestAccounts;

/** A browserless view test in a Russian browser, with real accounts to sign in as. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestAccounts accounts;

    @BeforeEach
    void russianBrowser() {
        UI.getCurrent().setLocale(AppI18NProvider.RUSSIAN);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }
}
