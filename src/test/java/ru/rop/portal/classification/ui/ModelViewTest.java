package ru.rop.portal.classification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.DecimalSlider;
import org.junit.jupiter.api.Test;
import ru.rop.portal.ViewTest;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopType;
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

    @Test
    void theClassifierPanelShowsTheTypeAndWhyForAPresetAndForSliders() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        navigate(ModelView.class);
        @SuppressWarnings("unchecked")
        Select<RopType> preset = find(Select.class).id("classifier-preset");
        assertThat(find(Div.class).id("classifier-result").getElement().getTextRecursively()).contains("Отметьте хотя бы одно измерение");

        test(preset).selectItem("Автократ");
        assertThat(find(H3.class).id("classifier-type").getText()).isEqualTo("Автократ");
        assertThat(find(Div.class).id("classifier-result").getElement().getTextRecursively())
                .contains("Чёткий тип", "Жёсткость контроля", "Совпадение 100 %");
        assertThat(find(Svg.class).all()).hasSize(1);

        test(find(Checkbox.class).id("use-" + DimensionId.RAPPORT.name())).click();
        assertThat(find(DecimalSlider.class).id("slider-" + DimensionId.RAPPORT.name()).isEnabled()).isFalse();
        assertThat(find(Div.class).id("classifier-result").getElement().getTextRecursively())
                .contains("Контакт и мотивация: нет данных");

        // An autocrat who involves the team is no clear autocrat any more.
        DecimalSlider involves = find(DecimalSlider.class).id("slider-" + DimensionId.INVOLVES_TEAM.name());
        test(involves).setValue(5.0);
        assertThat(find(Div.class).id("classifier-result").getElement().getTextRecursively())
                .contains("Вовлечение команды: 5").doesNotContain("Чёткий тип");
    }
}
