package ru.rop.portal.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.analytics.CockpitPeriod;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.ui.HomeView;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.TestAccounts;

class CockpitPanelTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theStartPageShowsTheNumbersOfTheNewestOpenVacancyAsChartsAndTables() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = data.vacancy();
        long first = data.candidate(vacancy, "Первый Кандидат");
        long second = data.candidate(vacancy, "Второй Кандидат");
        data.candidate(vacancy, "Третий Кандидат");
        candidates.moveTo(first, Stage.INTERVIEW, null);
        candidates.moveTo(second, Stage.INTERVIEW, null);
        clock.advance(Duration.ofDays(3));
        candidates.moveTo(first, Stage.OFFER, null);
        interviews.start(second);
        clock.advance(Duration.ofDays(6));

        navigate(HomeView.class);

        Div cockpit = find(Div.class).id("cockpit");
        assertThat(find(Select.class).id("cockpit-vacancy").getValue()).extracting("id").isEqualTo(vacancy);
        assertThat(find(Div.class).id("cockpit-tiles").getElement().getTextRecursively())
                .contains("3кандидатов за период", "3,0 дн.медиана от первого контакта до оффера",
                        "1интервью ждут моих оценок");
        // Funnel, days and sources drawn; nobody was invited, so that figure says so instead of drawing zeros.
        assertThat(find(Svg.class).withClassName("rop-bar-chart").all()).hasSize(3);
        assertThat(find(Div.class).id("cockpit-invitations").getElement().getTextRecursively())
                .contains("За этот период данных нет.");
        NativeTable funnel = find(NativeTable.class).all().stream().filter(t -> t.getCaptionText().equals("Воронка"))
                .findFirst().orElseThrow();
        assertThat(funnel.getElement().getTextRecursively())
                .contains("ЭтапДошлиСейчас на этапеДошли до следующего", "Новые3167 %", "Интервью2150 %",
                        "Оффер110 %", "Наняты00—");
        assertThat(find(Div.class).id("cockpit-my-interviews").getElement().getTextRecursively())
                .contains("Второй Кандидат", "оценено 0 из");
        // The third has waited nine days in «new»: longer than the seven allowed.
        assertThat(find(Div.class).id("cockpit-waiting").getElement().getTextRecursively())
                .contains("Третий Кандидат", "9 дней без движения").doesNotContain("Первый Кандидат");
        assertThat(find(Anchor.class).id("cockpit-export").getHref()).isNotBlank();
        assertThat(cockpit.getElement().getTextRecursively()).contains("Найм в цифрах");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeriodFilterLeavesOutCandidatesWhoCameEarlier() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = data.vacancy();
        data.candidate(vacancy, "Давний Кандидат");
        clock.advance(Duration.ofDays(60));
        data.candidate(vacancy, "Свежий Кандидат");

        navigate(HomeView.class);
        Select<CockpitPeriod> period = find(Select.class).id("cockpit-period");
        assertThat(period.getValue()).isEqualTo(CockpitPeriod.DAYS_90);
        assertThat(tiles()).startsWith("2кандидатов");
        test(period).selectItem("30 дней");
        assertThat(tiles()).startsWith("1кандидатов");
        assertThat(List.of(CockpitPeriod.values())).contains(period.getValue());
    }

    private String tiles() {
        return find(Div.class).id("cockpit-tiles").getElement().getTextRecursively();
    }
}
