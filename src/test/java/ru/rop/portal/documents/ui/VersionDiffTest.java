package ru.rop.portal.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rop.portal.ViewTest;
import ru.rop.portal.documents.ClauseChange;

/** The comparison as HR sees it: one labelled entry per change, words marked, no markup. */
class VersionDiffTest extends ViewTest {

    private static final List<ClauseChange> CHANGES = List.of(
            new ClauseChange(ClauseChange.Kind.ADDED, "Должностные обязанности", "",
                    "Ведёт переговоры с федеральными сетями.", List.of()),
            new ClauseChange(ClauseChange.Kind.CHANGED, "Должностные обязанности",
                    "Проводит еженедельные собрания.", "Проводит ежемесячные собрания.", List.of(
                    new ClauseChange.Word(ClauseChange.Mark.SAME, "Проводит"),
                    new ClauseChange.Word(ClauseChange.Mark.REMOVED, "еженедельные"),
                    new ClauseChange.Word(ClauseChange.Mark.ADDED, "ежемесячные"),
                    new ClauseChange.Word(ClauseChange.Mark.SAME, "собрания."))),
            new ClauseChange(ClauseChange.Kind.REMOVED, "Права", "Подписывать документы.", "", List.of()),
            new ClauseChange(ClauseChange.Kind.MOVED, "Права", "Получать информацию.", "Получать информацию.",
                    List.of()));

    @Test
    void eachChangeIsOneEntryWithARussianLabel() {
        VersionDiff diff = new VersionDiff(CHANGES);

        List<Div> entries = $(Div.class, diff).withClassName("rop-diff-entry").all();
        assertThat(entries).hasSize(4);
        assertThat(entries).extracting(e -> e.getChildren().findFirst().map(c -> ((Span) c).getText()).orElseThrow())
                .containsExactly("Добавлен пункт · Должностные обязанности", "Изменён пункт · Должностные обязанности",
                        "Удалён пункт · Права", "Пункт перемещён · Права");
        assertThat(entries.get(0).getClassNames()).contains("rop-diff-added");
        assertThat($(Span.class, diff).withClassName("rop-diff-word-removed").single().getText())
                .isEqualTo("еженедельные");
        assertThat($(Span.class, diff).withClassName("rop-diff-word-added").single().getText())
                .isEqualTo("ежемесячные");
        assertThat(diff.getElement().getTextRecursively()).startsWith("Изменений: 4.")
                .doesNotContain("@", "##", "+ ", "− ");
    }

    @Test
    void noChangesSaySo() {
        assertThat(new VersionDiff(List.of()).getElement().getTextRecursively()).isEqualTo("Версии не отличаются.");
    }
}
