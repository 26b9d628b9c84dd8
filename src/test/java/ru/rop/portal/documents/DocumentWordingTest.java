package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/** The wording of the printed and Word documents: grammatical for any typed position, lawful, KPIs as sentences. */
@IntegrationTest
class DocumentWordingTest {

    /** Positions owners typed in the first walkthrough, in the nominative as the form now asks. */
    private static final List<String> POSITIONS = List.of("генеральный директор", "коммерческий директор",
            "собственник бизнеса", "исполнительный директор", "директор по развитию", "учредитель",
            "директор филиала «Север»");

    @Autowired
    JobDescriptionService documents;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void signIn() {
        accounts.signIn(accounts.create(Role.HR).email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long vacancy(String title, String reportsTo) {
        return vacancies.create(aVacancy().withTitle(title).withReportsTo(reportsTo).build(), true).id();
    }

    /** PDF and DOCX text of one document, each read back from the file. */
    private List<String> texts(long vacancy, DocumentKind kind) throws Exception {
        return List.of(SampleDocuments.pdfText(documents.pdf(vacancy, kind).content()),
                SampleDocuments.docxText(documents.docx(vacancy, kind).content()).replaceAll("\\s+", " "));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void thePositionOfTheSuperiorStandsOnlyInTheNominativeSlot() throws Exception {
        for (String position : POSITIONS) {
            long vacancy = vacancy("Руководитель отдела продаж", position);
            for (String text : texts(vacancy, DocumentKind.JOB_DESCRIPTION)) {
                assertThat(count(text, position)).as("«%s» is named once", position).isEqualTo(1);
                assertThat(text).contains("Непосредственный руководитель руководителя отдела продаж — " + position
                                + " (далее — непосредственный руководитель).")
                        .contains("согласует его с непосредственным руководителем",
                                "отчитывается перед непосредственным руководителем",
                                "Подчиняется непосредственному руководителю")
                        .doesNotContain("с " + position, "перед " + position, "непосредственно " + position,
                                "ему " + position);
                // The owner's title equals the standard one: no repetition in parentheses, no apposition.
                assertThat(text).contains("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ руководителя отдела продаж")
                        .doesNotContain("(Руководитель отдела продаж)", "Наименование должности");
            }
            for (String text : texts(vacancy, DocumentKind.RIGHTS)) {
                assertThat(text).doesNotContain(position, "(Руководитель отдела продаж)")
                        .contains("Руководитель отдела продаж в пределах своей компетенции имеет право:");
            }
        }
    }

    @Test
    void anOwnJobTitleIsNamedOnceInTheNominative() throws Exception {
        long vacancy = vacancy("Коммерческий директор по продажам", "Генеральный директор");
        for (DocumentKind kind : DocumentKind.values()) {
            for (String text : texts(vacancy, kind)) {
                assertThat(text).contains("Наименование должности по штатному расписанию — Коммерческий директор по "
                        + "продажам (далее — руководитель отдела продаж).");
                assertThat(count(text, "Коммерческий директор по продажам")).isEqualTo(1);
            }
        }
    }

    @Test
    void rightsAndRequirementsFollowTheLabourCode() throws Exception {
        long vacancy = vacancy("Руководитель отдела продаж", "Генеральный директор");
        List<String> all = new ArrayList<>(texts(vacancy, DocumentKind.JOB_DESCRIPTION));
        all.addAll(texts(vacancy, DocumentKind.RIGHTS));
        for (String text : all) {
            assertThat(text).contains("Представлять по доверенности интересы компании",
                    "Распределять задачи между работниками отдела продаж в пределах их трудовых обязанностей",
                    "заработную плату в размере, установленном трудовым договором",
                    "премии в соответствии с положением о премировании",
                    "разрешающие отпуск товара клиенту, на основании доверенности")
                    .doesNotContain("Устанавливать служебные обязанности", "заработную плату по результатам работы",
                            "в части коммерческих вопросов");
        }
        for (String text : texts(vacancy, DocumentKind.JOB_DESCRIPTION)) {
            assertThat(text).contains("Высшее образование (бакалавриат, специалитет, магистратура)",
                            "длительный стаж руководящей работы не требуется", "знания только теории недостаточно")
                    .doesNotContain("профессиональное образование", "не менее двух лет", "не менее трёх лет");
        }
    }

    @Test
    void everyCriterionReadsAsASentenceWithItsTargetAndPeriod() throws Exception {
        long vacancy = vacancy("Руководитель отдела продаж", "Генеральный директор");
        JobDescriptionContent draft = documents.draft(vacancy).content();
        List<JobDescriptionContent.Kpi> all = draft.kpis().stream().map(k -> new JobDescriptionContent.Kpi(
                k.libraryId(), k.label(), k.unit(), k.target(), k.period(), true)).toList();
        documents.save(vacancy, withKpis(draft, all), 0);
        for (String text : texts(vacancy, DocumentKind.JOB_DESCRIPTION)) {
            // The whole text: a PDF's text comes back in the order it was drawn, a heading block after its clauses.
            assertThat(text).contains("Выполнение плана продаж отдела по выручке, % плана — не менее 100; "
                    + "период оценки — месяц.", "Валовая маржа, % — не ниже плановой; период оценки — месяц.")
                    .doesNotContain("(% плана; период", "период —");
            for (JobDescriptionContent.Kpi kpi : all) {
                assertThat(text).contains(kpi.label() + ", " + kpi.unit() + " — " + kpi.target()
                        + "; период оценки — " + kpi.period() + ".");
            }
        }
        List<JobDescriptionContent.Kpi> noTarget = new ArrayList<>(all);
        JobDescriptionContent.Kpi first = all.getFirst();
        noTarget.set(0, new JobDescriptionContent.Kpi(first.libraryId(), first.label(), first.unit(), " ",
                first.period(), true));
        assertThatThrownBy(() -> documents.save(vacancy, withKpis(draft, noTarget), 1))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("jd.kpi.target-required");
    }

    private static JobDescriptionContent withKpis(JobDescriptionContent c, List<JobDescriptionContent.Kpi> kpis) {
        return new JobDescriptionContent(c.approverPosition(), "И. И. Петров", c.reportsTo(), c.teamSize(),
                c.keepsOwnClients(), c.duties(), c.rights(), c.responsibilities(), c.relationships(), kpis,
                c.qualifications());
    }
}
