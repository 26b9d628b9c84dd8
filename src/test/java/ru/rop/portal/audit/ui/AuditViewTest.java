package ru.rop.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.audit.AuditActor;
import ru.rop.portal.audit.AuditEntry;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.security.Role;

class AuditViewTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSeesTheEntriesAndNarrowsThemByActionAndPerson() {
        String first = accounts.create(Role.HR).email();
        String second = accounts.create(Role.HR).email();
        accounts.signIn(first);
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Белова Ольга");
        candidates.openAudited(candidate);
        accounts.signIn(second);
        candidates.exportCsv(vacancy);
        candidates.openAudited(candidate);
        accounts.signIn(accounts.create(Role.OWNER).email());

        navigate(AuditView.class);
        assertThat(((AuditView) getCurrentView()).getPageTitle()).isEqualTo("Журнал действий");
        Grid<AuditEntry> grid = find(Grid.class).id("audit-grid");
        // Other tests share the database: this vacancy's lines only.
        test(find(IntegerField.class).id("audit-vacancy")).setValue((int) vacancy);
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(find(Span.class).id("audit-found").getText()).isEqualTo("Записей: 4");
        assertThat(test(grid).getRow(0).actor()).as("newest first").isEqualTo(second);
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively()).isEqualTo("Белова Ольга");
        assertThat(test(grid).getCellComponent(0, 2).getElement().getTextRecursively()).isEqualTo("Просмотр");

        test(find(ComboBox.class).id("audit-action")).selectItem("Выгрузка");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).detail()).isEqualTo("candidates.csv 1 rows");
        assertThat(test(grid).getCellText(0, 4)).as("the detail in words")
                .isEqualTo("Список кандидатов выгружен в CSV, строк в файле: 1");
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively()).startsWith("РОП ");

        find(ComboBox.class).id("audit-action").clear();
        ComboBox<AuditActor> who = find(ComboBox.class).id("audit-actor");
        test(who).selectItem("Тестовый HR · " + first);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).action()).isEqualTo(AuditEvent.Action.VIEW);
        assertThat(test(grid).getRow(1).action()).isEqualTo(AuditEvent.Action.CREATE);

        test(find(DatePicker.class).id("audit-to")).setValue(LocalDate.now().minusDays(2));
        assertThat(test(grid).size()).as("nothing happened before today").isZero();

        test(find(Button.class).id("audit-reset")).click();
        assertThat(find(IntegerField.class).id("audit-vacancy").getValue()).isNull();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aDeletedCandidateIsShownByNumber() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Козлов Артём");
        candidates.erase(candidate);
        accounts.signIn(accounts.create(Role.OWNER).email());

        navigate(AuditView.class);
        Grid<AuditEntry> grid = find(Grid.class).id("audit-grid");
        test(find(IntegerField.class).id("audit-candidate")).setValue((int) candidate);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively())
                .isEqualTo("кандидат №" + candidate);
        assertThat(test(grid).getCellComponent(0, 2).getElement().getTextRecursively())
                .isEqualTo("Уничтожение данных");
    }
}
