package ru.rop.portal.common.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts inside content files are compiled once and reused; the reuse must never mix values or texts. */
class TextTemplatesTest {

    private final TextTemplates templates = new TextTemplates("");

    TextTemplatesTest() throws IOException {
    }

    @Test
    void aCompiledTextRendersEachCallsOwnValues() {
        String consent = "Я, ${candidate}, согласен(на) на обработку данных в ${company}.";

        assertThat(templates.renderText("consent/consent.yaml", consent,
                Map.of("candidate", "Иван Петров", "company", "ООО «Альфа»")))
                .isEqualTo("Я, Иван Петров, согласен(на) на обработку данных в ООО «Альфа».");
        assertThat(templates.renderText("consent/consent.yaml", consent,
                Map.of("candidate", "Мария Соколова", "company", "АО «Бета»")))
                .isEqualTo("Я, Мария Соколова, согласен(на) на обработку данных в АО «Бета».");
    }

    @Test
    void anotherTextUnderTheSameNameIsCompiledAfresh() {
        templates.renderText("consent/consent.yaml", "Версия 1: ${company}", Map.of("company", "Альфа"));

        assertThat(templates.renderText("consent/consent.yaml", "Версия 2: ${company}", Map.of("company", "Альфа")))
                .isEqualTo("Версия 2: Альфа");
    }

    @Test
    void aBrokenTextIsRefusedEveryTime() {
        String broken = "Согласие <#if company>";
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> templates.renderText("consent/consent.yaml", broken, Map.of("company", true)))
                    .isInstanceOf(InvalidContentException.class);
        }
    }
}
