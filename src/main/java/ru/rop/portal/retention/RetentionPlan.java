package ru.rop.portal.retention;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateStanding;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.privacy.TalentPoolEntry;
import ru.rop.portal.privacy.TalentPoolLookup;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/** Every decided candidate with the date their data is due, earliest first, from the current data. */
@Component
class RetentionPlan {

    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final TalentPoolLookup pool;
    private final RetentionRule rule;

    RetentionPlan(CandidateLookup candidates, VacancyLookup vacancies, TalentPoolLookup pool,
                  PrivacyProperties privacy) {
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.pool = pool;
        this.rule = new RetentionRule(privacy.retentionDays());
    }

    List<DueErasure> at(Instant now) {
        Map<Long, VacancySummary> byId = vacancies.all().stream()
                .collect(Collectors.toMap(VacancySummary::id, Function.identity()));
        Map<Long, TalentPoolEntry> consents = pool.entries().stream()
                .collect(Collectors.toMap(TalentPoolEntry::candidateId, Function.identity()));
        return candidates.standings().stream()
                .flatMap(candidate -> due(candidate, byId.get(candidate.vacancyId()),
                        consents.get(candidate.id()), now).stream())
                .sorted(Comparator.comparing(DueErasure::dueAt).thenComparing(DueErasure::candidateId))
                .toList();
    }

    private Optional<DueErasure> due(CandidateStanding candidate, VacancySummary vacancy, TalentPoolEntry consent,
                                     Instant now) {
        return rule.due(candidate, vacancy, consent).map(due -> new DueErasure(candidate.id(),
                candidate.fullName(), candidate.vacancyId(), vacancy == null ? "" : vacancy.title(),
                due.decision(), due.decidedAt(), due.dueAt(), due.poolUntil(), !due.dueAt().isAfter(now)));
    }
}
