package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** The platform under the application: EclipseLink is the JPA provider, Flyway ran, the right database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject facts() {
        HttpResponse<String> response = Http.api("admin").get("api/admin/platform");
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response.body());
    }

    @Test
    void eclipseLinkIsThePersistenceProviderInUse() {
        JsonObject facts = facts();
        assertTrue(facts.getString("persistenceProvider").startsWith("org.eclipse.persistence."), facts.toString());
        assertEquals("org.eclipse.persistence.internal.jpa.EntityManagerImpl", facts.getString("entityManagerImplementation"));
    }

    @Test
    void flywayMigratedTheSchemaToTheNewestShippedMigration() throws IOException {
        assertEquals(newestMigrationInTheEar(), facts().getString("schemaVersion"));
    }

    @Test
    void theServerUsesTheDatabaseTheBuildAskedFor() {
        String expected = System.getProperty("weerbaar.expect.database", "");
        String actual = facts().getString("database");
        if (expected.isBlank()) {
            System.out.println("[PlatformIT] no database expectation set; the server uses " + actual);
            assertTrue(actual.startsWith("H2") || actual.startsWith("PostgreSQL"), actual);
        } else {
            assertTrue(actual.startsWith(expected), "expected " + expected + " but the server uses " + actual);
        }
    }

    @Test
    void onlyTheAdministratorSeesPlatformFacts() {
        for (String user : new String[] {"ngb", "deelnemer", "trainer", "bzk"}) {
            assertEquals(403, Http.api(user).get("api/admin/platform").statusCode(), user);
        }
        assertEquals(401, Http.api(null).get("api/admin/platform").statusCode());
    }

    /** The highest V-number among the migrations inside the EJB jar of the built EAR. */
    private static String newestMigrationInTheEar() throws IOException {
        Path ear = Path.of(System.getProperty("weerbaar.ear"));
        try (FileSystem earFs = FileSystems.newFileSystem(ear)) {
            Path ejbJar = Files.createTempFile("weerbaar-ejb", ".jar");
            Files.copy(earFs.getPath("weerbaar-ejb.jar"), ejbJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // The common migrations and each database's own (db/vendor/h2, db/vendor/postgresql).
            try (FileSystem jarFs = FileSystems.newFileSystem(ejbJar);
                    Stream<Path> migrations = Files.walk(jarFs.getPath("db"))) {
                return migrations.map(p -> p.getFileName() == null ? "" : p.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                        .max(Integer::compare).map(String::valueOf).orElseThrow();
            } finally {
                Files.deleteIfExists(ejbJar);
            }
        }
    }
}
