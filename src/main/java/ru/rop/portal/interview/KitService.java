package ru.rop.portal.interview;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Interview plans of vacancies: the app's proposal for a length, the owner's edits, one saved kit per vacancy. */
@Service
@PreAuthorize("hasRole('HR')")
public class KitService {

    static final int DEFAULT_LENGTH = 60;
    static final int MAX_QUESTIONS = 30;

    private final InterviewKitRepository kits;
    private final QuestionBank bank;
    private final RopModel model;
    private final VacancyService vacancies;
    private final CurrentActor actor;
    private final Clock clock;

    KitService(InterviewKitRepository kits, QuestionBank bank, RopModel model, VacancyService vacancies,
               CurrentActor actor, Clock clock) {
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
            throw new UserFacingException("kit.changed");
        }
        if (kit == null) {
            kit = new InterviewKit(vacancyId);
        }
        kit.replace(form.lengthMinutes(), ids, actor.name(), clock.instant());
        kits.saveAndFlush(kit);
        return plan(vacancyId);
    }

    /** The questions an interview with a candidate of the vacancy asks. */
    @Transactional(readOnly = true)
    public List<InterviewQuestion> questionsFor(long vacancyId) {
        return plan(vacancyId).questions();
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
