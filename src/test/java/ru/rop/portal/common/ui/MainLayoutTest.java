package ru.rop.portal.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.LanguagePreference;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

class MainLayoutTest extends ViewTest {

    @Autowired
    LanguagePreference languages;

    @Test
    void ownerSeesEveryMenuEntryInRussian() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Главная", "Модель компетенций", "Вакансии", "Поиск кандидатов", "Профиль компании",
                        "Персональные данные", "Пользователи", "API-ключи", "Вебхуки", "Предсказала ли оценка",
                        "Журнал действий", "Мой профиль");
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

    @Test
    void theLanguageSwitchTurnsThePageEnglishAndRemembersItForThisUserOnly() {
        var hr = accounts.create(Role.HR);
        var colleague = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        navigate(HomeView.class);
        assertThat(languages.chosen()).as("no choice yet: the browser's language").isEmpty();
        MenuBar menu = find(MenuBar.class).id("language-switch");
        assertThat(menu.getItems().getFirst().getElement().getTextRecursively()).isEqualTo("Русский");
        assertThat(new MenuBarTester<>(menu).isItemChecked(0, 0)).isTrue();

        new MenuBarTester<>(menu).clickItem(0, 1);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(AppI18NProvider.ENGLISH);
        assertThat(languages.chosen()).contains(AppI18NProvider.ENGLISH);
        accounts.signIn(colleague.email());
        assertThat(languages.chosen()).isEmpty();
        accounts.signIn(hr.email());
        languages.choose(AppI18NProvider.RUSSIAN);
        assertThat(languages.chosen()).contains(AppI18NProvider.RUSSIAN);
    }

    @Test
    void inEnglishTheMenuIsEnglishAndSaysTheContentIsRussian() {
        accounts.signIn(accounts.create(Role.HR).email());
        UI.getCurrent().setLocale(AppI18NProvider.ENGLISH);
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).startsWith("Home");
        assertThat(find(MenuBar.class).id("language-switch").getItems().getFirst().getElement().getTextRecursively()).isEqualTo("English");
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .contains("Assessment content and documents are in Russian.");
    }
}
