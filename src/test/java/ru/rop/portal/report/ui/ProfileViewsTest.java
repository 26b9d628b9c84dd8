package ru.rop.portal.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.ui.CandidateView;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.cases.ui.CaseSheetView;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;
import ru.rop.portal.security.Role;

class ProfileViewsTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    ProfileService profiles;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;

    private long vacancy;
    private long strong;
    private long weak;

    @BeforeEach
    void twoInterviewedCandidates() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        vacancy = data.vacancy();
        strong = interviewed("Мария Орлова", 5, "Системная, сильная");
        weak = interviewed("Пётр Сидоров", 2, "Слабый контроль");
    }

    private long interviewed(String name, int score, String conclusion) {
        long id = data.candidate(vacancy, name);
        data.interviewed(id, score, conclusion);
        return id;
    }

    @Test
    void theProfileShowsTheAdviceAndTheOwnerOverridesItWithAReason() {
        navigate("candidate/" + strong + "/profile", CandidateProfileView.class);
        String page = find(Div.class).id("profile-recommendation").getElement().getTextRecursively();
        assertThat(page).contains("Однозначно да", "Средняя оценка 5,0");
        assertThat(find(Div.class).id("profile-type").getElement().getTextRecursively()).contains("Мечта CEO");
        assertThat(find(Div.class).id("role-balance").getElement().getTextRecursively())
                .contains("Управленец", "Продавец", "Мотиватор");

        test(find(Button.class).id("override-recommendation")).click();
        @SuppressWarnings("unchecked")
        Select<Recommendation> choice = find(Select.class).id("decision-choice");
        test(choice).selectItem("Нет");
        test(find(Button.class).id("save-decision")).click();
        assertThat(find(TextArea.class).id("decision-reason-field").isInvalid())
                .as("a reason is required").isTrue();
        test(find(TextArea.class).id("decision-reason-field")).setValue("Не готов переезжать в Казань");
        test(find(Button.class).id("save-decision")).click();

        assertThat(find(Paragraph.class).id("decision-reason").getText()).isEqualTo("Не готов переезжать в Казань");
        assertThat(profiles.profile(strong).effectiveRecommendation()).isEqualTo(Recommendation.NO);
    }

    @Test
    void answeringByLengthIsShownBesideTheProfileAndCostsTheOnlineAnswersWeight() {
        long gamer = data.candidate(vacancy, "Игорь Длиннов");
        String url = invitations.invite(gamer, 7).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan opened = assessments.open(token, "192.0.2.1").orElseThrow();
        assessments.consent(token, "192.0.2.1", opened.consent().version());
        for (AssessmentPlan.Item item : assessments.current(token).items()) {
            AssessmentPlan.Option longest = item.options().stream()
                    .max(java.util.Comparator.comparingInt(o -> o.text().length())).orElseThrow();
            if (item.kind() == AssessmentSection.SITUATIONAL) {
                assessments.choose(token, item.id(), longest.id(), 40, null);
            }
        }
        assessments.submit(token);

        navigate("candidate/" + gamer + "/profile", CandidateProfileView.class);

        String online = find(Div.class).id("profile-assessment").getElement().getTextRecursively();
        assertThat(online).contains("Похоже на выбор по длине", "снижен до 30 %");
        String type = find(Div.class).id("profile-type").getElement().getTextRecursively();
        assertThat(type).doesNotContain("Тип выражен ясно").contains("Полнота данных");
        assertThat(find(Div.class).id("profile-recommendation").getElement().getTextRecursively())
                .contains("Недостаточно данных");
    }

    @Test
    void hrSeesTheProfileButCannotOverride() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate("candidate/" + strong + "/profile", CandidateProfileView.class);
        assertThat(find(Button.class).withId("override-recommendation").all()).isEmpty();
    }

    @Test
    void twoCandidatesAreComparedWithTheBestScoreMarked() {
        navigate("vacancy/" + vacancy + "/compare", CompareView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CandidateSummary> choice = find(MultiSelectComboBox.class).id("compare-choice");
        test(choice).selectItem("Мария Орлова · Интервью", "Пётр Сидоров · Интервью");
        test(find(Button.class).id("compare-button")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("compare-grid");
        assertThat(test(grid).size()).isEqualTo(3 + 11 + 1);
        assertThat(test(grid).getCellComponent(0, 1).getElement().getTextRecursively()).isEqualTo("Однозначно да");
        assertThat(test(grid).getCellComponent(14, 2).getElement().getTextRecursively()).contains("Слабый контроль");
        assertThat(test(grid).getCellComponent(3, 1).getClassNames()).as("the best score is marked")
                .contains("rop-best");
        assertThat(test(grid).getCellComponent(3, 2).getClassNames()).doesNotContain("rop-best");
    }

    @Test
    void aLoneScoreIsNotBestAndAnOverrideIsMarkedWithWhoAndWhen() {
        long fresh = data.candidate(vacancy, "Анна Новикова");
        profiles.decide(weak, Recommendation.YES, "Обсудили на финальной встрече");
        navigate("vacancy/" + vacancy + "/compare", CompareView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CandidateSummary> choice = find(MultiSelectComboBox.class).id("compare-choice");
        test(choice).selectItem("Пётр Сидоров · Интервью", "Анна Новикова · Новые");
        test(find(Button.class).id("compare-button")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("compare-grid");
        // Columns follow the names: Анна, then Пётр.
        int column = 2;
        String owner = profiles.profile(weak).decision().decidedBy();
        assertThat(test(grid).getCellComponent(3, column).getElement().getTextRecursively()).isEqualTo("2,0");
        assertThat(test(grid).getCellComponent(3, column).getClassNames())
                .as("a 2,0 beside a candidate without data is not the best").doesNotContain("rop-best");
        String recommendation = test(grid).getCellComponent(0, column).getElement().getTextRecursively();
        assertThat(recommendation).startsWith("Да").contains("изменено владельцем: " + owner);
        assertThat(test(grid).getCellComponent(0, 3 - column).getElement().getTextRecursively())
                .doesNotContain("изменено владельцем");
    }

    @Test
    void aCaseIsAssignedOnTheCardAndScoredBesideTheRubric() {
        navigate(CandidateView.class, weak);
        BusinessCase first = caseLibrary.cases().getFirst();
        @SuppressWarnings("unchecked")
        Select<BusinessCase> which = find(Select.class).id("case-choice");
        test(which).selectItem(first.title());
        test(find(Button.class).id("assign-case")).click();
        test(find(Anchor.class).id("open-case-" + first.id())).click();
        assertThat(getCurrentView()).isInstanceOf(CaseSheetView.class);

        BusinessCase.Criterion criterion = first.criteria().getFirst();
        test(find(TextArea.class).id("case-answer")).setValue("Два варианта: пакет с монтажом и пилот.");
        test(find(Button.class).id("level-" + criterion.id() + "-3")).click();
        test(find(TextArea.class).id("comment-" + criterion.id())).setValue("Потери не посчитаны");

        long assignment = cases.assignments(weak).getFirst().id();
        assertThat(cases.sheet(assignment).answer()).startsWith("Два варианта");
        assertThat(cases.sheet(assignment).mine().get(criterion.id()).level()).isEqualTo(3);
        assertThat(cases.sheet(assignment).mine().get(criterion.id()).comment()).isEqualTo("Потери не посчитаны");
        assertThat(find(Button.class).id("level-" + criterion.id() + "-3").getClassNames())
                .contains("rop-anchor-chosen");
    }
}
