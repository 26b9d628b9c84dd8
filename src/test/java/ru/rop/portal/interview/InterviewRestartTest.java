package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.rop.portal.Application;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/**
 * The application is stopped mid-interview and started again on the same database (MariaDB in CI, an H2 file
 * here): every score, flag, note and the position come back.
 */
class InterviewRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--rop.data-dir=" + data);
    }

    @Test
    void anInterviewResumesAfterTheApplicationRestarts() {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        String url = configured != null ? configured : "jdbc:h2:file:" + data.resolve("restart")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String owner;
        long interview;
        String first;
        String second;
        String flag;
        try (ConfigurableApplicationContext app = start(url)) {
            TestAccounts accounts = app.getBean(TestAccounts.class);
            owner = accounts.create(Role.OWNER).email();
            accounts.signIn(owner);
            long vacancy = app.getBean(VacancyService.class).create(aVacancy().build()).id();
            long candidate = app.getBean(CandidateService.class).create(aCandidate(vacancy).build()).id();
            InterviewService interviews = app.getBean(InterviewService.class);
            interview = interviews.start(candidate);
            InterviewSession session = interviews.session(interview);
            first = session.steps().get(0).question().id();
            InterviewSession.Step flagged = session.steps().stream().filter(s -> !s.redFlags().isEmpty())
                    .findFirst().orElseThrow();
            second = flagged.question().id();
            flag = flagged.redFlags().getFirst().id();
            interviews.score(interview, first, 4);
            interviews.write(interview, first, NoteField.NOTES, "Цифры назвал сам, без подсказки");
            interviews.flag(interview, second, flag, true);
            interviews.write(interview, second, NoteField.ACTION, "Уволил двоих");
            interviews.moveTo(interview, 2);
            accounts.signOut();
        }
        try (ConfigurableApplicationContext app = start(url)) {
            TestAccounts accounts = app.getBean(TestAccounts.class);
            accounts.signIn(owner);
            InterviewSession resumed = app.getBean(InterviewService.class).session(interview);
            assertThat(resumed.currentPosition()).isEqualTo(2);
            AnswerRecord firstAnswer = resumed.steps().stream().filter(s -> s.question().id().equals(first))
                    .findFirst().orElseThrow().answer();
            assertThat(firstAnswer.score()).isEqualTo(4);
            assertThat(firstAnswer.notes()).isEqualTo("Цифры назвал сам, без подсказки");
            AnswerRecord secondAnswer = resumed.steps().stream().filter(s -> s.question().id().equals(second))
                    .findFirst().orElseThrow().answer();
            assertThat(secondAnswer.redFlags()).containsExactly(flag);
            assertThat(secondAnswer.action()).isEqualTo("Уволил двоих");
            accounts.signOut();
        }
    }
}
