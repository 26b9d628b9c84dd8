package ru.rop.portal.classification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.security.Role;

class ModelViewTest extends ViewTest {

    @Test
    void hrReadsTheEightTypesAndTwelveDimensions() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        ModelView view = navigate(ModelView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Новичок", "Душа компании", "«Моя хата с краю»", "В погоне за трендами",
                "Деловая колбаса", "Холерик", "Автократ", "Мечта CEO");
        assertThat(text).contains("Восемь типов РОП", "Двенадцать поведенческих измерений", "Работа через команду",
                "Черта стиля: сама по себе ни хороша, ни плоха");
        assertThat(text).contains("Риски для компании", "Векторы развития после найма");
    }
}
