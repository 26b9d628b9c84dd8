package ru.rop.portal.interview;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Interview plans of vacancies: the app's proposal for a length, the owner's edits, one saved kit per vacancy. */
@Service
@RolesAllowed(Roles.HR)
public class KitService {

    static final int DEFAULT_LENGTH = 60;
    static final int MAX_QUESTIONS = 30;

    private final InterviewKitRepository kits;
    private final QuestionBank bank;
    private final RopModel model;
    private final VacancyService vacancies;
    private final CurrentActor actor;
    private final Clock clock;
    private final InterviewKitPdf pdf;
    private final AppI18NProvider i18n;

    KitService(InterviewKitRepository kits, QuestionBank bank, RopModel model, VacancyService vacancies,
               CurrentActor actor, Clock clock, InterviewKitPdf pdf, AppI18NProvider i18n) {
        this.pdf = pdf;
        this.i18n = i18n;
        this.kits = kits;
        this.bank = bank;
        this.model = model;
        this.vacancies = vacancies;
        this.actor = actor;
        this.clock = clock;
    }

    public List<Integer> lengths() {
        return KitPlanner.LENGTHS;
    }

    /** The saved kit, or the proposal for an hour when nobody has saved one yet. */
    @Transactional(readOnly = true)
    public KitPlan plan(long vacancyId) {
        VacancySummary vacancy = vacancy(vacancyId);
        return kits.findById(vacancyId)
                .map(kit -> {
                    List<InterviewQuestion> questions = questions(kit.getQuestionIds());
                    return new KitPlan(vacancyId, vacancy.title(), kit.getLengthMinutes(), questions,
                            coverage(questions), true, kit.getUpdatedAt(), kit.getUpdatedBy(), kit.getVersion());
                })
                .orElseGet(() -> proposal(vacancy, DEFAULT_LENGTH));
    }

    /** A fresh proposal for the length; nothing is saved until the owner saves it. */
    @Transactional(readOnly = true)
    public KitPlan propose(long vacancyId, int lengthMinutes) {
        checkLength(lengthMinutes);
        return proposal(vacancy(vacancyId), lengthMinutes);
    }

    public KitCoverage coverage(List<InterviewQuestion> questions) {
        return KitPlanner.coverage(questions, model.competencies());
    }

    /** @throws UserFacingException {@code kit.changed} when a colleague saved the kit since it was loaded */
    @Transactional
    public KitPlan save(long vacancyId, KitForm form) {
        vacancy(vacancyId);
        checkLength(form.lengthMinutes());
        List<String> ids = form.questionIds() == null ? List.of() : form.questionIds();
        if (ids.isEmpty()) {
            throw new UserFacingException("kit.empty");
        }
        if (ids.size() > MAX_QUESTIONS) {
            throw new UserFacingException("kit.too-many", MAX_QUESTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (bank.question(id).isEmpty()) {
                throw new UserFacingException("kit.unknown-question", id);
            }
            if (!seen.add(id)) {
                throw new UserFacingException("kit.duplicate-question", id);
            }
        }
        InterviewKit kit = kits.findById(vacancyId).orElse(null);
        Long savedVersion = kit == null ? null : kit.getVersion();
        if (!Objects.equals(savedVersion, form.version())) {
            throw new StaleEditException("kit.changed");
        }
        if (kit == null) {
            kit = new InterviewKit(vacancyId);
        }
        kit.replace(form.lengthMinutes(), ids, actor.name(), clock.instant());
        try {
            kits.saveAndFlush(kit);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Two editors saved at the same moment: the version or the primary key caught what the check could not.
            throw new StaleEditException("kit.changed");
        }
        return plan(vacancyId);
    }

    /** The kit on paper, in Russian, for interviewers who prefer to write by hand. */
    @Transactional(readOnly = true)
    public byte[] pdf(long vacancyId) {
        KitPlan plan = plan(vacancyId);
        VacancySummary vacancy = vacancy(vacancyId);
        Map<String, List<InterviewQuestion>> byCompetency = new LinkedHashMap<>();
        plan.questions().forEach(q -> byCompetency.computeIfAbsent(q.competency(), c -> new ArrayList<>()).add(q));
        List<KitDocument.Section> sections = new ArrayList<>();
        int sectionNumber = 0;
        for (Map.Entry<String, List<InterviewQuestion>> entry : byCompetency.entrySet()) {
            sectionNumber++;
            Competency competency = model.competency(entry.getKey()).orElseThrow();
            List<KitDocument.Item> items = new ArrayList<>();
            int itemNumber = 0;
            for (InterviewQuestion question : entry.getValue()) {
                itemNumber++;
                items.add(new KitDocument.Item(sectionNumber + "." + itemNumber, question.text(),
                        i18n.russian("kit.pdf.meta." + question.kind().name(), question.minutes()),
                        i18n.russian("interview.listen-for"), question.listenFor(),
                        i18n.russian("interview.probes"), question.probes(),
                        i18n.russian("kit.pdf.scale"), question.levels(competency),
                        i18n.russian("kit.pdf.styles"), question.styles().stream().map(model::dimension)
                                .map(style -> i18n.russian("kit.pdf.style-line", style.label(), style.scaleText(1),
                                        style.scaleText(5))).toList(),
                        i18n.russian("interview.red-flags"),
                        question.redFlags().stream().map(model::redFlag).flatMap(Optional::stream)
                                .map(RedFlag::label).toList(),
                        i18n.russian("kit.pdf.notes")));
            }
            sections.add(new KitDocument.Section(sectionNumber + ". " + competency.label(), items));
        }
        List<String> notes = new ArrayList<>();
        if (!plan.coverage().uncoveredCompetencies().isEmpty()) {
            notes.add(i18n.russian("kit.pdf.uncovered", String.join(", ", plan.coverage().uncoveredCompetencies())));
        }
        notes.add(i18n.russian("kit.pdf.scoring-note"));
        String title = i18n.russian("kit.title", vacancy.title());
        return pdf.render(new KitDocument(title, vacancy.companyName(),
                vacancy.title() + " — " + i18n.russian("kit.pdf.header"), i18n.russian("pdf.page"),
                List.of(i18n.russian("kit.pdf.length", plan.lengthMinutes(), plan.coverage().plannedMinutes()),
                        i18n.russian("kit.pdf.questions", plan.questions().size()),
                        i18n.russian("kit.pdf.saved", plan.saved() ? i18n.russian("kit.pdf.saved.yes")
                                : i18n.russian("kit.pdf.saved.no"))),
                sections, notes));
    }

    private KitPlan proposal(VacancySummary vacancy, int lengthMinutes) {
        List<InterviewQuestion> questions = KitPlanner.propose(bank.questions(), model.competencies(), lengthMinutes);
        return new KitPlan(vacancy.id(), vacancy.title(), lengthMinutes, questions, coverage(questions), false,
                null, null, -1);
    }

    private List<InterviewQuestion> questions(List<String> ids) {
        // A question removed from templates/ since the kit was saved simply drops out of the plan.
        return ids.stream().map(bank::question).flatMap(Optional::stream).toList();
    }

    private void checkLength(int lengthMinutes) {
        if (!KitPlanner.LENGTHS.contains(lengthMinutes)) {
            throw new UserFacingException("kit.length", lengthMinutes);
        }
    }

    private VacancySummary vacancy(long vacancyId) {
        return vacancies.find(vacancyId).orElseThrow(() -> new UserFacingException("vacancy.not-found"));
    }
}
