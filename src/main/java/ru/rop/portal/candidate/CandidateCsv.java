package ru.rop.portal.candidate;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.CsvLine;

/**
 * The candidates' CSV for Excel, kept apart from {@link CandidateService} (which checks the vacancy and logs the
 * export) because the file's layout changes for other reasons than the rules about who may export it.
 */
@Component
class CandidateCsv {

    private static final List<String> COLUMNS = List.of("full-name", "email", "phone", "city", "source",
            "position", "company", "expected-salary", "stage", "rejection-reason", "tags", "created");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final AppI18NProvider i18n;

    CandidateCsv(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** The header row in Russian, then one row per candidate in the given order. */
    byte[] write(List<Candidate> exported) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvLine.of(COLUMNS.stream().map(column -> i18n.russian("csv." + column)).toList()));
        for (Candidate candidate : exported) {
            CandidateSummary c = candidate.toSummary();
            csv.append(CsvLine.of(List.of(c.fullName(), c.email(), nullToEmpty(c.phone()), nullToEmpty(c.city()),
                    c.source() == null ? "" : i18n.russian(c.source().labelKey()),
                    nullToEmpty(c.currentPosition()), nullToEmpty(c.currentCompany()),
                    c.expectedSalary() == null ? "" : c.expectedSalary().toString(),
                    i18n.russian(c.stage().labelKey()), nullToEmpty(c.rejectionReason()),
                    String.join(", ", new TreeSet<>(c.tags())),
                    DATE.format(c.createdAt()))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
