package ru.rop.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.rop.portal.ViewTest;
import ru.rop.portal.security.Role;

class AccountViewTest extends ViewTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void hrReplacesTheGivenPasswordWithTheirOwn() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        navigate(AccountView.class);

        fill(hr.password(), "Моя-новая-фраза-2026", "Моя-новая-фраза-2027");
        assertThat(find(Div.class).id("password-error").getText()).isEqualTo("Новый пароль и повтор не совпадают.");

        fill("неверный-пароль", "Моя-новая-фраза-2026", "Моя-новая-фраза-2026");
        assertThat(find(Div.class).id("password-error").getText()).isEqualTo("Текущий пароль введён неверно.");
        assertThat(passwordEncoder.matches(hr.password(), userDetails.loadUserByUsername(hr.email()).getPassword()))
                .isTrue();

        fill(hr.password(), "Моя-новая-фраза-2026", "Моя-новая-фраза-2026");
        assertThat(find(Div.class).id("password-error").getText()).isEmpty();
        assertThat(passwordEncoder.matches("Моя-новая-фраза-2026",
                userDetails.loadUserByUsername(hr.email()).getPassword())).isTrue();
    }

    @Test
    void theHintNamesTheSameMinimumTheCheckEnforces() {
        var owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        navigate(AccountView.class);

        String hint = find(PasswordField.class).id("new-password").getHelperText();
        String tooShort = "Фраза-20261";
        fill(owner.password(), tooShort, tooShort);

        assertThat(tooShort).hasSize(11);
        assertThat(hint).contains("Не короче 12 символов");
        assertThat(find(Div.class).id("password-error").getText()).contains("не короче 12 символов");
    }

    private void fill(String current, String fresh, String repeat) {
        test(find(PasswordField.class).id("current-password")).setValue(current);
        test(find(PasswordField.class).id("new-password")).setValue(fresh);
        test(find(PasswordField.class).id("repeat-password")).setValue(repeat);
        test(find(Button.class).id("change-password")).click();
    }
}
