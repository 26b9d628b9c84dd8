package ru.rop.portal.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    private final RadarChart chart = new RadarChart(
            List.of("Работа через команду", "Требовательность", "Ответственность", "Фокус"), "SansSerif");

    @Test
    void drawsAnSvgWithTheAxesAndTheProfile() {
        String svg = chart.toSvg(400, 360, List.of(new RadarSeries("Кандидат", new Color(0x1F5FBF),
                List.of(4.0, 2.0, 5.0, 3.0))));
        assertThat(svg).startsWith("<svg").contains("viewBox=").contains("Работа через", "команду")
                .contains("Требовательность").contains("rgb(31,95,191)").contains("<path");
    }

    @Test
    void anUnknownValueIsMarkedNotDrawnAsTheMiddle() {
        String svg = chart.toSvg(400, 360, List.of(new RadarSeries("Кандидат", Color.BLUE,
                Arrays.asList(4.0, null, 5.0, 3.0))));
        assertThat(svg.split("\\(\\?\\)", -1)).hasSize(2);
        assertThat(svg).contains("rgb(154,164,178)");
    }

    @Test
    void needsThreeAxes() {
        assertThatThrownBy(() -> new RadarChart(List.of("a", "b"), "SansSerif"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
