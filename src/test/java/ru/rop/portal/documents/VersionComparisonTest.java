package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions compared clause by clause: renumbering is no change, and no markup reaches the reader. */
class VersionComparisonTest {

    static final String OLDER = """
            @approval
            УТВЕРЖДАЮ
            Генеральный директор
            ________________ И. И. Петров
            @end
            @title ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
            @subtitle руководителя отдела продаж

            ## 1. Общие положения
            1.1. Настоящая должностная инструкция определяет обязанности руководителя отдела продаж.
            1.2. Непосредственный руководитель руководителя отдела продаж — Генеральный директор.

            ## 2. Должностные обязанности
            Руководитель отдела продаж:
            2.1. Руководит работой менеджеров отдела продаж и ставит им личные цели на месяц.
            2.2. Проводит ежедневные планёрки и еженедельные собрания по итогам недели.
            2.3. Определяет критерии подбора и адаптации менеджеров по продажам.
            2.4. Разрабатывает план продаж на год и согласует его с непосредственным руководителем.
            2.5. Готовит прогноз продаж на месяц и квартал на основе воронки в CRM.
            2.6. Анализирует рынок, конкурентов и их цены.

            ## 3. Права
            3.1. Получать от подразделений компании информацию, необходимую для работы.
            3.2. Вносить предложения по совершенствованию коммерческой работы.
            """;

    /** One clause reworded (2.2), one inserted (2.2 new, the rest renumbered), one removed (old 2.5). */
    static final String NEWER = """
            @approval
            УТВЕРЖДАЮ
            Генеральный директор
            ________________ И. И. Петров
            @end
            @title ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
            @subtitle руководителя отдела продаж

            ## 1. Общие положения
            1.1. Настоящая должностная инструкция определяет обязанности руководителя отдела продаж.
            1.2. Непосредственный руководитель руководителя отдела продаж — Генеральный директор.

            ## 2. Должностные обязанности
            Руководитель отдела продаж:
            2.1. Руководит работой менеджеров отдела продаж и ставит им личные цели на месяц.
            2.2. Ведёт переговоры с федеральными сетями.
            2.3. Проводит ежедневные планёрки и ежемесячные собрания по итогам месяца.
            2.4. Определяет критерии подбора и адаптации менеджеров по продажам.
            2.5. Разрабатывает план продаж на год и согласует его с непосредственным руководителем.
            2.6. Анализирует рынок, конкурентов и их цены.

            ## 3. Права
            3.1. Получать от подразделений компании информацию, необходимую для работы.
            3.2. Вносить предложения по совершенствованию коммерческой работы.
            """;

    static List<ClauseChange> threeEdits() {
        return VersionComparison.compare(DocumentMarkup.parse("older", OLDER), DocumentMarkup.parse("newer", NEWER));
    }

    @Test
    void threeEditsAreThreeEntriesInReadingOrder() {
        List<ClauseChange> changes = threeEdits();

        assertThat(changes).extracting(ClauseChange::kind).containsExactly(ClauseChange.Kind.ADDED,
                ClauseChange.Kind.CHANGED, ClauseChange.Kind.REMOVED);
        assertThat(changes).extracting(ClauseChange::section).containsOnly("Должностные обязанности");
        assertThat(changes.get(0).newer()).isEqualTo("Ведёт переговоры с федеральными сетями.");
        assertThat(changes.get(1).words()).containsSubsequence(
                new ClauseChange.Word(ClauseChange.Mark.SAME, "ежедневные"),
                new ClauseChange.Word(ClauseChange.Mark.REMOVED, "еженедельные"),
                new ClauseChange.Word(ClauseChange.Mark.ADDED, "ежемесячные"));
        assertThat(changes.get(2).older()).isEqualTo("Готовит прогноз продаж на месяц и квартал на основе воронки в CRM.");
        for (ClauseChange change : changes) {
            assertThat(change.older() + change.newer() + change.section())
                    .doesNotContain("@", "##").doesNotContainPattern("^\\d+\\.");
        }
    }

    @Test
    void aClauseInAnotherPlaceIsAMove() {
        String moved = OLDER.replace("2.6. Анализирует рынок, конкурентов и их цены.\n", "")
                .replace("2.1. Руководит", "2.1. Анализирует рынок, конкурентов и их цены.\n2.2. Руководит");
        List<ClauseChange> changes = VersionComparison.compare(DocumentMarkup.parse("older", OLDER),
                DocumentMarkup.parse("moved", moved));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClauseChange.Kind.MOVED);
            assertThat(c.newer()).isEqualTo("Анализирует рынок, конкурентов и их цены.");
        });
        assertThat(VersionComparison.compare(DocumentMarkup.parse("a", OLDER), DocumentMarkup.parse("b", OLDER)))
                .isEmpty();
    }
}
