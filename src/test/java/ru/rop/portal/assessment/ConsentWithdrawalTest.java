package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.privacy.ConsentRecord;
import ru.rop.portal.privacy.ConsentTexts;
import ru.rop.portal.privacy.ConsentWithdrawal;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * The consent as recorded (the words agreed to, kept with the record) and its withdrawal through the candidate's
 * link: after completion, after expiry and after hiring it erases; a revoked or replaced link does not.
 */
@IntegrationTest
class ConsentWithdrawalTest {

    private static final String ADDRESS = "198.51.100.21";

    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    WithdrawalService withdrawals;
    @Autowired
    CandidateService candidates;
    @Autowired
    ConsentTexts consentTexts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;

    private long candidate;

    @BeforeEach
    void candidate() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        candidate = data.candidate(data.vacancy(), "Отзывающая Вера");
    }

    @AfterEach
    void reset() {
        clock.reset();
        accounts.signOut();
    }

    private String invite() {
        String url = invitations.invite(candidate, 3).url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String erasureReason() {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT reason FROM candidate_erasure WHERE candidate_id = ?", String.class, candidate);
    }

    @Test
    void theRecordKeepsTheWordsAgreedToAndStaffSeeThem() {
        String token = invite();
        AssessmentPlan plan = assessments.open(token, ADDRESS).orElseThrow();
        assessments.consent(token, ADDRESS, plan.consent().version());

        ConsentRecord record = invitations.consent(candidate).orElseThrow();
        assertThat(record.version()).isEqualTo(consentTexts.version());
        assertThat(record.address()).isEqualTo(ADDRESS);
        assertThat(record.at()).isNotNull();
        assertThat(record.text()).isEqualTo(plan.consent().text()).contains("Отзывающая Вера", "отозвать");
        assertThat(record.textHash()).isEqualTo(AssessmentTokens.hash(plan.consent().text()));
    }

    @Test
    void theConsentPointsToTheInvitationEmailOnlyWhenOneWasSent() {
        String token = invite();
        // No mail server in tests: the link reached the candidate some other way.
        assertThat(assessments.open(token, ADDRESS).orElseThrow().consent().text())
                .contains("по ссылке «Отозвать согласие» со страницы завершения оценки")
                .doesNotContain("письма-приглашения");
        new JdbcTemplate(dataSource).update(
                "UPDATE assessment_invitation SET email_sent_at = CURRENT_TIMESTAMP WHERE candidate_id = ?", candidate);
        assertThat(assessments.open(token, ADDRESS).orElseThrow().consent().text())
                .contains("по ссылке «Отозвать согласие» из письма-приглашения и со страницы завершения оценки");
    }

    @Test
    void aRecordMadeBeforeTheTextWasKeptShowsItOnlyWhenTheHashProvesIt() {
        String token = invite();
        assessments.consent(token, ADDRESS, assessments.open(token, ADDRESS).orElseThrow().consent().version());
        String agreed = invitations.consent(candidate).orElseThrow().text();
        assertThat(agreed).contains("30 дней");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE assessment_invitation SET consent_text = NULL WHERE candidate_id = ?", candidate);
        assertThat(invitations.consent(candidate).orElseThrow().text()).as("recovered from the version's file")
                .isEqualTo(agreed);

        jdbc.update("UPDATE assessment_invitation SET consent_version = '2026-11-v1' WHERE candidate_id = ?",
                candidate);
        assertThat(invitations.consent(candidate).orElseThrow().text())
                .as("the previous version's words do not match this hash").isNull();

        jdbc.update("UPDATE assessment_invitation SET consent_text_hash = ? WHERE candidate_id = ?",
                AssessmentTokens.hash(agreed.replace("30 дней", "90 дней")), candidate);
        jdbc.update("UPDATE assessment_invitation SET consent_version = ? WHERE candidate_id = ?",
                consentTexts.version(), candidate);
        assertThat(invitations.consent(candidate).orElseThrow().text())
                .as("words that differ from what was agreed are never shown as agreed").isNull();
    }

    @Test
    void afterCompletionTheLinkWithdraws() {
        String token = invite();
        assessments.consent(token, ADDRESS, assessments.open(token, ADDRESS).orElseThrow().consent().version());
        assessments.submit(token);
        accounts.signOut();

        assertThat(withdrawals.withdrawal(token, ADDRESS)).isPresent();
        withdrawals.withdraw(token);
        assertThat(erasureReason()).isEqualTo("WITHDRAWAL");
    }

    @Test
    void afterExpiryAndRejectionTheLinkStillWithdrawsAndErases() throws Exception {
        String token = invite();
        assessments.consent(token, ADDRESS, assessments.open(token, ADDRESS).orElseThrow().consent().version());
        clock.advance(Duration.ofDays(10));
        candidates.moveTo(candidate, Stage.REJECTED, "Выбрали другого");
        accounts.signOut();

        assertThat(assessments.open(token, ADDRESS)).as("the assessment no longer opens").isEmpty();
        String guesser = "192.0.2." + (128 + (UUID.randomUUID().hashCode() & 0x7f));
        for (int attempt = 1; attempt <= 9; attempt++) {
            mvc.perform(get("/a/" + UUID.randomUUID().toString().replace("-", "") + "guess")
                    .with(from(guesser)));
        }
        mvc.perform(get("/a/" + token + "/withdraw").with(from(guesser))).andExpect(result ->
                assertThat(result.getResponse().getStatus()).as("the withdrawal link outlives the assessment's")
                        .isNotEqualTo(429));
        mvc.perform(get("/a/" + token).with(from(guesser))).andExpect(result ->
                assertThat(result.getResponse().getStatus()).as("the expired assessment link is a tenth wrong one")
                        .isEqualTo(429));
        ConsentWithdrawal withdrawal = withdrawals.withdrawal(token, ADDRESS).orElseThrow();
        assertThat(withdrawal.companyName()).isEqualTo("ООО «Тест»");
        assertThat(withdrawal.consented()).isTrue();

        withdrawals.withdraw(token);

        assertThat(erasureReason()).isEqualTo("WITHDRAWAL");
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        assertThat(candidates.find(candidate)).isEmpty();
        accounts.signOut();
        assertThat(withdrawals.withdrawal(token, ADDRESS)).as("the link went with the data").isEmpty();
        assertThatThrownBy(() -> withdrawals.withdraw(token)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("assessment.link.invalid");
    }

    @Test
    void aRevokedLinkCannotWithdrawSinceItMayBeInAStrangersHands() {
        String token = invite();
        invitations.revoke(candidate);
        accounts.signOut();

        assertThat(withdrawals.withdrawable(token)).isFalse();
        assertThat(withdrawals.withdrawal(token, ADDRESS)).isEmpty();
        assertThatThrownBy(() -> withdrawals.withdraw(token)).isInstanceOf(UserFacingException.class);
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        assertThat(candidates.find(candidate)).isPresent();
    }

    @Test
    void aResentLinkReplacesTheOldOneForWithdrawalToo() {
        String old = invite();
        String url = invitations.resend(candidate).url();
        String fresh = url.substring(url.lastIndexOf('/') + 1);
        accounts.signOut();

        assertThat(withdrawals.withdrawable(old)).isFalse();
        assertThat(withdrawals.withdrawal(fresh, ADDRESS).orElseThrow().consented())
                .as("no consent yet: the link still erases what is held").isFalse();
        withdrawals.withdraw(fresh);
        assertThat(erasureReason()).isEqualTo("WITHDRAWAL");
    }
}
