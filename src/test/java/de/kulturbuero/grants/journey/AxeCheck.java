package de.kulturbuero.grants.journey;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the current page and reports the violations: logs them and writes them to a
 * text file beside the screenshots. It asserts nothing itself; the journeys assert at their end
 * that {@link #all()} is empty.
 */
final class AxeCheck {

    /** One violated rule on one page, with the CSS targets of the offending nodes. */
    record Violation(String page, String ruleId, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return "[axe] %s: %s (%s) %s -> %s".formatted(page, ruleId, impact, help, String.join(" | ", targets));
        }
    }

    private final List<Violation> all = new ArrayList<>();
    private final Path report;

    AxeCheck(Path report) {
        this.report = report;
    }

    /**
     * True when no Flow request is in flight and Vaadin's loading bar is hidden: a scan while it
     * shows finds the framework's indicator outside every landmark ("region"), which is no barrier
     * of the page itself.
     */
    private static final String SETTLED = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            const idle = !clients || Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            const indicator = document.querySelector('vaadin-connection-indicator');
            return idle && (!indicator || !indicator.hasAttribute('loading'));""";

    List<Violation> scan(WebDriver driver, String page) {
        settle(driver);
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            System.out.println("[axe] " + page + ": axe-core failed: " + results.getErrorMessage());
        }
        List<Violation> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                targets.add(String.valueOf(node.getTarget()));
            }
            found.add(new Violation(page, rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets));
        }
        System.out.println(
                "[axe] " + page + " (" + driver.getCurrentUrl() + "): " + found.size() + " violated rule(s)");
        found.forEach(System.out::println);
        all.addAll(found);
        write(found, page);
        return found;
    }

    private static void settle(WebDriver driver) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SETTLED))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<Violation> all() {
        return List.copyOf(all);
    }

    private void write(List<Violation> found, String page) {
        try {
            Files.createDirectories(report.getParent());
            StringBuilder text = new StringBuilder("== " + page + ": " + found.size() + " violated rule(s)\n");
            for (Violation v : found) {
                text.append("- ")
                        .append(v.ruleId())
                        .append(" [")
                        .append(v.impact())
                        .append("] ")
                        .append(v.help())
                        .append(" (")
                        .append(v.helpUrl())
                        .append(")\n");
                v.targets().forEach(t -> text.append("    ").append(t).append('\n'));
            }
            Files.writeString(
                    report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
