package org.assay.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two rules Flyway cannot check before a database is upgraded: a released migration is never edited, and a new one is
 * numbered above every released one (a database already at the highest released version refuses a lower new version
 * unless out-of-order is switched on). {@code src/test/resources/released-migrations.sha256} lists the migrations that
 * have landed, with their SHA-256 ({@code sha256sum} format); add the new ones to it when they land.
 */
class MigrationsTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path RELEASED = Path.of("src/test/resources/released-migrations.sha256");
    static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void releasedMigrationsAreUnchangedAndNewOnesAreNumberedAboveThem() throws Exception {
        Map<String, String> released = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RELEASED)) {
            if (line.isBlank()) continue;
            String[] parts = line.strip().split("\\s+", 2);
            released.put(parts[1], parts[0]);
        }
        long highestReleased = released.keySet().stream().mapToLong(MigrationsTest::version).max().orElse(0);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : released.entrySet()) {
            Path file = MIGRATIONS.resolve(e.getKey());
            if (!Files.exists(file)) {
                problems.add(e.getKey() + " was released and is gone (never rename or delete a released migration)");
            } else if (!sha256(file).equals(e.getValue())) {
                problems.add(e.getKey() + " was released and has been edited (write a new migration instead)");
            }
        }
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!released.containsKey(name) && version(name) <= highestReleased) {
                    problems.add(name + " is new but numbered at or below the highest released version V" + highestReleased
                            + ": databases already there would refuse it; number it above");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static long version(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (!m.matches()) throw new AssertionError("not a versioned migration name: " + fileName);
        return Long.parseLong(m.group(1));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
