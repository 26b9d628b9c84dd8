package ru.rop.portal.bench;

import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.analytics.CockpitPeriod;
import ru.rop.portal.analytics.CockpitService;
import ru.rop.portal.candidate.CandidateFilter;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Timing harness, not a test: a vacancy with 10,000 candidates, then the queries a person waits for. Runs only with
 * {@code ./mvnw -Pbench verify} (see docs/performance.md); prints medians after warm-up.
 */
@IntegrationTest
@Tag("benchmark")
class PipelineBenchmark {

    private static final int CANDIDATES = 10_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;

    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProfileService profiles;
    @Autowired
    CockpitService cockpit;

    @Test
    void tenThousandCandidates() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = vacancies.create(aVacancy().build()).id();
        long started = System.nanoTime();
        insert(vacancy);
        System.out.printf("BENCH insert %d candidates (JDBC batch): %d ms%n", CANDIDATES,
                (System.nanoTime() - started) / 1_000_000);
        Stage[] stages = Stage.values();

        report("grid first page (50, by name) + count", () -> {
            candidates.count(vacancy, CandidateFilter.none());
            return candidates.page(vacancy, CandidateFilter.none(), Sort.by("fullName"), 0, 50);
        });
        report("grid page 100 (offset 5000)", () ->
                candidates.page(vacancy, CandidateFilter.none(), Sort.by("fullName"), 5_000, 50));
        report("grid sorted by city, descending", () ->
                candidates.page(vacancy, CandidateFilter.none(), Sort.by(Sort.Direction.DESC, "city"), 0, 50));
        report("grid filtered by text + count", () -> {
            CandidateFilter filter = new CandidateFilter("кандидат 77", Set.of());
            candidates.count(vacancy, filter);
            return candidates.page(vacancy, filter, Sort.by("fullName"), 0, 50);
        });
        report("grid filtered by two stages + count", () -> {
            CandidateFilter filter = new CandidateFilter(null, Set.of(stages[2], stages[4]));
            candidates.count(vacancy, filter);
            return candidates.page(vacancy, filter, Sort.by("fullName"), 0, 50);
        });
        report("board (9 columns, 50 cards each, counts)", () -> candidates.board(vacancy));
        report("board with the cards' badges (one batch of profiles)", () -> profiles.badges(
                candidates.board(vacancy).stream().flatMap(c -> c.cards().stream()).toList()));
        report("cockpit of the vacancy (all time)", () -> cockpit.cockpit(vacancy, CockpitPeriod.ALL));
        report("search across vacancies", () -> candidates.search("кандидат 4242"));
        report("CSV export of the vacancy", () -> candidates.exportCsv(vacancy));
    }

    private void insert(long vacancy) {
        Timestamp now = Timestamp.from(Instant.now());
        Stage[] stages = Stage.values();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            rows.add(new Object[] {vacancy, "Кандидат " + i + " Бенчмарков", "bench" + i + "." + vacancy + "@example.ru",
                    "+7 900 " + i, "79" + String.format("%09d", i), i % 2 == 0 ? "Москва" : "Казань",
                    stages[i % 7].name(), now, "bench", now});
        }
        jdbc.batchUpdate("insert into candidate (vacancy_id, full_name, email, phone, phone_digits, city, stage,"
                + " created_at, created_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
    }

    private static void report(String what, Supplier<Object> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("BENCH %-45s median %6.1f ms   p90 %6.1f ms%n", what, times[RUNS / 2] / 1e6,
                times[RUNS * 9 / 10] / 1e6);
    }
}
