package ru.rop.portal.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void russianBrowser() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(ru.rop.portal.common.AppI18NProvider.RUSSIAN);
    }

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void ownerSeesEveryMenuEntryInRussian() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Главная", "Модель РОП", "Пользователи", "API-ключи", "Мой профиль");
    }

    @Test
    void hrDoesNotSeeOwnerOnlyEntriesOrSteps() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        HomeView home = navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Главная", "Модель РОП", "Мой профиль");
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Добавьте коллег")
                .contains("Изучите модель РОП");
    }
}
