package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.privacy.ConsentTexts;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** Invitations, the candidate's flow through the token, and what a submission changes, on the real database. */
@IntegrationTest
class OnlineAssessmentTest {

    private static final String ADDRESS = "198.51.100.10";

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    CaseService cases;
    @Autowired
    ProfileService profiles;
    @Autowired
    CandidateService candidates;
    @Autowired
    AssessmentLibrary library;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    ConsentTexts consentTexts;
    @Autowired
    AssessmentPlanner planner;
    @Autowired
    InvitationRepository invitationRecords;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;

    private long candidate;

    @BeforeEach
    void candidate() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        candidate = data.candidate(data.vacancy(), "Елена Котова");
    }

    @AfterEach
    void reset() {
        clock.reset();
        accounts.signOut();
    }

    private static String token(IssuedInvitation issued) {
        return issued.url().substring(issued.url().lastIndexOf('/') + 1);
    }

    /** The candidate answers every item: the first option shown; in a block the first shown most, the last least. */
    private void answerAll(String token) {
        AssessmentPlan plan = assessments.open(token, ADDRESS).orElseThrow();
        for (AssessmentPlan.Item item : plan.items()) {
            switch (item.kind()) {
                case SITUATIONAL -> assessments.choose(token, item.id(), item.options().getFirst().id(), 40, null);
                case SELF -> assessments.rank(token, item.id(), item.options().getFirst().id(),
                        item.options().getLast().id(), 8);
                case CASES -> assessments.write(token, item.id(), null, "Два варианта и пилот на месяц.", 0, 600);
            }
        }
    }

    @Test
    void aCandidateConsentsAnswersAndSubmitsAndTheProfileGetsAType() {
        long assignment = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        IssuedInvitation issued = invitations.invite(candidate, null);
        String token = token(issued);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(issued.emailSent()).as("no mail server in this context").isFalse();
        assertThat(candidates.find(candidate).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT_SENT);
        accounts.signOut();

        AssessmentPlan plan = assessments.open(token, ADDRESS).orElseThrow();
        assertThat(plan.companyName()).isEqualTo("ООО «Тест»");
        assertThat(plan.consent().text()).contains("Елена Котова", "ООО «Тест»").doesNotContain("${");
        assertThat(plan.sections()).extracting(AssessmentPlan.Section::kind).containsExactly(
                AssessmentSection.SITUATIONAL, AssessmentSection.SELF, AssessmentSection.CASES);
        String firstItem = plan.items().getFirst().id();
        assertThatThrownBy(() -> assessments.choose(token, firstItem, "A", 10, null))
                .as("nothing opens before the consent").hasMessageContaining("assessment.consent.required");

        assessments.consent(token, "203.0.113.7", consentTexts.version());
        answerAll(token);
        assessments.left(token);
        assessments.submit(token);

        assertThat(assessments.open(token, ADDRESS).orElseThrow().submitted()).isTrue();
        assertThatThrownBy(() -> assessments.choose(token, firstItem, "B", 10, null))
                .as("nothing changes after submission").hasMessageContaining("assessment.completed");
        accounts.asOwner(() -> {
            assertThat(candidates.find(candidate).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT_DONE);
            InvitationSummary summary = invitations.current(candidate).orElseThrow();
            assertThat(summary.status()).isEqualTo(InvitationStatus.COMPLETED);
            assertThat(summary.percent()).isEqualTo(100);
            assertThat(summary.consentAddress()).isEqualTo("203.0.113.7");
            assertThat(summary.consentVersion()).isEqualTo(consentTexts.version());
            assertThat(cases.sheet(assignment).answer()).isEqualTo("Два варианта и пилот на месяц.");
            CandidateProfile profile = profiles.profile(candidate);
            assertThat(profile.assessmentStatus()).isEqualTo(InvitationStatus.COMPLETED);
            assertThat(profile.classification()).as("situational and self answers give a type").isNotNull();
            assertThat(profile.integrity().tabSwitches()).isEqualTo(1);
            assertThat(profile.integrity().sections()).hasSize(3);
            assertThatThrownBy(() -> invitations.invite(candidate, 7))
                    .hasMessageContaining("invitation.already-completed");
            return null;
        });
    }

    private static AssessmentPlan.Item block(AssessmentPlan plan, String id) {
        return plan.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aBlocksPicksAreSavedOneByOneAndABlockCountsOnceBothAreMade() {
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, ADDRESS, consentTexts.version());
        AssessmentPlan.Item first = assessments.current(token).items().stream()
                .filter(i -> i.kind() == AssessmentSection.SELF).findFirst().orElseThrow();
        assertThat(first.options()).hasSize(3);
        assertThat(first.text()).isEqualTo(library.selfAssessmentInstructions());
        String a = first.options().get(0).id();
        String b = first.options().get(1).id();
        String c = first.options().get(2).id();

        assessments.rank(token, first.id(), a, null, 5);
        AssessmentPlan plan = assessments.current(token);
        assertThat(block(plan, first.id()).answer()).isEqualTo(a);
        assertThat(block(plan, first.id()).least()).isNull();
        assertThat(block(plan, first.id()).answered()).as("one pick is not an answer").isFalse();
        assertThat(plan.answered()).isZero();

        assessments.rank(token, first.id(), a, c, 4);
        plan = assessments.current(token);
        assertThat(block(plan, first.id()).least()).isEqualTo(c);
        assertThat(block(plan, first.id()).answered()).isTrue();
        assertThat(plan.answered()).isEqualTo(1);

        // The «most» mark moves onto the statement marked «least»: the page sends both as they now stand.
        assessments.rank(token, first.id(), c, null, 3);
        plan = assessments.current(token);
        assertThat(block(plan, first.id()).answer()).isEqualTo(c);
        assertThat(block(plan, first.id()).least()).isNull();

        assessments.rank(token, first.id(), c, b, 3);
        assertThatThrownBy(() -> assessments.rank(token, first.id(), b, b, 3))
                .as("one statement cannot be both").isInstanceOf(UserFacingException.class)
                .hasMessageContaining("assessment.block.same");
        assertThatThrownBy(() -> assessments.rank(token, first.id(), "D", a, 3))
                .as("a statement the block does not have").hasMessageContaining("assessment.item.unknown");
        assertThatThrownBy(() -> assessments.rank(token, "FC999", a, b, 3))
                .as("a block the assessment does not have").hasMessageContaining("assessment.item.unknown");
        assertThatThrownBy(() -> assessments.rank(token, "SA01", a, b, 3))
                .as("the old Likert statements are gone").hasMessageContaining("assessment.item.unknown");
        plan = assessments.current(token);
        assertThat(block(plan, first.id()).answer()).as("nothing changed").isEqualTo(c);
        assertThat(block(plan, first.id()).least()).isEqualTo(b);

        // The same marks on another device: the link reopened shows them.
        AssessmentPlan reopened = assessments.open(token, "198.51.100.77").orElseThrow();
        assertThat(block(reopened, first.id()).answer()).isEqualTo(c);
        assertThat(block(reopened, first.id()).least()).isEqualTo(b);

        assessments.rank(token, first.id(), null, null, 1);
        assertThat(block(assessments.current(token), first.id()).answered()).as("marks can be cleared").isFalse();
        assessments.rank(token, first.id(), c, b, 1);
        assessments.submit(token);
        assertThatThrownBy(() -> assessments.rank(token, first.id(), a, b, 3))
                .as("nothing changes after submission").hasMessageContaining("assessment.completed");
    }

    @Test
    void onlyCompleteBlocksGiveEvidenceExactlyAsTheScoringRuleSays() {
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, ADDRESS, consentTexts.version());
        List<AssessmentPlan.Item> blocks = assessments.current(token).items().stream()
                .filter(i -> i.kind() == AssessmentSection.SELF).toList();
        List<Observation> expected = new ArrayList<>();
        List<AssessmentPlan.Item> complete = blocks.subList(1, blocks.size());
        for (int i = 0; i < complete.size(); i++) {
            AssessmentPlan.Item item = complete.get(i);
            // Marks spread over the screen positions: straight-lining would (rightly) lower the online weight.
            String most = item.options().get(i % 3).id();
            String least = item.options().get((i + 1) % 3).id();
            assessments.rank(token, item.id(), most, least, 20);
            SelfAssessmentBlock block = library.block(item.id()).orElseThrow();
            expected.add(observation(block, most, 4.5, 1.5));
            expected.add(observation(block, least, 2.0, 4.0));
        }
        AssessmentPlan.Item half = blocks.getFirst();
        assessments.rank(token, half.id(), half.options().getFirst().id(), null, 20);
        assessments.submit(token);

        accounts.asOwner(() -> {
            assertThat(invitations.evidence(candidate).observations().stream()
                    .filter(o -> o.source() == EvidenceSource.SELF_ASSESSMENT))
                    .as("two observations per complete block, none for the half-answered one")
                    .containsExactlyInAnyOrderElementsOf(expected);
            return null;
        });
    }

    /** What a marked statement says: {@code high} or {@code low} by its pole, at the self-assessment's weight. */
    private static Observation observation(SelfAssessmentBlock block, String id, double high, double low) {
        SelfAssessmentStatement statement = block.statement(id).orElseThrow();
        return new Observation(statement.dimension(),
                statement.pole() == SelfAssessmentStatement.Pole.HIGH ? high : low, 0.5,
                EvidenceSource.SELF_ASSESSMENT, block.id() + "/" + id);
    }

    @Test
    void theDisplayedOrderIsTheOrderThePlanShows() {
        String token = token(invitations.invite(candidate, 7));
        AssessmentPlan plan = assessments.open(token, ADDRESS).orElseThrow();
        DisplayedOrder order = planner.displayedOrder(invitationRecords
                .findFirstByCandidateIdOrderByCreatedAtDescIdDesc(candidate).orElseThrow());
        for (AssessmentPlan.Item item : plan.items()) {
            List<String> shown = item.options().stream().map(AssessmentPlan.Option::id).toList();
            switch (item.kind()) {
                case SITUATIONAL -> assertThat(order.situational().get(item.id())).isEqualTo(shown);
                case SELF -> assertThat(order.blocks().get(item.id())).isEqualTo(shown);
                case CASES -> { }
            }
            if (!shown.isEmpty()) {
                assertThat(order.position(item.id(), shown.getLast())).isEqualTo(shown.size() - 1);
            }
        }
        assertThat(List.copyOf(order.blocks().keySet())).as("blocks in the order shown").isEqualTo(plan.items()
                .stream().filter(i -> i.kind() == AssessmentSection.SELF).map(AssessmentPlan.Item::id).toList());
    }

    @Test
    void theOrderIsShuffledPerCandidateAndStaysTheSameOnEveryOpening() {
        String first = token(invitations.invite(candidate, 7));
        long other = data.candidate(candidates.find(candidate).orElseThrow().vacancyId(), "Олег Юрьев");
        String second = token(invitations.invite(other, 7));
        var firstOrder = assessments.open(first, ADDRESS).orElseThrow().items().stream().map(AssessmentPlan.Item::id)
                .toList();
        assertThat(assessments.open(first, ADDRESS).orElseThrow().items().stream().map(AssessmentPlan.Item::id).toList())
                .isEqualTo(firstOrder);
        assertThat(assessments.open(second, ADDRESS).orElseThrow().items().stream().map(AssessmentPlan.Item::id).toList())
                .isNotEqualTo(firstOrder).containsExactlyInAnyOrderElementsOf(firstOrder);
    }

    @Test
    void anExpiredLinkOpensNothingUntilExtended() {
        String token = token(invitations.invite(candidate, 1));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(assessments.open(token, ADDRESS)).isEmpty();
        assertThat(invitations.current(candidate).orElseThrow().status()).isEqualTo(InvitationStatus.EXPIRED);
        invitations.extend(candidate, 3);
        assertThat(assessments.open(token, ADDRESS)).isPresent();
    }

    @Test
    void aRevokedOrReplacedLinkOpensNothingAndAnswersStay() {
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, "198.51.100.2", consentTexts.version());
        String item = assessments.open(token, ADDRESS).orElseThrow().items().getFirst().id();
        String option = assessments.open(token, ADDRESS).orElseThrow().items().getFirst().options().getFirst().id();
        assessments.choose(token, item, option, 20, null);

        String replacement = token(invitations.resend(candidate));
        assertThat(assessments.open(token, ADDRESS)).as("the old link stops working").isEmpty();
        assertThat(assessments.open(replacement, ADDRESS).orElseThrow().items().getFirst().answer()).isEqualTo(option);

        invitations.revoke(candidate);
        assertThat(assessments.open(replacement, ADDRESS)).isEmpty();
        assertThatThrownBy(() -> assessments.choose(replacement, item, option, 5, null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("assessment.link.invalid");
        assertThat(invitations.current(candidate).orElseThrow().status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(assessments.open("x".repeat(43), ADDRESS)).as("an unknown token reveals nothing").isEmpty();
    }

    @Test
    void thePageRedrawnAfterAStepShowsTheAnswerAndNothingOnceTheLinkIsRevoked() {
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, ADDRESS, consentTexts.version());
        AssessmentPlan.Item first = assessments.current(token).items().getFirst();
        assertThat(first.answered()).isFalse();
        assessments.choose(token, first.id(), first.options().getLast().id(), 30, null);

        AssessmentPlan redrawn = assessments.current(token);
        assertThat(redrawn.items().getFirst().answer()).isEqualTo(first.options().getLast().id());
        assertThat(redrawn.answered()).isEqualTo(1);

        invitations.revoke(candidate);
        assertThatThrownBy(() -> assessments.current(token)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("assessment.link.invalid");
    }

    @Test
    void aStepSavesTheAnswerRemembersTheNextPageAndReturnsThePlanOrChangesNothing() {
        long assignment = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, ADDRESS, consentTexts.version());
        AssessmentPlan before = assessments.current(token);
        AssessmentPlan.Item first = before.items().getFirst();
        AssessmentPlan.Item second = before.items().get(1);
        String next = "SITUATIONAL/" + second.id();

        AssessmentPlan after = assessments.choose(token, first.id(), first.options().get(1).id(), 25, next);
        assertThat(after.items().getFirst().answer()).isEqualTo(first.options().get(1).id());
        assertThat(after.answered()).isEqualTo(1);
        assertThat(after.currentStep()).isEqualTo(next);
        assertThat(assessments.open(token, ADDRESS).orElseThrow().currentStep()).as("resumes there").isEqualTo(next);

        assertThatThrownBy(() -> assessments.choose(token, first.id(), "no-such-option", 5, "review"))
                .hasMessageContaining("assessment.item.unknown");
        AssessmentPlan unchanged = assessments.current(token);
        assertThat(unchanged.currentStep()).as("a refused answer moves nowhere").isEqualTo(next);
        assertThat(unchanged.items().getFirst().answer()).isEqualTo(first.options().get(1).id());

        AssessmentPlan begun = assessments.startSection(token, AssessmentSection.SELF, "intro:SELF");
        assertThat(begun.sections().get(1).startedAt()).isNotNull();
        assertThat(begun.currentStep()).isEqualTo("intro:SELF");
        AssessmentPlan.Item block = begun.sections().get(1).items().getFirst();
        AssessmentPlan ranked = assessments.rank(token, block.id(), block.options().getFirst().id(),
                block.options().getLast().id(), 9);
        assertThat(ranked.answered()).as("the pick counts at once").isEqualTo(2);
        assertThat(ranked.currentStep()).as("a pick stays on its page").isEqualTo("intro:SELF");

        assessments.write(token, caseLibrary.cases().getFirst().id(), null, "Текст кейса", 0, 60);
        AssessmentPlan moved = assessments.moveTo(token, "review");
        assertThat(moved.currentStep()).isEqualTo("review");
        assertThat(moved.answered()).as("the written case counts").isEqualTo(3);
        assertThat(moved.sections().get(2).items().getFirst().answer()).isEqualTo("Текст кейса");
        accounts.asOwner(() -> {
            assertThat(cases.sheet(assignment).answer()).isEqualTo("Текст кейса");
            return null;
        });
    }

    /**
     * A page passes the plan it was drawn from: while nothing changed elsewhere the step is applied to that plan,
     * which must then be exactly the plan read again; a page drawn before another device's step gets the plan read
     * again, with that step in it.
     */
    @Test
    void aStepFromACurrentPageEqualsThePlanReadAgainAndAPageDrawnBeforeAnotherDevicesStepIsReadAgain() {
        String caseId = caseLibrary.cases().getFirst().id();
        cases.assign(candidate, caseId, CaseMode.WRITTEN);
        String token = token(invitations.invite(candidate, 7));
        AssessmentPlan phone = assessments.consent(token, ADDRESS, consentTexts.version());
        AssessmentPlan.Item first = phone.items().get(0);
        AssessmentPlan.Item second = phone.items().get(1);
        AssessmentPlan.Item block = phone.sections().get(1).items().getFirst();

        phone = assessments.choose(token, phone, first.id(), first.options().get(1).id(), 20,
                "SITUATIONAL/" + second.id());
        assertThat(phone).isEqualTo(assessments.current(token));
        assertThat(phone.answered()).isEqualTo(1);
        AssessmentPlan laptop = assessments.current(token);

        phone = assessments.choose(token, phone, second.id(), second.options().getFirst().id(), 15, null);
        assertThat(phone).as("a page still current").isEqualTo(assessments.current(token));
        laptop = assessments.rank(token, laptop, block.id(), block.options().getFirst().id(),
                block.options().getLast().id(), 5);
        assertThat(laptop).as("a page drawn before the phone's answer").isEqualTo(assessments.current(token));
        assertThat(laptop.items().get(1).answer()).isEqualTo(second.options().getFirst().id());

        phone = assessments.moveTo(token, phone, "SITUATIONAL/" + first.id());
        assertThat(phone).as("the laptop's pick reaches the phone").isEqualTo(assessments.current(token));
        assertThat(phone.answered()).isEqualTo(3);
        phone = assessments.choose(token, phone, first.id(), first.options().getFirst().id(), 5, null);
        assertThat(phone).as("an answer changed").isEqualTo(assessments.current(token));
        assertThat(phone.items().getFirst().answer()).isEqualTo(first.options().getFirst().id());

        assertThatThrownBy(() -> assessments.rank(token, assessments.current(token), block.id(),
                block.options().getFirst().id(), block.options().getFirst().id(), 1))
                .hasMessageContaining("assessment.block.same");
        phone = assessments.moveTo(token, phone, "CASES/" + caseId);
        assertThat(phone).as("a refused pick changes nothing").isEqualTo(assessments.current(token));

        assessments.write(token, caseId, null, "Пилот на месяц", 0, 30);
        phone = assessments.moveTo(token, phone, "CASES/" + caseId);
        assertThat(phone).isEqualTo(assessments.current(token));
        assertThat(phone.sections().get(2).items().getFirst().answer()).as("the page's own save, read again")
                .isEqualTo("Пилот на месяц");

        accounts.asOwner(() -> invitations.extend(candidate, 30));
        AssessmentPlan extended = assessments.moveTo(token, phone, "intro:SELF");
        assertThat(extended).isEqualTo(assessments.current(token));
        assertThat(extended.expiresAt()).as("the owner's extension").isAfter(phone.expiresAt());
    }

    @Test
    void aDecisionClosesTheLinkAndTheCandidatesWrittenAnswerIsNobodyElsesToEdit() {
        long assignment = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        String token = token(invitations.invite(candidate, 7));
        assessments.consent(token, "198.51.100.3", consentTexts.version());
        assessments.write(token, caseLibrary.cases().getFirst().id(), null, "Мой ответ", 0, 60);
        assertThatThrownBy(() -> cases.saveAnswer(assignment, "Мой ответ", "Исправил HR"))
                .hasMessageContaining("case.answered-online");
        assertThatThrownBy(() -> cases.unassign(assignment)).hasMessageContaining("case.answered-online");
        assertThatThrownBy(() -> assessments.consent(token, "198.51.100.3", "old-version"))
                .as("only the current consent text can be agreed to").isInstanceOf(UserFacingException.class);

        candidates.moveTo(candidate, Stage.REJECTED, "Выбрали другого кандидата");
        assertThat(assessments.open(token, ADDRESS)).as("the purpose of processing is over").isEmpty();
    }

    @Test
    void theApiInvitesAndRefusesABadTerm() throws Exception {
        mvc.perform(post("/api/v1/candidates/" + candidate + "/invitations").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresInDays\": 31}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        mvc.perform(post("/api/v1/candidates/" + candidate + "/invitations").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresInDays\": 3}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.matchesPattern(
                        "http://localhost(:\\d+)?/a/[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.emailSent").value(false));
        mvc.perform(post("/api/v1/candidates/999999999/invitations").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void guessingLinksFromOneAddressIsRefusedWith429() throws Exception {
        String address = "192.0.2." + (UUID.randomUUID().hashCode() & 0x7f);
        String valid = token(invitations.invite(candidate, 7));
        int refusedAt = -1;
        for (int attempt = 1; attempt <= 12 && refusedAt < 0; attempt++) {
            int status = mvc.perform(get("/a/" + UUID.randomUUID().toString().replace("-", "") + "guess")
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andReturn().getResponse().getStatus();
            if (status == 429) {
                refusedAt = attempt;
            }
        }
        assertThat(refusedAt).as("the tenth wrong link is refused").isEqualTo(10);
        mvc.perform(get("/a/" + valid).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andExpect(result -> assertThat(result.getResponse().getStatus())
                .as("a valid link from the guessing address gets the same answer: no oracle").isEqualTo(429));
        assertThat(assessments.throttled(address)).isTrue();
    }
}
