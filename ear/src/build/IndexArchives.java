import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Build step (ear/pom.xml, package phase): writes a Jandex annotation index into every jar of the
 * EAR that has none (META-INF/jandex.idx), and into the WAR's WEB-INF/classes. WildFly reads such
 * an index instead of opening every class of the archive at each deployment; it indexes the same
 * .class files with the same Jandex version as the server, so what it finds does not change.
 *   java -cp jandex.jar ear/src/build/IndexArchives.java target/weerbaar.ear
 */
public final class IndexArchives {

    private static final String INDEX = "META-INF/jandex.idx";
    private static int indexed;
    private static int classes;

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Path ear = Path.of(args[0]);
        within(ear, false);
        System.out.printf("IndexArchives: %d indexes, %d classes, %.1f s%n", indexed, classes, (System.nanoTime() - t0) / 1e9);
    }

    /** The archives inside first (each copied out, indexed and put back), then the archive itself. */
    private static void within(Path archive, boolean indexItself) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + archive.toUri()), Map.of())) {
            Path root = zip.getPath("/");
            for (Path nested : entries(root, ".jar", ".war")) {
                Path copy = Files.createTempFile("index-archives", ".zip");
                try {
                    Files.copy(nested, copy, StandardCopyOption.REPLACE_EXISTING);
                    within(copy, nested.toString().endsWith(".jar"));
                    Files.copy(copy, nested, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            if (indexItself) {
                index(root);
            }
            Path webClasses = root.resolve("WEB-INF/classes");
            if (Files.isDirectory(webClasses)) {
                index(webClasses);
            }
        }
    }

    /** Every .class under the root, as WildFly's own indexer takes them; an existing index is kept. */
    private static void index(Path root) throws IOException {
        Path target = root.resolve(INDEX);
        if (Files.exists(target)) {
            return;
        }
        Indexer indexer = new Indexer();
        for (Path type : entries(root, ".class")) {
            try (InputStream in = Files.newInputStream(type)) {
                indexer.index(in);
                classes++;
            } catch (IOException | RuntimeException e) {
                // WildFly skips a class it cannot read with a warning; the index does the same.
                System.out.println("IndexArchives: skipped " + type + ": " + e);
            }
        }
        Index index = indexer.complete();
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            new IndexWriter(out).write(index);
        }
        indexed++;
    }

    private static List<Path> entries(Path root, String... suffixes) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(suffixes).anyMatch(p.toString()::endsWith))
                    .toList();
        }
    }
}
