package de.kulturbuero.grants.reporting.ui;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as plain SVG on the server (no chart library, no frontend build).
 * The SVG carries role="img" and a title; views show a table with the same figures beside it,
 * which is the text alternative for screen readers.
 */
final class SvgBarChart {

    /** One bar; {@code cssClass} picks its colour in styles.css. */
    record Bar(String label, double value, String valueText, String cssClass) {}

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 280;
    private static final int BAR_WIDTH = 330;
    private static final int VALUE_WIDTH = 130;

    private SvgBarChart() {}

    static String render(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                width,
                height,
                width,
                height));
        svg.append("<title>").append(escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            double w = max <= 0 ? 0 : Math.max(0, bar.value()) / max * BAR_WIDTH;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"bar-label\">%s</text>",
                    LABEL_WIDTH - 8,
                    y + 18,
                    escape(truncate(bar.label(), 40))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" class=\"bar %s\"/>",
                    LABEL_WIDTH,
                    y + 4,
                    w,
                    ROW - 10,
                    escape(bar.cssClass())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"bar-value\">%s</text>",
                    LABEL_WIDTH + w + 6,
                    y + 18,
                    escape(bar.valueText())));
            y += ROW;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String escape(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
