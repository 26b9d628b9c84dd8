package ru.rop.portal.outcomes.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.ui.CandidateView;
import ru.rop.portal.common.ui.HomeView;
import ru.rop.portal.outcomes.OutcomeRecord;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.security.Role;

/** The outcomes form on a hired candidate's card, the start page's reminder and the validity page's honest state. */
class OutcomesViewsTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TestClock clock;

    private long hired() {
        long candidate = data.candidate(data.vacancy(), "Нанятая Ирина");
        data.interviewed(candidate, 4, "Сильная");
        candidates.moveTo(candidate, Stage.OFFER, null);
        candidates.moveTo(candidate, Stage.HIRED, null);
        return candidate;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSetsTheStartDateAndRecordsAPeriodThatIsOver() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = hired();
        navigate(CandidateView.class, candidate);
        Div section = find(Div.class).id("outcomes-section");
        assertThat(section.isVisible()).isTrue();
        assertThat(find(Div.class).withId("outcome-form").all()).as("no period is over yet").isEmpty();

        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        test(find(DatePicker.class).id("outcome-start-date")).setValue(today.minusMonths(4));
        test(find(Button.class).id("outcome-start-save")).click();
        assertThat(find(Select.class).id("outcome-month").getValue()).isEqualTo(3);

        // out of limits (as a tampered browser would send it): the field says why and nothing is stored
        find(NumberField.class).id("outcome-plan").setValue(620.0);
        test(find(NumberField.class).id("outcome-turnover")).setValue(10.0);
        test(find(NumberField.class).id("outcome-conversion")).setValue(4.0);
        test(find(IntegerField.class).id("outcome-rating")).setValue(4);
        test(find(Button.class).id("outcome-save")).click();
        NumberField plan = find(NumberField.class).id("outcome-plan");
        assertThat(plan.isInvalid()).isTrue();
        assertThat(plan.getErrorMessage()).isEqualTo("Значение должно быть от 0 до 500.");
        assertThat(outcomes.hireOf(candidate).orElseThrow().outcomes()).isEmpty();

        // left the company without a reason: the note is asked for
        test(plan).setValue(92.5);
        test(find(Checkbox.class).id("outcome-employed")).click();
        test(find(Button.class).id("outcome-save")).click();
        assertThat(find(TextArea.class).id("outcome-note").isInvalid()).isTrue();
        test(find(Checkbox.class).id("outcome-employed")).click();
        test(find(TextArea.class).id("outcome-note")).setValue("Собрала команду заново");
        test(find(Button.class).id("outcome-save")).click();

        assertThat(outcomes.hireOf(candidate).orElseThrow().outcomes()).singleElement()
                .satisfies(o -> {
                    assertThat(o.month()).isEqualTo(3);
                    assertThat(o.planAttainmentPct()).isEqualTo(92.5);
                    assertThat(o.stillEmployed()).isTrue();
                    assertThat(o.note()).isEqualTo("Собрала команду заново");
                });
        Grid<OutcomeRecord> grid = find(Grid.class).id("outcomes-grid");
        assertThat(grid.getListDataView().getItems().map(OutcomeRecord::month)).containsExactly(3);
        assertThat(find(Div.class).withId("outcome-form").all()).as("the next period is not over").isEmpty();
        assertThat(find(DatePicker.class).withId("outcome-start-date").all()).as("the start date is fixed now")
                .isEmpty();
    }

    @Test
    void theStartPageListsPeriodsThatAreOverWithoutOutcomes() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = hired();
        outcomes.changeStartDate(candidate, LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(7));
        navigate(HomeView.class);
        Div due = find(Div.class).id("outcomes-due");
        assertThat(due.getElement().getTextRecursively()).contains("Итоги после найма: пора записать",
                "Нанятая Ирина", "3 мес.", "6 мес.");
    }

    @Test
    void hrSeesNeitherTheOutcomesNorTheValidityPage() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = hired();
        accounts.signIn(accounts.create(Role.HR).email());
        navigate(CandidateView.class, candidate);
        assertThat(find(Div.class).withId("outcomes-section").all()).as("hidden from HR").isEmpty();
        navigate(HomeView.class);
        assertThat(find(Div.class).withId("outcomes-due").all()).isEmpty();
        assertThatThrownBy(() -> navigate(ValidityView.class)).hasMessageContaining("NotFoundView");
    }

    @Test
    void theValidityPageSaysWhenThereAreTooFewHires() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        navigate(ValidityView.class);
        if (!find(Paragraph.class).withId("validity-too-few").all().isEmpty()) {
            assertThat(find(Paragraph.class).id("validity-too-few").getText())
                    .contains("нужно хотя бы 5").contains("корреляции здесь не считаются");
            assertThat(find(Grid.class).withId("validity-predictors").all()).isEmpty();
        } else {
            assertThat(find(Grid.class).id("validity-predictors").isVisible()).isTrue();
        }
    }
}
