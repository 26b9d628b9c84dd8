package ru.rop.portal.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateForms;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.security.Role;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.ui.VacanciesView;

class PipelineViewsTest extends ViewTest {

    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void hrCreatesAVacancyAndLandsOnItsPipeline() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate(VacanciesView.class);
        test(find(Button.class).id("add-vacancy")).click();
        test(find(TextField.class).id("vacancy-title")).setValue("РОП в Казани " + run);
        test(find(TextField.class).id("vacancy-company")).setValue("ООО «Восток»");
        test(find(Button.class).id("save-vacancy")).click();
        PipelineView pipeline = (PipelineView) getCurrentView();
        assertThat(pipeline.getPageTitle()).isEqualTo("РОП в Казани " + run);
        assertThat(find(Div.class).id("board").getElement().getTextRecursively()).contains("Новые", "Оффер");
    }

    @Test
    void aSecondOpenVacancyWithTheSameTitleIsCreatedOnlyWhenConfirmed() {
        accounts.signIn(accounts.create(Role.HR).email());
        long existing = vacancies.create(aVacancy().withTitle("РОП в Казани " + run).build()).id();
        navigate(VacanciesView.class);
        int before = vacancies.list().size();
        test(find(Button.class).id("add-vacancy")).click();
        test(find(TextField.class).id("vacancy-title")).setValue(" рОП в  казани " + run);
        test(find(TextField.class).id("vacancy-company")).setValue("ООО «Восток»");
        test(find(Button.class).id("save-vacancy")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("duplicate-vacancy");
        assertThat(confirm.getElement().getProperty("header"))
                .isEqualTo("Вакансия «РОП в Казани " + run + "» уже есть. Создать ещё одну?");
        assertThat(find(Anchor.class).id("existing-vacancy").getHref()).isEqualTo("vacancy/" + existing);
        assertThat(vacancies.list()).hasSize(before);

        test(confirm).confirm();
        assertThat(vacancies.list()).hasSize(before + 1);
        assertThat(getCurrentView()).isInstanceOf(PipelineView.class);
    }

    @Test
    void anEmptyVacancyTitleIsShownAtTheFieldAndNothingIsCreated() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate(VacanciesView.class);
        int before = vacancies.list().size();
        test(find(Button.class).id("add-vacancy")).click();
        test(find(TextField.class).id("vacancy-title")).setValue("   ");
        test(find(Button.class).id("save-vacancy")).click();
        TextField title = find(TextField.class).id("vacancy-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Заполните это поле.");
        assertThat(vacancies.list()).hasSize(before);
    }

    @Test
    void addingTheSameEmailTwiceIsRefusedWithALinkToTheExistingCandidate() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = vacancies.create(aVacancy().build()).id();
        navigate(PipelineView.class, vacancy);
        addCandidate("Соколов Павел", "pavel." + run + "@mail.ru");
        assertThat(find(Div.class).id("board").getElement().getTextRecursively()).contains("Соколов Павел");

        addCandidate("Павел Соколов", "Pavel." + run + "@mail.ru");
        assertThat(find(EmailField.class).id("candidate-email").getErrorMessage())
                .isEqualTo("Кандидат с таким e-mail уже есть в этой вакансии: Соколов Павел.");
        test(find(Button.class).id("open-existing")).click();
        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(((CandidateView) getCurrentView()).getPageTitle()).isEqualTo("Соколов Павел");
    }

    private void addCandidate(String name, String email) {
        test(find(Button.class).id("add-candidate")).click();
        test(find(TextField.class).id("candidate-name")).setValue(name);
        test(find(EmailField.class).id("candidate-email")).setValue(email);
        test(find(Button.class).id("save-candidate")).click();
    }

    @Test
    void aColleaguesSaveInBetweenIsReportedNotOverwritten() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = vacancies.create(aVacancy().build()).id();
        CandidateSummary candidate = candidates.create(aCandidate(vacancy).withCity("Москва").build());
        navigate(CandidateView.class, candidate.id());

        CandidateForm colleague = candidates.form(candidate.id());
        candidates.update(candidate.id(), CandidateForms.editing(colleague).withCity("Тверь").build());

        test(find(TextField.class).id("candidate-city")).setValue("Сочи");
        test(find(Button.class).id("save-candidate")).click();
        assertThat(find(Div.class).id("candidate-problem").getText()).startsWith("Данные кандидата только что изменил");
        assertThat(candidates.find(candidate.id()).orElseThrow().city()).isEqualTo("Тверь");
    }
}
