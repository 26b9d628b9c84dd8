package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.rop.portal.Application;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;

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
            String run = UUID.randomUUID().toString().substring(0, 8);
            long vacancy = app.getBean(VacancyService.class).create(new VacancyForm("РОП " + run, "ООО «Тест»", null,
                    null, null, VacancyStatus.OPEN, null, null, null, null, -1)).id();
            long candidate = app.getBean(CandidateService.class).create(new CandidateForm(vacancy, "Олег Иванов",
                    run + "@mail.test", null, null, Source.REFERRAL, null, null, null, null, Set.of(), -1)).id();
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
