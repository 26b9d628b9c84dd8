package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.PersonalDataExport;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/candidates/{id}/personal-data}: everything held on one person, and only for staff. */
@IntegrationTest
class PersonalDataExportTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    PersonalDataExport export;
    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    CaseLibrary caseLibrary;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theFileHoldsTheCardResumeNotesAnswersConsentAndProfile() throws Exception {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = candidates.create(aCandidate(data.vacancy()).withFullName("Выгружаемая Алла")
                .withEmail("alla@mail.test").withPhone("+7 900 111-22-33").withCity("Пермь").withCurrentPosition("РОП")
                .withCurrentCompany("ООО «Прежняя»").withExpectedSalary(200000).withNotes("Рекомендовал Пётр")
                .withTags(Set.of("резерв")).build()).id();
        byte[] resume = "%PDF-1.4 резюме".getBytes(StandardCharsets.UTF_8);
        candidates.attachResume(candidate, "cv.pdf", resume);
        long interview = interviews.start(candidate);
        String question = interviews.session(interview).steps().getFirst().question().id();
        interviews.score(interview, question, 4);
        interviews.write(interview, question, NoteField.NOTES, "Рассказала про воронку");
        InterviewSession.Step styled = interviews.session(interview).steps().stream()
                .filter(step -> !step.styles().isEmpty()).findFirst().orElseThrow();
        interviews.markStyle(interview, styled.question().id(), styled.styles().getFirst().id(), 2);
        interviews.submit(interview, "Сильная");
        cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        String url = invitations.invite(candidate, 5).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        accounts.signOut();
        AssessmentPlan plan = assessments.open(token, "203.0.113.5").orElseThrow();
        assessments.consent(token, "203.0.113.5", plan.consent().version());
        AssessmentPlan.Item situational = plan.items().getFirst();
        assessments.choose(token, situational.id(), situational.options().get(1).id(), 20, null);
        AssessmentPlan.Item block = plan.items().stream().filter(i -> i.kind().name().equals("SELF")).findFirst()
                .orElseThrow();
        assessments.rank(token, block.id(), block.options().get(2).id(), block.options().get(0).id(), 30);
        String caseId = plan.items().stream().filter(i -> i.kind().name().equals("CASES")).findFirst()
                .orElseThrow().id();
        assessments.write(token, caseId, null, "Мой ответ по кейсу", 0, 60);

        byte[] body = mvc.perform(get("/api/v1/candidates/" + candidate + "/personal-data")
                        .header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith(
                                "attachment; filename=\"personal-data-" + candidate + ".json\"; filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("Выгружаемая Алла", "alla@mail.test", "Рекомендовал Пётр", "резерв",
                "Рассказала про воронку", "Сильная", "Мой ответ по кейсу", situational.text(),
                situational.options().get(1).text(), "203.0.113.5");

        JsonNode json = JsonMapper.builder().build().readTree(body);
        assertThat(json.path("candidate").path("phone").asString()).isEqualTo("+7 900 111-22-33");
        assertThat(Base64.getDecoder().decode(json.path("candidate").path("resume").path("content").asString()))
                .isEqualTo(resume);
        assertThat(json.path("candidate").path("stageHistory").size()).isGreaterThanOrEqualTo(2);
        JsonNode consent = json.path("sections").path("assessment").path("invitations").get(0).path("consent");
        assertThat(consent.path("version").asString()).isEqualTo(plan.consent().version());
        assertThat(consent.path("text").asString()).isEqualTo(plan.consent().text());
        JsonNode ranked = null;
        for (JsonNode answer : json.path("sections").path("assessment").path("invitations").get(0).path("answers")) {
            if (answer.path("itemId").asString().equals(block.id())) {
                ranked = answer;
            }
        }
        assertThat(ranked).as("the block's marks are in the export").isNotNull();
        assertThat(ranked.path("most").path("statementId").asString()).isEqualTo(block.options().get(2).id());
        assertThat(ranked.path("most").path("text").asString()).isEqualTo(block.options().get(2).text());
        assertThat(ranked.path("least").path("statementId").asString()).isEqualTo(block.options().get(0).id());
        assertThat(ranked.path("least").path("text").asString()).isEqualTo(block.options().get(0).text());
        assertThat(json.path("sections").path("interviews").get(0).path("answers").get(0).path("question")
                .asString()).isNotBlank();
        assertThat(json.path("sections").path("interviews").get(0).path("answers").findValues("styles"))
                .as("the style marks, by the style's name")
                .anySatisfy(styles -> assertThat(styles.path(styled.styles().getFirst().label()).asInt())
                        .isEqualTo(2));
        assertThat(json.path("sections").path("evaluation").path("competencies").size()).isPositive();
        assertThat(json.path("exportedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void nobodyWithoutTheRoleGetsIt() throws Exception {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = data.candidate(data.vacancy(), "Закрытая Нина");
        accounts.signOut();
        mvc.perform(get("/api/v1/candidates/" + candidate + "/personal-data")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/candidates/" + candidate + "/personal-data")
                .header("Authorization", "Bearer rop_not-a-real-key")).andExpect(status().isUnauthorized());
        assertThatThrownBy(() -> export.export(candidate))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        mvc.perform(get("/api/v1/candidates/999999999/personal-data").header("Authorization", KEY))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInterviewerWithAnOpenInterviewIsToldToSubmitItFirst() {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), "Слепая Оценка");
        interviews.start(candidate);
        assertThatThrownBy(() -> export.export(candidate)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("personal-data.blinded");
    }
}
