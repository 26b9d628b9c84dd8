package ru.rop.portal.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.privacy.TalentPoolEntry;
import ru.rop.portal.privacy.TalentPoolService;

/** «В кадровом резерве до …» on the card, or that the candidate withdrew; nothing when they were never asked. */
@org.springframework.stereotype.Component
class TalentPoolCardSection implements CandidateCardSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ZoneId.systemDefault());

    private final TalentPoolService pool;

    TalentPoolCardSection(TalentPoolService pool) {
        this.pool = pool;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        Div section = new Div();
        section.setId("talent-pool-section");
        pool.entry(candidate.id()).ifPresentOrElse(entry -> section.add(state(section, entry)),
                () -> section.setVisible(false));
        return section;
    }

    private static Span state(Div section, TalentPoolEntry entry) {
        section.addClassName("rop-panel");
        Span state = new Span();
        if (!entry.valid()) {
            state.setText(section.getTranslation("talent-pool.card.withdrawn", DATE.format(entry.withdrawnAt())));
        } else if (entry.until().isBefore(Instant.now())) {
            state.setText(section.getTranslation("talent-pool.card.ended", DATE.format(entry.until())));
        } else {
            state.setText(section.getTranslation("talent-pool.card.member", DATE.format(entry.until())));
        }
        return state;
    }
}
