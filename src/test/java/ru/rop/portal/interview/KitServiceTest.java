package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/** Saving a vacancy's kit: what is refused, a colleague's save in between, and the printed kit. */
@IntegrationTest
class KitServiceTest {

    @Autowired
    KitService kits;
    @Autowired
    QuestionBank bank;
    @Autowired
    ru.rop.portal.classification.RopModel model;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestAccounts accounts;

    private long vacancy;

    @BeforeEach
    void vacancy() {
        accounts.signIn(accounts.create(Role.HR).email());
        vacancy = vacancies.create(aVacancy().withTitle("РОП " + UUID.randomUUID().toString().substring(0, 8))
                .withCompanyName("ООО «Северный ветер»").build()).id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static List<String> ids(KitPlan plan) {
        return plan.questions().stream().map(InterviewQuestion::id).toList();
    }

    @Test
    void badKitsAreRefusedAndNothingIsSaved() {
        KitPlan proposal = kits.plan(vacancy);
        assertThat(proposal.saved()).isFalse();
        assertThatThrownBy(() -> kits.save(vacancy, new KitForm(60, List.of(), null)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("kit.empty");
        assertThatThrownBy(() -> kits.save(vacancy, new KitForm(60, List.of("Q01", "Q999"), null)))
                .hasMessageContaining("kit.unknown-question");
        assertThatThrownBy(() -> kits.save(vacancy, new KitForm(60, List.of("Q01", "Q01"), null)))
                .hasMessageContaining("kit.duplicate-question");
        assertThatThrownBy(() -> kits.save(vacancy, new KitForm(50, ids(proposal), null)))
                .hasMessageContaining("kit.length");
        assertThat(kits.plan(vacancy).saved()).isFalse();
    }

    @Test
    void aColleaguesSaveInBetweenIsNotOverwritten() {
        KitPlan mine = kits.plan(vacancy);
        KitPlan saved = kits.save(vacancy, new KitForm(60, ids(mine), null));
        List<String> reordered = new ArrayList<>(ids(saved));
        reordered.addFirst(reordered.removeLast());
        kits.save(vacancy, new KitForm(60, reordered, saved.version()));
        assertThatThrownBy(() -> kits.save(vacancy, new KitForm(60, ids(saved), saved.version())))
                .hasMessageContaining("kit.changed");
        assertThat(ids(kits.plan(vacancy))).isEqualTo(reordered);
    }

    @Test
    void thePrintedKitHasTheVacancyAndTheQuestionsInOrder() throws Exception {
        KitPlan plan = kits.save(vacancy, new KitForm(45, ids(kits.propose(vacancy, 45)), null));
        byte[] pdf = kits.pdf(vacancy);
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertThat(all).contains("План интервью: РОП", "ООО «Северный ветер»", "Длительность: 45 минут");
            // Paper has no keyboard and the reader does not know the bank's ids.
            assertThat(all).doesNotContain("клавиш", "нажатие").doesNotContainPattern("\\bQ\\d+\\b");
            int previous = -1;
            for (InterviewQuestion question : plan.questions()) {
                String start = question.text().substring(0, 30).replaceAll("\\s+", " ");
                int at = all.indexOf(start);
                assertThat(at).as("question %s printed in order", question.id()).isGreaterThan(previous);
                previous = at;
            }
        }
    }

    @Test
    void thePrintedKitListsTheStylesAQuestionObserves() throws Exception {
        InterviewQuestion styled = bank.questions().stream().filter(q -> q.styles().size() == 2).findFirst()
                .orElseThrow();
        kits.save(vacancy, new KitForm(45, List.of(styled.id()), null));
        try (PdfReader reader = new PdfReader(kits.pdf(vacancy))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertThat(all).contains("Стиль (не оценка качества)");
            styled.styles().forEach(style -> assertThat(all).contains(model.dimension(style).label() + ": 1 · 2"));
        }
    }
}
