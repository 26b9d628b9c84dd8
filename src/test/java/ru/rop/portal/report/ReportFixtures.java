package ru.rop.portal.report;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScore;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.PanelSummary;

/** Candidate profiles built by hand on the shipped model, for the report test and the benchmark. */
public final class ReportFixtures {

    public static final String NAME = "Ирина Викторовна Лебедева";
    public static final String QUOTE = "Каждый понедельник разбираю с менеджером три его сделки и даю готовые фразы";
    public static final Instant GENERATED = Instant.parse("2026-05-14T09:30:00Z");

    private static RopModel model;

    private ReportFixtures() {
    }

    public static synchronized RopModel model() {
        if (model == null) {
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                model = new RopModel(new ContentLoader("templates", factory.getValidator()));
            }
        }
        return model;
    }

    /** The report renderer without Spring, for callers outside the package such as the benchmark. */
    public static Function<CandidateProfile, byte[]> renderer() {
        CandidateReportPdf pdf = new CandidateReportPdf(new AppI18NProvider(), model());
        return profile -> pdf.render(profile, GENERATED);
    }

    /** Two interviews with quotes, two red flags, a scored case and a completed online assessment. */
    public static CandidateProfile full() {
        RopModel model = model();
        List<Competency> competencies = model.competencies();
        int[][] scores = {{4, 5}, {4, 4}, {3, 4}, {2, 3}, {5, 4}, {3, 3}, {4, 3}, {2, 2}, {4, 5}, {3, 4}, {4, 4}};
        List<CompetencyRating> ratings = new ArrayList<>();
        List<InterviewEvidence.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < competencies.size(); i++) {
            String id = competencies.get(i).id();
            ratings.add(new CompetencyRating(id, scores[i % scores.length][0], "Олег Петров", "Q" + i));
            ratings.add(new CompetencyRating(id, scores[i % scores.length][1], "Мария Соколова", "Q" + i));
            if (i < 4) {
                quotes.add(new InterviewEvidence.Quote(id, "Олег Петров", "Q" + i,
                        "Расскажите о случае, когда отдел не выполнил план", scores[i][0],
                        i == 0 ? QUOTE : "Пример с цифрами: выручка отдела выросла на 18 % за полгода после того,"
                                + " как ввели еженедельные разборы звонков и общий стандарт встречи с клиентом."));
                quotes.add(new InterviewEvidence.Quote(id, "Мария Соколова", "Q" + i,
                        "Как вы ставите цели менеджерам?", scores[i][1],
                        "Цели ставит на месяц, сверяет факт по пятницам; с отстающими строит план исправления."));
            }
        }
        List<CompetencyScore> scored = model.scoreCompetencies(ratings);
        Map<DimensionId, DimensionScore> dimensions = new EnumMap<>(DimensionId.class);
        double[] values = {4.2, 4.0, 3.8, 3.5, 3.9, 4.1, 3.6, 4.3, 3.0, 2.8, 3.4, 2.5};
        for (DimensionId id : DimensionId.values()) {
            dimensions.put(id, id == DimensionId.CREATIVITY ? DimensionScore.unknown(id)
                    : DimensionScore.given(id, values[id.ordinal()]));
        }
        Classification classification = model.classify(dimensions);
        List<RedFlag> redFlags = model.redFlags();
        List<CandidateProfile.FlagEvidence> flags = List.of(
                new CandidateProfile.FlagEvidence(redFlags.get(0), List.of(new InterviewEvidence.FlagFinding(
                        redFlags.get(0).id(), "Олег Петров", "Q7", "Что вы делаете, если собственник меняет план?"))),
                new CandidateProfile.FlagEvidence(redFlags.get(3), List.of(
                        new InterviewEvidence.FlagFinding(redFlags.get(3).id(), "Мария Соколова", "Q2",
                                "Как вы докладываете о проблемах?"),
                        new InterviewEvidence.FlagFinding(redFlags.get(3).id(), "Олег Петров", "Q2",
                                "Как вы докладываете о проблемах?"))));
        RecommendationResult recommendation = RecommendationRules.apply(scored, flags.size(), flags.size(), classification);
        List<PanelSummary.Rater> raters = List.of(
                new PanelSummary.Rater("Олег Петров", Instant.parse("2026-05-10T12:00:00Z"),
                        "Сильный практик с системой разборов; стоит проверить, как он держит план без личных продаж."),
                new PanelSummary.Rater("Мария Соколова", Instant.parse("2026-05-11T15:00:00Z"),
                        "Ясно ставит цели, но проблемы приносит без вариантов решения."));
        String competency = competencies.get(1).id();
        List<CaseEvidence.CaseResult> cases = List.of(new CaseEvidence.CaseResult("CASE_PLAN",
                "Провал квартального плана", CaseMode.WRITTEN, true, List.of(
                new CaseEvidence.CriterionResult("C1", "Диагностика причин", competency, 4.0, List.of(
                        new CaseEvidence.RaterComment("Олег Петров", 4, "Разложил воронку по этапам и менеджерам."),
                        new CaseEvidence.RaterComment("Мария Соколова", 4, null))),
                new CaseEvidence.CriterionResult("C2", "План восстановления", competency, 3.5, List.of(
                        new CaseEvidence.RaterComment("Олег Петров", 3, "Шаги есть, сроков и ответственных нет."),
                        new CaseEvidence.RaterComment("Мария Соколова", 4, "Реалистичный план на месяц."))),
                new CaseEvidence.CriterionResult("C3", "Разговор с собственником", competency, null, List.of()))));
        OnlineEvidence.Integrity integrity = new OnlineEvidence.Integrity(List.of(
                new OnlineEvidence.SectionTime(AssessmentSection.SITUATIONAL, 1260, 1200, 12, 12),
                new OnlineEvidence.SectionTime(AssessmentSection.SELF, 420, 600, 20, 20),
                new OnlineEvidence.SectionTime(AssessmentSection.CASES, 1500, 1800, 1, 1)),
                2, List.of("SJ103", "SJ109"), 3, List.of(new OnlineEvidence.CasePaste("Провал квартального плана", 240,
                1830)), new OnlineEvidence.Plausibility(List.of(OnlineEvidence.Signal.TOO_FAST), 0.83, 0.42, 0.33,
                0.38, 0.17));
        return new CandidateProfile(7, NAME, 3, "Руководитель отдела продаж B2B", Stage.FINALIST,
                InvitationStatus.COMPLETED, false, scored, model.roleBalance(scored), dimensions, classification,
                flags, recommendation, null, raters, quotes, cases, integrity, 64);
    }

    /** The same candidate after the owner overrode the rules. */
    public static CandidateProfile overridden() {
        CandidateProfile p = full();
        return new CandidateProfile(p.candidateId(), p.fullName(), p.vacancyId(), p.vacancyTitle(), p.stage(),
                p.assessmentStatus(), p.blinded(), p.competencies(), p.roleBalance(), p.dimensions(),
                p.classification(), p.redFlags(), p.recommendation(),
                new HiringDecision(Recommendation.YES, "Флаги обсудили на финальной встрече: кандидат привёл два"
                        + " варианта решения по каждой проблеме.", "Андрей Собственников",
                        Instant.parse("2026-05-13T10:00:00Z")),
                p.raters(), p.quotes(), p.cases(), p.integrity(), p.observations());
    }

    /** The full candidate with the dimension profile of the given type's typical person, so it classifies as that. */
    public static CandidateProfile ofType(ru.rop.portal.classification.RopTypeId type) {
        CandidateProfile p = full();
        Map<DimensionId, DimensionScore> dimensions = ru.rop.portal.classification.DimensionScoring.given(
                model().type(type).example());
        Classification classification = model().classify(dimensions);
        RecommendationResult recommendation = RecommendationRules.apply(p.competencies(), p.redFlags().size(),
                p.redFlags().size(), classification);
        return new CandidateProfile(p.candidateId(), p.fullName(), p.vacancyId(), p.vacancyTitle(), p.stage(),
                p.assessmentStatus(), p.blinded(), p.competencies(), p.roleBalance(), dimensions, classification,
                p.redFlags(), recommendation, null, p.raters(), p.quotes(), p.cases(), p.integrity(),
                p.observations());
    }

    /** A new candidate: nothing submitted, nothing scored, not invited to the online assessment. */
    public static CandidateProfile empty() {
        RopModel model = model();
        List<CompetencyScore> scored = model.scoreCompetencies(List.of());
        Map<DimensionId, DimensionScore> dimensions = new EnumMap<>(DimensionId.class);
        for (DimensionId id : DimensionId.values()) {
            dimensions.put(id, DimensionScore.unknown(id));
        }
        return new CandidateProfile(8, "Пётр Новиков", 3, "Руководитель отдела продаж B2B", Stage.NEW,
                InvitationStatus.NOT_INVITED, false, scored, model.roleBalance(scored), dimensions, null, List.of(),
                RecommendationRules.apply(scored, 0, 0, null), null, List.of(), List.of(), List.of(), null, 0);
    }
}
