package ru.rop.portal.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.ui.CandidateView;
import ru.rop.portal.interview.ui.PanelView;
import ru.rop.portal.report.BlindScene;

/** What a rater in progress sees on the screens: only her own scores, and a message where the others' would be. */
class BlindViewsTest extends ViewTest {

    private static final String LATER = "Появится после того, как вы отправите своё интервью";

    @Autowired
    BlindScene scenes;

    private BlindScene.Scene scene;

    @BeforeEach
    void ownerDecidedAndHrInterviewing() {
        scene = scenes.hrInterviewing();
    }

    private static String text(HasElement component) {
        return component.getElement().getTextRecursively();
    }

    private static void assertNothingOfTheOwner(String text) {
        assertThat(text).doesNotContain(BlindScene.OWNER_REASON, BlindScene.OWNER_CONCLUSION,
                BlindScene.OWNER_QUOTE, BlindScene.CASE_COMMENT, BlindScene.OWNER_NAME, "Однозначно нет");
    }

    @Test
    void thePanelShowsHerOwnColumnAndTheMessage() {
        navigate("candidate/" + scene.candidate() + "/panel", PanelView.class);

        assertThat(find(Paragraph.class).id("panel-blinded").getText()).contains("отправите своё интервью");
        Grid<?> grid = find(Grid.class).id("panel-grid");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains(BlindScene.HR_NAME).doesNotContain(BlindScene.OWNER_NAME);
        assertThat(test(grid).size()).isEqualTo(11);
        assertThat(find(Div.class).withId("panel-conclusions").all()).isEmpty();
        assertNothingOfTheOwner(text(getCurrentView()));

        scenes.hrSubmits(scene);
        navigate("candidate/" + scene.candidate() + "/panel", PanelView.class);
        Grid<?> open = find(Grid.class).id("panel-grid");
        assertThat(open.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains(BlindScene.OWNER_NAME, BlindScene.HR_NAME);
        assertThat(text(find(Div.class).id("panel-conclusions"))).contains(BlindScene.OWNER_CONCLUSION);
    }

    @Test
    void theProfileShowsNoConclusionOfTheOthersAndNoReportUntilSheSubmits() {
        navigate("candidate/" + scene.candidate() + "/profile", CandidateProfileView.class);

        String page = text(getCurrentView());
        assertNothingOfTheOwner(page);
        assertThat(find(Paragraph.class).id("profile-blinded").getText()).contains("решение собственника");
        for (String card : new String[] {"profile-recommendation", "profile-type", "profile-red-flags",
                "profile-quotes"}) {
            assertThat(text(find(Div.class).id(card))).as(card).contains(LATER);
        }
        assertThat(find(Anchor.class).withId("profile-report").all()).isEmpty();

        scenes.hrSubmits(scene);
        navigate("candidate/" + scene.candidate() + "/profile", CandidateProfileView.class);
        assertThat(find(Paragraph.class).id("decision-reason").getText()).isEqualTo(BlindScene.OWNER_REASON);
        assertThat(text(find(Div.class).id("profile-recommendation"))).contains("Однозначно нет");
        assertThat(text(find(Div.class).id("profile-quotes"))).contains(BlindScene.OWNER_QUOTE);
        assertThat(find(Anchor.class).withId("profile-report").all()).hasSize(1);
    }

    @Test
    void theCardShowsTheMessageInsteadOfTheRecommendation() {
        navigate(CandidateView.class, scene.candidate());

        String section = text(find(Div.class).id("profile-section"));
        assertNothingOfTheOwner(section);
        assertThat(section).contains(LATER);

        scenes.hrSubmits(scene);
        navigate(CandidateView.class, scene.candidate());
        assertThat(text(find(Div.class).id("profile-section"))).contains("Однозначно нет");
    }

    @Test
    void theComparisonHidesTheCandidateSheInterviews() {
        navigate("vacancy/" + scene.vacancy() + "/compare", CompareView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CandidateSummary> choice = find(MultiSelectComboBox.class).id("compare-choice");
        test(choice).selectItem("Анна Сергеевна Смирнова · Интервью", "Ольга Ким · Интервью");
        test(find(Button.class).id("compare-button")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("compare-grid");
        int smirnova = grid.getColumns().get(1).getHeaderComponent().getElement().getTextRecursively()
                .contains("Смирнова") ? 1 : 2;
        for (int row = 0; row < 3; row++) {
            String cell = text(test(grid).getCellComponent(row, smirnova));
            assertThat(cell).contains(LATER);
            assertNothingOfTheOwner(cell);
        }
        assertThat(text(test(grid).getCellComponent(test(grid).size() - 1, smirnova))).isEmpty();
        assertThat(text(test(grid).getCellComponent(test(grid).size() - 1, 3 - smirnova)))
                .as("a candidate she does not interview").contains(BlindScene.OTHER_CONCLUSION);
        assertThat(find(Anchor.class).withId("compare-report").all()).isEmpty();

        scenes.hrSubmits(scene);
        navigate("vacancy/" + scene.vacancy() + "/compare", CompareView.class);
        test(find(MultiSelectComboBox.class).id("compare-choice")).selectItem("Анна Сергеевна Смирнова · Интервью",
                "Ольга Ким · Интервью");
        test(find(Button.class).id("compare-button")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> after = find(Grid.class).id("compare-grid");
        // The owner's decision, now visible, is said to be the owner's.
        assertThat(text(test(after).getCellComponent(0, smirnova))).startsWith("Однозначно нет")
                .contains("изменено владельцем");
        assertThat(find(Anchor.class).withId("compare-report").all()).hasSize(1);
    }
}
