package ru.rop.portal.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import ru.rop.portal.ViewTest;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

class MainLayoutTest extends ViewTest {

    @Test
    void ownerSeesEveryMenuEntryInRussian() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Главная", "Модель компетенций", "Вакансии", "Поиск кандидатов", "Профиль компании",
                        "Персональные данные", "Пользователи", "API-ключи", "Журнал действий", "Мой профиль");
    }

    @Test
    void hrDoesNotSeeOwnerOnlyEntriesOrSteps() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        HomeView home = navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Главная", "Модель компетенций", "Вакансии", "Поиск кандидатов", "Профиль компании",
                        "Мой профиль");
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Добавьте коллег")
                .contains("Изучите модель РОП");
    }
}
