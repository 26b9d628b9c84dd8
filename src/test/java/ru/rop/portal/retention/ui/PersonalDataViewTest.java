package ru.rop.portal.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.retention.DestructionActSummary;
import ru.rop.portal.retention.DueErasure;
import ru.rop.portal.security.Role;

class PersonalDataViewTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateLookup lookup;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSeesWhatIsDueOverdueFirstAndDestroysItWithAnAct() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long later = data.candidate(data.vacancy(), "Поздний Кирилл");
        long sooner = data.candidate(data.vacancy(), "Ранний Семён");
        candidates.moveTo(sooner, Stage.REJECTED, "Нет опыта в B2B");
        clock.advance(Duration.ofDays(20));
        candidates.moveTo(later, Stage.REJECTED, "Выбрали другого");
        clock.advance(Duration.ofDays(11));

        navigate(PersonalDataView.class);
        Grid<DueErasure> due = find(Grid.class).id("retention-due");
        List<DueErasure> rows = due.getListDataView().getItems().toList();
        List<Long> order = rows.stream().map(DueErasure::candidateId).filter(id -> id == later || id == sooner)
                .toList();
        assertThat(order).containsExactly(sooner, later);
        assertThat(rows).filteredOn(r -> r.candidateId() == sooner).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        assertThat(rows).filteredOn(r -> r.candidateId() == later).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isFalse());
        assertThat(due.getPartNameGenerator().apply(rows.stream().filter(r -> r.candidateId() == sooner)
                .findFirst().orElseThrow())).isEqualTo("rop-overdue");

        Button erase = find(Button.class).id("retention-erase-now");
        assertThat(erase.isEnabled()).isTrue();
        test(erase).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(lookup.find(sooner)).isEmpty();
        assertThat(lookup.find(later)).isPresent();
        Grid<DestructionActSummary> acts = find(Grid.class).id("retention-acts");
        assertThat(acts.getListDataView().getItems().findFirst().orElseThrow().reason().name())
                .isEqualTo("RETENTION");
        assertThat(due.getListDataView().getItems().map(DueErasure::candidateId)).doesNotContain(sooner)
                .contains(later);
    }

    @Test
    void hrCannotOpenThePage() {
        accounts.signIn(accounts.create(Role.HR).email());
        // A route the user may not open answers as if it did not exist.
        assertThatThrownBy(() -> navigate(PersonalDataView.class)).hasMessageContaining("NotFoundView");
    }
}
