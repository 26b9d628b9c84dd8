package ru.rop.portal.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.report.ReportFixtures;

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
    void everyLabelOfTheTwelveDimensionsFitsWholeInsideTheDrawing() {
        List<String> labels = ReportFixtures.model().dimensions().stream().map(Dimension::label).toList();
        RadarChart twelve = new RadarChart(labels, "SansSerif");
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        // The sizes the profile, the comparison and the classifier draw at on the page (measured with slack for the
        // browser's face), then the two reports (measured with the very font they embed).
        int[][] sizes = {{460, 400, 112}, {560, 460, 112}, {480, 185, 100}, {480, 340, 100}, {480, 330, 100}};
        List<Double> halfKnown = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            halfKnown.add(i % 2 == 0 ? 3.0 : null);
        }
        for (int[] size : sizes) {
            Rectangle2D area = new Rectangle2D.Double(0, 0, size[0], size[1]);
            g.setFont(new Font("SansSerif", Font.PLAIN, RadarChart.labelSize(area)));
            RadarChart.Layout layout = twelve.layout(g.getFontMetrics(), area,
                    List.of(new RadarSeries("Кандидат", Color.BLUE, halfKnown)), size[2] / 100.0);
            assertThat(layout.radius()).as("radius at %s", Arrays.toString(size))
                    .isGreaterThan(Math.min(size[0], size[1]) * 0.2);
            assertThat(layout.apart()).as("labels keep apart at %s", Arrays.toString(size)).isTrue();
            for (int i = 0; i < labels.size(); i++) {
                RadarChart.Label label = layout.labels().get(i);
                assertThat(area.contains(label.box())).as("%s at %s", labels.get(i), Arrays.toString(size)).isTrue();
                assertThat(String.join(" ", label.lines()))
                        .isEqualTo(i % 2 == 0 ? labels.get(i) : labels.get(i) + " (?)");
                assertThat(label.lines()).as(labels.get(i)).hasSizeLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theRingsCarryTheirValuesAsTheScale() {
        String svg = chart.toSvg(400, 360, List.of(new RadarSeries("Кандидат", Color.BLUE, List.of(4.0, 2.0, 5.0,
                3.0))));
        for (int value = 1; value <= 5; value++) {
            assertThat(svg).contains(">" + value + "</text>");
        }
    }

    @Test
    void needsThreeAxes() {
        assertThatThrownBy(() -> new RadarChart(List.of("a", "b"), "SansSerif"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
