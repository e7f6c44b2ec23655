package org.schoolshuttle.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Draws a {@link BarChart}: caption, legend, value axis with gridlines, the bars, their values and the labels. */
final class ChartDrawing {

    /** Points a chart takes on the page, whatever its data. */
    static final float HEIGHT = 214f;

    private static final float PLOT_HEIGHT = 140f;
    private static final float AXIS_WIDTH = 40f;
    private static final List<Sheet.Ink> PALETTE = List.of(new Sheet.Ink(0.20f, 0.42f, 0.68f),
            new Sheet.Ink(0.91f, 0.56f, 0.16f));

    private ChartDrawing() {
    }

    static void draw(BarChart chart, Sheet sheet, Typeface type, float left, float top, float width) {
        float y = top;
        if (!chart.caption().isBlank()) {
            sheet.text(chart.caption(), left, y - 11, 10, Sheet.Ink.BLACK, true);
        }
        y -= 18;
        float legendX = left + AXIS_WIDTH;
        for (int s = 0; s < chart.series().size(); s++) {
            BarChart.Series series = chart.series().get(s);
            sheet.fill(legendX, y - 8, 8, 8, PALETTE.get(s));
            sheet.text(series.name(), legendX + 11, y - 8, 8, Sheet.Ink.BLACK, false);
            legendX += 11 + type.width(series.name(), 8) + 16;
        }
        sheet.text(chart.unit(), left, y - 8, 8, Sheet.Ink.GREY, false);
        // Room for the value printed above the tallest bar.
        y -= 26;

        float plotLeft = left + AXIS_WIDTH;
        float plotWidth = width - AXIS_WIDTH;
        float bottom = y - PLOT_HEIGHT;
        double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double step = niceStep(max <= 0 ? 1 : max / 4);
        double axisTop = Math.max(step, Math.ceil(max / step - 1e-9) * step);
        for (double tick = 0; tick <= axisTop + step / 2; tick += step) {
            float ty = bottom + (float) (tick / axisTop) * PLOT_HEIGHT;
            if (tick > 0) {
                sheet.line(plotLeft, ty, plotLeft + plotWidth, ty, 0.3f, Sheet.Ink.SHADE);
            }
            sheet.textRight(number(tick), plotLeft - 4, ty - 3, 7, Sheet.Ink.GREY);
        }

        int n = chart.labels().size();
        int count = chart.series().size();
        float group = plotWidth / n;
        float barWidth = group * 0.7f / count;
        for (int k = 0; k < n; k++) {
            float groupLeft = plotLeft + k * group;
            for (int s = 0; s < count; s++) {
                double value = chart.series().get(s).values().get(k);
                float x = groupLeft + group * 0.15f + s * barWidth;
                float height = (float) (value / axisTop) * PLOT_HEIGHT;
                if (height > 0) {
                    sheet.fill(x, bottom, barWidth, height, PALETTE.get(s));
                }
                String shown = number(value);
                if (type.width(shown, 7) <= barWidth + 4) {
                    sheet.textCentred(shown, x + barWidth / 2, bottom + height + 2, 7, Sheet.Ink.BLACK);
                }
            }
            List<String> label = TextLines.wrap(chart.labels().get(k), group - 2, t -> type.width(t, 8));
            for (int line = 0; line < Math.min(2, label.size()); line++) {
                sheet.textCentred(label.get(line), groupLeft + group / 2, bottom - 11 - line * 10, 8, Sheet.Ink.BLACK);
            }
        }
        sheet.line(plotLeft, bottom, plotLeft + plotWidth, bottom, 0.8f, Sheet.Ink.GREY);
        sheet.line(plotLeft, bottom, plotLeft, bottom + PLOT_HEIGHT, 0.8f, Sheet.Ink.GREY);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}: gridlines at round numbers. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
