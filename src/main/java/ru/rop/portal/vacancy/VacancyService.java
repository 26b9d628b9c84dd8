package ru.rop.portal.vacancy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.ContactRules;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;

/** Vacancies and the company profile, for owners, HR and integrations. */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class VacancyService {

    static final int MAX_SALARY = 100_000_000;

    private final VacancyRepository vacancies;
    private final CompanyProfileRepository profiles;
    private final CurrentActor actor;
    private final Clock clock;
    private final VacancyCreationLockRepository creationLock;

    VacancyService(VacancyRepository vacancies, CompanyProfileRepository profiles, CurrentActor actor, Clock clock,
                   VacancyCreationLockRepository creationLock) {
        this.creationLock = creationLock;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VacancySummary> list() {
        return vacancies.findAllByOrderByCreatedAtDesc().stream().map(Vacancy::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VacancySummary> find(long id) {
        return vacancies.findById(id).map(Vacancy::toSummary);
    }

    /** @throws DuplicateVacancyException when an open vacancy already has this title */
    @Transactional
    public VacancySummary create(VacancyForm form) {
        return create(form, false);
    }

    /**
     * @param duplicateConfirmed the person saw the open vacancy with the same title and wants another one anyway
     * @throws DuplicateVacancyException when an open vacancy already has this title and that was not confirmed
     */
    @Transactional
    public VacancySummary create(VacancyForm form, boolean duplicateConfirmed) {
        VacancyForm checked = check(form);
        if (!duplicateConfirmed) {
            // «Новая вакансия» comes pre-filled: a second click on save would quietly open the same search twice.
            // Taken before the first read, so on MariaDB the check reads what the previous creation committed.
            creationLock.lock(VacancyCreationLock.THE_LOCK).orElseThrow();
            String title = comparable(checked.title());
            vacancies.findAllByStatus(VacancyStatus.OPEN).stream().map(Vacancy::toSummary)
                    .filter(v -> comparable(v.title()).equals(title)).findFirst().ifPresent(existing -> {
                        throw new DuplicateVacancyException(existing.id(), existing.title());
                    });
        }
        Vacancy vacancy = new Vacancy(actor.name(), clock.instant());
        vacancy.apply(checked, clock.instant());
        return vacancies.saveAndFlush(vacancy).toSummary();
    }

    /** @throws UserFacingException {@code vacancy.changed} when someone saved it since the form was loaded */
    @Transactional
    public VacancySummary update(long id, VacancyForm form) {
        VacancyForm checked = check(form);
        Vacancy vacancy = vacancies.findById(id).orElseThrow(() -> new UserFacingException("vacancy.not-found"));
        if (vacancy.getVersion() != form.version()) {
            throw new StaleEditException("vacancy.changed");
        }
        vacancy.apply(checked, clock.instant());
        return vacancies.saveAndFlush(vacancy).toSummary();
    }

    @Transactional(readOnly = true)
    public CompanyProfileForm companyProfile() {
        return profiles.findById(CompanyProfile.THE_COMPANY).map(CompanyProfile::toForm)
                .orElseGet(CompanyProfileForm::empty);
    }

    @Transactional
    public CompanyProfileForm saveCompanyProfile(CompanyProfileForm form) {
        CompanyProfileForm checked = new CompanyProfileForm(
                FormRules.required("name", form.name(), 200),
                FormRules.optional("industry", form.industry(), 200),
                FormRules.optional("products", form.products(), 1000),
                form.salesModel(),
                FormRules.range("salesTeamSize", form.salesTeamSize(), 1, 10_000),
                FormRules.optional("ropReportsTo", form.ropReportsTo(), 200),
                FormRules.optional("keyKpis", form.keyKpis(), 1000),
                form.version());
        CompanyProfile profile = profiles.findById(CompanyProfile.THE_COMPANY).orElse(null);
        if (profile == null) {
            profile = new CompanyProfile();
        } else if (profile.getVersion() != form.version()) {
            throw new StaleEditException("company.changed");
        }
        profile.apply(checked, actor.name(), clock.instant());
        return profiles.saveAndFlush(profile).toForm();
    }

    @Transactional(readOnly = true)
    public PersonalDataOperator operator() {
        return profiles.findById(CompanyProfile.THE_COMPANY).map(CompanyProfile::toOperator)
                .orElseGet(PersonalDataOperator::empty);
    }

    /**
     * The operator's address and e-mail for requests, kept with the company profile.
     *
     * @throws UserFacingException {@code company.operator.no-profile} before the profile (the name) is saved
     */
    @Transactional
    public PersonalDataOperator saveOperator(PersonalDataOperator form) {
        CompanyProfile profile = profiles.findById(CompanyProfile.THE_COMPANY)
                .orElseThrow(() -> new UserFacingException("company.operator.no-profile"));
        if (profile.getVersion() != form.version()) {
            throw new StaleEditException("company.changed");
        }
        String address = FormRules.optional("operatorAddress", form.address(), 500);
        String email = form.email() == null || form.email().isBlank() ? null : checkedEmail(form.email());
        profile.operator(address, email, actor.name(), clock.instant());
        return profiles.saveAndFlush(profile).toOperator();
    }

    private static String checkedEmail(String email) {
        try {
            return ContactRules.checkedEmail(email);
        } catch (UserFacingException e) {
            throw UserFacingException.forField("privacyEmail", e.messageKey());
        }
    }

    /** A region people pick (not a fixed offset), so summer time and law changes follow the tz database. */
    private static String timeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return VacancyForm.DEFAULT_TIME_ZONE;
        }
        if (!zone.contains("/") || !ZoneId.getAvailableZoneIds().contains(zone.strip())) {
            throw UserFacingException.forField("timeZone", "vacancy.time-zone.unknown");
        }
        return zone.strip();
    }

    private static String comparable(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static VacancyForm check(VacancyForm form) {
        Integer from = FormRules.range("salaryFrom", form.salaryFrom(), 0, MAX_SALARY);
        Integer to = FormRules.range("salaryTo", form.salaryTo(), 0, MAX_SALARY);
        if (from != null && to != null && from > to) {
            throw UserFacingException.forField("salaryTo", "vacancy.salary.order");
        }
        return new VacancyForm(
                FormRules.required("title", form.title(), 200),
                FormRules.required("companyName", form.companyName(), 200),
                FormRules.optional("industry", form.industry(), 200),
                FormRules.range("salesTeamSize", form.salesTeamSize(), 1, 10_000),
                FormRules.optional("reportsTo", form.reportsTo(), 200),
                form.status() == null ? VacancyStatus.OPEN : form.status(),
                from, to,
                FormRules.optional("requiredExperience", form.requiredExperience(), 500),
                FormRules.optional("notes", form.notes(), 4000),
                form.version(), timeZone(form.timeZone()));
    }
}
