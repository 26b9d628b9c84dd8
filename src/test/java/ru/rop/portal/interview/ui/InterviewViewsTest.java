package ru.rop.portal.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.ui.CandidateView;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.interview.InterviewQuestion;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.KitForm;
import ru.rop.portal.interview.KitService;
import ru.rop.portal.interview.QuestionBank;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

class InterviewViewsTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    InterviewService interviews;
    @Autowired
    KitService kits;
    @Autowired
    QuestionBank bank;
    @Autowired
    RopModel model;

    private TestAccounts.Account owner;
    private long vacancy;
    private long candidate;

    @BeforeEach
    void candidate() {
        owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        vacancy = data.vacancy();
        candidate = data.candidate(vacancy, "Игорь Лебедев");
    }

    private InterviewView startFromTheCard() {
        navigate(CandidateView.class, candidate);
        test(find(Button.class).id("start-interview")).click();
        return (InterviewView) getCurrentView();
    }

    @Test
    void theOwnerScoresTakesNotesAndFindsEverythingWhenComingBack() {
        startFromTheCard();
        long id = interviews.interviews(candidate).getFirst().id();
        test(find(Button.class).id("score-4")).click();
        test(find(TextArea.class).id("notes")).setValue("Назвал план 45 млн и факт 48 млн");
        test(find(Button.class).id("interview-next")).click();
        test(find(Button.class).id("score-2")).click();
        test(find(Button.class).id("score-2")).click();

        InterviewSession session = interviews.session(id);
        assertThat(session.steps().getFirst().answer().score()).isEqualTo(4);
        assertThat(session.steps().getFirst().answer().text(NoteField.NOTES)).contains("48 млн");
        assertThat(session.steps().get(1).answer().score()).as("choosing the chosen level again clears it").isNull();
        assertThat(session.currentPosition()).isEqualTo(1);

        navigate("interview/" + id, InterviewView.class);
        assertThat(find(Span.class).id("interview-position").getText()).startsWith("Вопрос 2 из");
        test(find(Button.class).id("interview-back")).click();
        assertThat(find(Button.class).id("score-4").getClassNames()).contains("rop-anchor-chosen");
        assertThat(find(TextArea.class).id("notes").getValue()).contains("48 млн");
        assertThat(find(Button.class).id("jump-1").getClassNames()).contains("rop-jump-scored");
    }

    @Test
    void aStylePositionIsMarkedBesideTheScoreAndKeptOnReload() {
        InterviewQuestion styled = bank.questions().stream().filter(q -> !q.styles().isEmpty()).findFirst()
                .orElseThrow();
        DimensionId style = styled.styles().getFirst();
        Dimension dimension = model.dimension(style);
        kits.save(vacancy, new KitForm(45, List.of(styled.id()), null));
        startFromTheCard();
        long id = interviews.interviews(candidate).getFirst().id();
        String prefix = "style-" + style.name();
        assertThat(find(Div.class).id(prefix).getElement().getTextRecursively()).contains(dimension.label(),
                "Не оценка качества: где кандидат находится на этой шкале");

        test(find(Button.class).id(prefix + "-4")).click();

        assertThat(find(Paragraph.class).id(prefix + "-text").getText()).isEqualTo(dimension.scaleText(4));
        assertThat(interviews.session(id).steps().getFirst().answer().style(style)).isEqualTo(4);
        assertThat(interviews.session(id).steps().getFirst().answer().score()).as("not a score").isNull();

        navigate("interview/" + id, InterviewView.class);
        assertThat(find(Button.class).id(prefix + "-4").getClassNames()).contains("rop-style-segment-chosen");
        assertThat(find(Button.class).id(prefix + "-3").getClassNames()).doesNotContain("rop-style-segment-chosen");
        assertThat(find(Paragraph.class).id(prefix + "-text").getText()).isEqualTo(dimension.scaleText(4));

        test(find(Button.class).id(prefix + "-4")).click();
        assertThat(interviews.session(id).steps().getFirst().answer().styles()).as("clicked again: cleared").isEmpty();
        assertThat(find(Button.class).id(prefix + "-4").getClassNames()).doesNotContain("rop-style-segment-chosen");
    }

    @Test
    void redFlagsAndStarNotesAreSavedAsTheyAreGiven() {
        startFromTheCard();
        long id = interviews.interviews(candidate).getFirst().id();
        InterviewSession session = interviews.session(id);
        int flagged = 0;
        while (session.steps().get(flagged).redFlags().isEmpty()) {
            flagged++;
        }
        test(find(Button.class).id("jump-" + (flagged + 1))).click();
        String flag = session.steps().get(flagged).redFlags().getFirst().id();
        test(find(Checkbox.class).id("flag-" + flag)).click();
        test(find(TextArea.class).id("star-result")).setValue("Выручка +20 % за квартал");

        InterviewSession saved = interviews.session(id);
        assertThat(saved.steps().get(flagged).answer().redFlags()).containsExactly(flag);
        assertThat(saved.steps().get(flagged).answer().result()).isEqualTo("Выручка +20 % за квартал");
    }

    @Test
    void submittingNeedsAConclusionAndOpensThePanel() {
        startFromTheCard();
        test(find(Button.class).id("score-5")).click();
        test(find(Button.class).id("interview-finish")).click();
        test(find(Button.class).id("submit-interview")).click();
        TextArea conclusion = find(TextArea.class).id("conclusion");
        assertThat(conclusion.isInvalid()).isTrue();
        test(conclusion).setValue("Сильный управленец, слабее в найме");
        test(find(Button.class).id("submit-interview")).click();

        assertThat(getCurrentView()).isInstanceOf(PanelView.class);
        Grid<?> grid = find(Grid.class).id("panel-grid");
        assertThat(test(grid).size()).isEqualTo(11);
        assertThat(find(Div.class).id("panel-conclusions").getElement().getTextRecursively())
                .contains("Сильный управленец, слабее в найме");

        // Opened again afterwards, the interview's clock stands still instead of counting on.
        long id = interviews.interviews(candidate).getFirst().id();
        navigate("interview/" + id, InterviewView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("interview-clock").getText())
                .isEqualTo("Интервью отправлено — время больше не идёт");
    }

    @Test
    void aColleagueWithAnOpenInterviewSeesOnlyHerOwnColumnOnThePanel() {
        long mine = interviews.start(candidate);
        interviews.score(mine, interviews.session(mine).steps().getFirst().question().id(), 5);
        interviews.submit(mine, "Да");
        accounts.signIn(accounts.create(Role.HR).email());
        interviews.start(candidate);

        navigate("candidate/" + candidate + "/panel", PanelView.class);

        assertThat(find(Paragraph.class).id("panel-blinded").getText()).contains("отправите своё интервью");
        Grid<?> grid = find(Grid.class).id("panel-grid");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Тестовый HR").doesNotContain("Тестовый OWNER");
        assertThat(find(Div.class).withId("panel-conclusions").all()).isEmpty();
    }

    @Test
    void theKitIsProposedForTheLengthEditedAndSavedAtOnce() {
        navigate("vacancy/" + vacancy + "/interview-kit", InterviewKitView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> length = find(Select.class).id("kit-length");
        test(length).selectItem("90 мин");
        test(find(Button.class).id("kit-propose")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Paragraph.class).id("kit-time").getText()).contains("из 90 минут");
        test(find(Button.class).id("kit-save")).click();
        assertThat(kits.plan(vacancy).saved()).isTrue();
        int before = kits.plan(vacancy).questions().size();
        String first = kits.plan(vacancy).questions().getFirst().id();

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("kit-grid");
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, 4);
        Button remove = actions.getChildren().map(Button.class::cast)
                .filter(b -> ("kit-remove-" + first).equals(b.getId().orElse(null))).findFirst().orElseThrow();
        test(remove).click();

        assertThat(kits.plan(vacancy).questions()).hasSize(before - 1)
                .noneMatch(q -> q.id().equals(first));
        assertThat(kits.plan(vacancy).lengthMinutes()).isEqualTo(90);
    }

    @Test
    void changingTheLengthNeverLeavesAPlanForAnotherLength() {
        navigate("vacancy/" + vacancy + "/interview-kit", InterviewKitView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> length = find(Select.class).id("kit-length");
        assertThat(length.getValue()).isEqualTo(60);
        test(length).selectItem("45 мин");
        int proposed45 = kits.coverage(kits.propose(vacancy, 45).questions()).plannedMinutes();
        assertThat(find(Paragraph.class).id("kit-time").getText()).as("the untouched proposal follows the length")
                .contains(proposed45 + " из 45 минут");
        assertThat(find(Paragraph.class).withId("kit-over").all()).isEmpty();

        List<String> edited = new java.util.ArrayList<>(kits.propose(vacancy, 90).questions().stream()
                .map(InterviewQuestion::id).toList()).reversed();
        kits.save(vacancy, new KitForm(90, edited, null));
        int planned90 = kits.plan(vacancy).coverage().plannedMinutes();
        assertThat(planned90).isGreaterThan(45);
        navigate("vacancy/" + vacancy + "/interview-kit", InterviewKitView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> savedLength = find(Select.class).id("kit-length");
        test(savedLength).selectItem("45 мин");
        assertThat(find(Paragraph.class).id("kit-over").getText()).as("a saved plan says how far over it runs")
                .contains("длиннее интервью на " + (planned90 - 45) + " мин");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Paragraph.class).id("kit-time").getText()).contains(proposed45 + " из 45 минут");
        assertThat(find(Paragraph.class).withId("kit-over").all()).isEmpty();
        assertThat(kits.plan(vacancy).lengthMinutes()).isEqualTo(45);
        assertThat(kits.plan(vacancy).coverage().plannedMinutes()).isLessThanOrEqualTo(45);
    }
}
