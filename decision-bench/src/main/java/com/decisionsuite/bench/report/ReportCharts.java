package com.decisionsuite.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the run's timeline as PNG charts: throughput, latency percentiles, stream lag and the review queue.
 */
public final class ReportCharts {

    static final int WIDTH = 1100;

    static final int HEIGHT = 500;

    private ReportCharts() {
    }

    /** One line of a chart: its name and how to read its value from a point (NaN: no value that second). */
    record Line(String name, ToDoubleFunction<TimelinePoint> value) {
    }

    /** Writes the charts into {@code directory}; returns the files. */
    public static List<Path> write(List<TimelinePoint> timeline, Path directory) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Path> files = new ArrayList<>();
        files.add(chart(directory.resolve("throughput.png"), "Throughput", "tasks per second", timeline, List.of(
                new Line("accepted/s", p -> p.acceptedPerSecond()),
                new Line("decided/s", p -> p.decidedPerSecond()))));
        files.add(chart(directory.resolve("latency.png"), "Latency per second (ms)", "milliseconds", timeline, List.of(
                new Line("POST p50", p -> millis(p.postP50Micros())),
                new Line("POST p99", p -> millis(p.postP99Micros())),
                new Line("send to decision p50", p -> millis(p.endToEndP50Micros())),
                new Line("send to decision p99", p -> millis(p.endToEndP99Micros())))));
        files.add(chart(directory.resolve("stream-lag.png"), "Task streams", "entries", timeline, List.of(
                new Line("lag (not yet delivered)", p -> value(p.streamLag())),
                new Line("pending (delivered, not acknowledged)", p -> value(p.streamPending())))));
        files.add(chart(directory.resolve("review-queue.png"), "Review queue", "items / seconds", timeline, List.of(
                new Line("pending items", p -> value(p.reviewPending())),
                new Line("oldest pending age (s)", p -> value(p.reviewOldestSeconds())))));
        return files;
    }

    private static Path chart(Path file, String title, String axis, List<TimelinePoint> timeline, List<Line> lines)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            XYSeries series = new XYSeries(line.name(), true, false);
            for (TimelinePoint point : timeline) {
                double value = line.value().applyAsDouble(point);
                if (!Double.isNaN(value)) {
                    series.add(point.second(), value);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds since load start", axis, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        for (int i = 0; i < lines.size(); i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }

    private static double millis(Long micros) {
        return micros == null ? Double.NaN : micros / 1000.0;
    }

    private static double value(Long value) {
        return value == null ? Double.NaN : value;
    }
}
