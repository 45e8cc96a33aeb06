package de.kulturbuero.grants.faults;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.shared.db.EmbeddedMariaDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On demand ({@code -Pfaults}; two extra starts of the portal take about two minutes, too long for
 * the suite): a portal node in its own JVM submits from four threads and approves cases, and is
 * killed with SIGKILL in the middle; the portal then starts again on the same database. Every
 * submission the dead node acknowledged has its row, its process and its first task; no row lacks
 * its process and no process its row; the jobs that were pending (approval notices) run after the
 * restart, each once.
 */
class KillDuringSubmissionsFault {

    private static final int ACKNOWLEDGED_BEFORE_KILL = Integer.getInteger("faults.acknowledged", 40);
    private static final String NODE_NAME = "crash-test-node";

    @Test
    void every_acknowledged_submission_survives_a_kill_minus_9_of_its_node() throws Exception {
        Path data = Files.createTempDirectory("crash-test-db-");
        Path ack = Files.createTempFile("crash-test-acknowledged-", ".txt");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(data);
        try {
            db.createDatabase("grants");
            Process node = startNode(db, "submit", ack);
            awaitLine(node, "NODE STARTED", Duration.ofMinutes(5));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (acknowledged(ack).size() < ACKNOWLEDGED_BEFORE_KILL) {
                assertThat(node.isAlive()).as("the submitting node runs").isTrue();
                assertThat(System.nanoTime())
                        .as("submissions acknowledged in time")
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
            node.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of what was in flight
            node.waitFor(60, TimeUnit.SECONDS);
            List<String> acknowledged = acknowledged(ack);
            long pendingAtKill;
            long submittedRows;
            try (Connection c = connect(db)) {
                pendingAtKill = count(c, "SELECT COUNT(*) FROM ACT_RU_JOB");
                submittedRows = count(c, "SELECT COUNT(*) FROM grant_application WHERE submitted_at IS NOT NULL");
            }

            Process recovered = startNode(db, "recover", ack);
            try {
                awaitLine(recovered, "NODE STARTED", Duration.ofMinutes(5));
                try (Connection c = connect(db)) {
                    long jobsDeadline =
                            System.nanoTime() + Duration.ofMinutes(3).toNanos();
                    while (count(c, "SELECT COUNT(*) FROM ACT_RU_JOB") > 0) {
                        assertThat(System.nanoTime())
                                .as("the restarted node runs the jobs left pending")
                                .isLessThan(jobsDeadline);
                        Thread.sleep(200);
                    }
                    long approved = count(c, "SELECT COUNT(*) FROM grant_application WHERE status = 'APPROVED'");
                    System.out.printf(
                            "FAULT kill -9 after %d acknowledged submissions (%d rows committed), %d jobs pending at the kill,"
                                    + " %d approvals%n",
                            acknowledged.size(), submittedRows, pendingAtKill, approved);

                    for (String reference : acknowledged) {
                        assertThat(count(
                                        c,
                                        "SELECT COUNT(*) FROM grant_application WHERE reference_number = ? AND submitted_at IS NOT NULL",
                                        reference))
                                .as("row of acknowledged %s", reference)
                                .isOne();
                        assertThat(count(
                                        c,
                                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND PROC_DEF_ID_ LIKE 'grant-application:%'",
                                        reference))
                                .as("process of acknowledged %s", reference)
                                .isOne();
                        assertThat(count(
                                        c,
                                        "SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ "
                                                + "WHERE p.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'Task_FormalCheck'",
                                        reference))
                                .as("first task of acknowledged %s", reference)
                                .isOne();
                    }
                    assertThat(
                                    count(
                                            c,
                                            "SELECT COUNT(*) FROM grant_application a WHERE a.submitted_at IS NOT NULL AND NOT EXISTS "
                                                    + "(SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = a.reference_number)"))
                            .as("submitted rows without their process")
                            .isZero();
                    assertThat(
                                    count(
                                            c,
                                            "SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_ID_ LIKE 'grant-application:%' "
                                                    + "AND NOT EXISTS (SELECT 1 FROM grant_application a WHERE a.reference_number = p.BUSINESS_KEY_)"))
                            .as("processes without their row")
                            .isZero();
                    assertThat(
                                    count(
                                            c,
                                            "SELECT COUNT(*) FROM grant_application a WHERE a.status = 'APPROVED' AND "
                                                    + "(SELECT COUNT(*) FROM application_notice n WHERE n.application_id = a.id AND n.kind = 'APPROVAL') <> 1"))
                            .as("approved cases without exactly one approval notice")
                            .isZero();
                    assertThat(count(c, "SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB"))
                            .as("jobs failed for good")
                            .isZero();
                }
            } finally {
                recovered.destroy();
                if (!recovered.waitFor(60, TimeUnit.SECONDS)) {
                    recovered.destroyForcibly();
                }
            }
        } finally {
            db.stop();
            deleteQuietly(data);
            Files.deleteIfExists(ack);
        }
    }

    private static Process startNode(EmbeddedMariaDb db, String mode, Path ack) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx768m",
                "-Dnode.mode=" + mode,
                "-Dnode.ack=" + ack,
                "-cp",
                classPath(),
                PortalNode.class.getName(),
                "--grants.db.url=" + db.jdbcUrl("grants"),
                "--grants.db.user=" + EmbeddedMariaDb.USER,
                "--grants.db.password=" + db.password(),
                // the restarted node is the same server: it takes back the jobs it held when it died
                "--grants.node-name=" + NODE_NAME));
        Path log = Path.of(System.getProperty("faults.dir", "target/faults"), "node-" + mode + ".log")
                .toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LOGS.put(process, log);
        return process;
    }

    /**
     * The test JVM's class path without empty entries: an empty entry means the working directory,
     * the project's root, whose processes/ folder would then be deployed a second time beside the
     * copy in target/classes (and the engine refuses two definitions of one key).
     */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Waits for {@code line} in the node's log (target/faults/node-MODE.log). */
    private static void awaitLine(Process node, String line, Duration timeout) throws Exception {
        Path log = logOf(node);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(log)
                || !Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
            if (!node.isAlive() || System.nanoTime() > deadline) {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
                throw new AssertionError("The node did not print '" + line + "'; its last output (" + log + "):\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            Thread.sleep(500);
        }
    }

    private static final java.util.Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path logOf(Process node) {
        return LOGS.get(node);
    }

    private static List<String> acknowledged(Path ack) throws IOException {
        if (!Files.exists(ack)) {
            return List.of();
        }
        String all = Files.readString(ack, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = all.indexOf('\n'); end >= 0; end = all.indexOf('\n', start)) {
            lines.add(all.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("grants"), EmbeddedMariaDb.USER, db.password());
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
