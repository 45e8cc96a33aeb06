package de.kulturbuero.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Liquibase master changelog reads as the schema's history, top to bottom: every included file
 * exists, the includes follow the timestamps in their file names, no changeSet id is used twice and
 * no change file is left out. A file's path is part of the identity of its changeSets, so an applied
 * file is never renamed (Liquibase would run it again) and an applied id never changed: the files
 * that already break a rule are listed here, each with the reason, and the test fails when one of
 * them no longer does (the list stays exact).
 */
class ChangelogOrderTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path MASTER = RESOURCES.resolve("db/changelog/db.changelog-master.yaml");
    private static final Path CHANGES = RESOURCES.resolve("db/changelog/changes");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{12})_[a-z0-9]+(?:_[a-z0-9]+)*\\.yaml");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);

    /** An include that comes right after one whose file name sorts after its own. */
    private record OutOfOrder(String file, String after, String reason) {}

    private static final List<OutOfOrder> KNOWN_OUT_OF_ORDER = List.of(
            new OutOfOrder(
                    "202611260540_grantapplication_review_conversation_notices.yaml",
                    "202611260630_programme_seed_data.yaml",
                    "the review workflow, written on its own branch beside the first modules and merged after them"),
            new OutOfOrder(
                    "202611260535_programme_administration.yaml",
                    "202611260541_review_reviews_audit_inbox.yaml",
                    "programme administration, written on a parallel branch and merged after the review workflow"),
            new OutOfOrder(
                    "202611260536_grantapplication_wizard_and_drafts.yaml",
                    "202611260605_dataprotection_retention.yaml",
                    "the application wizard, written on a parallel branch and merged after data protection"));

    /** A changeSet id used in more than one file (Liquibase tells them apart by the file's path). */
    private record SharedId(String id, Set<String> files, String reason) {}

    private static final String SAME_MINUTE = "two files started in the same minute on parallel branches";

    private static final List<SharedId> KNOWN_SHARED_IDS = List.of(
            new SharedId(
                    "202611260540-1",
                    Set.of(
                            "202611260540_grantapplication_review_conversation_notices.yaml",
                            "202611260540_security_user_administration.yaml"),
                    SAME_MINUTE),
            new SharedId(
                    "202611260600-1",
                    Set.of(
                            "202611260600_grantapplication_publication_consent.yaml",
                            "202611260600_security_accounts.yaml"),
                    SAME_MINUTE),
            new SharedId(
                    "202611260605-1",
                    Set.of("202611260605_dataprotection_retention.yaml", "202611260605_grantapplication_receipts.yaml"),
                    SAME_MINUTE),
            new SharedId(
                    "202611260630-1",
                    Set.of("202611260630_programme_seed_data.yaml", "202611260630_security_password_reset.yaml"),
                    SAME_MINUTE));

    @Test
    void every_included_file_exists() throws IOException {
        List<String> missing = includes().stream()
                .filter(path -> !Files.isRegularFile(path))
                .map(Path::toString)
                .toList();
        assertThat(missing).as("included in the master changelog but not found").isEmpty();
    }

    @Test
    void includes_follow_the_timestamps_in_their_file_names() throws IOException {
        List<String> names =
                includes().stream().map(p -> p.getFileName().toString()).toList();
        List<String> badNames = names.stream().filter(n -> !hasTimestamp(n)).toList();
        assertThat(badNames).as("not named yyyyMMddHHmm_<module>_<what>.yaml").isEmpty();

        Set<String> actual = new TreeSet<>();
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i).compareTo(names.get(i - 1)) <= 0) {
                actual.add(names.get(i) + " after " + names.get(i - 1));
            }
        }
        Set<String> known = KNOWN_OUT_OF_ORDER.stream()
                .map(e -> e.file() + " after " + e.after())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(difference(actual, known))
                .as("includes out of timestamp order (a new change file goes at the end with the current time)")
                .isEmpty();
        assertThat(difference(known, actual))
                .as("known exceptions that no longer occur: remove them from the list")
                .isEmpty();
    }

    @Test
    void no_changeset_id_is_used_twice() throws IOException {
        Map<String, Set<String>> filesById = new TreeMap<>();
        for (Path file : changeFiles()) {
            for (Object entry : entries(file)) {
                assertThat(entry)
                        .as("an entry of " + file.getFileName() + " that is not a changeSet")
                        .isInstanceOfSatisfying(
                                Map.class, m -> assertThat(m.keySet()).containsExactly("changeSet"));
                Object id = ((Map<?, ?>) ((Map<?, ?>) entry).get("changeSet")).get("id");
                assertThat(id)
                        .as("a changeSet without an id in " + file.getFileName())
                        .isNotNull();
                filesById
                        .computeIfAbsent(String.valueOf(id), k -> new TreeSet<>())
                        .add(file.getFileName().toString());
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>(filesById);
        shared.values().removeIf(files -> files.size() < 2);
        Map<String, Set<String>> known = new TreeMap<>();
        KNOWN_SHARED_IDS.forEach(s -> known.put(s.id(), new TreeSet<>(s.files())));
        assertThat(shared)
                .as("changeSet ids used in more than one file (ids are the file's timestamp and a counter)")
                .isEqualTo(known);
    }

    @Test
    void every_change_file_is_included() throws IOException {
        Set<Path> included =
                includes().stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<String> left = changeFiles().stream()
                .filter(f -> !included.contains(f.toAbsolutePath().normalize()))
                .map(f -> f.getFileName().toString())
                .toList();
        assertThat(left)
                .as("change files the master changelog does not include")
                .isEmpty();
    }

    /** The files the master changelog includes, in its order. */
    private static List<Path> includes() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Object entry : entries(MASTER)) {
            assertThat(entry)
                    .as("the master changelog only includes files, one by one")
                    .isInstanceOfSatisfying(
                            Map.class, m -> assertThat(m.keySet()).containsExactly("include"));
            Map<?, ?> include = (Map<?, ?>) ((Map<?, ?>) entry).get("include");
            String file = String.valueOf(include.get("file"));
            boolean relative = Boolean.TRUE.equals(include.get("relativeToChangelogFile"));
            paths.add(relative ? MASTER.resolveSibling(file) : RESOURCES.resolve(file));
        }
        return paths;
    }

    private static List<Path> changeFiles() throws IOException {
        try (Stream<Path> files = Files.list(CHANGES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<?> entries(Path changelog) throws IOException {
        try (Reader reader = Files.newBufferedReader(changelog, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            assertThat(root)
                    .as(changelog + " holds a databaseChangeLog")
                    .isInstanceOfSatisfying(
                            Map.class,
                            m -> assertThat(m.get("databaseChangeLog")).isInstanceOf(List.class));
            return (List<?>) ((Map<?, ?>) root).get("databaseChangeLog");
        }
    }

    private static boolean hasTimestamp(String name) {
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches()) {
            return false;
        }
        try {
            TIMESTAMP.parse(m.group(1));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
