package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.weerbaar.reporting.spool.SpoolRow;

/**
 * Appends each chunk's rows to the report's spool file and remembers, as its checkpoint, how long
 * the file was after the chunk. On a restart it cuts the file back to that length, so rows of a
 * chunk that was not committed are neither duplicated nor lost; the workbook step reads the spool.
 */
@Named
@Dependent
public class SpoolWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String spool;

    private FileChannel channel;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path file = Path.of(spool);
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(checkpoint == null ? 0 : (Long) checkpoint);
        channel.position(channel.size());
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        StringBuilder lines = new StringBuilder(items.size() * 64);
        for (Object item : items) {
            lines.append(((SpoolRow) item).toLine()).append('\n');
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(lines.toString());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public Serializable checkpointInfo() throws IOException {
        channel.force(false);
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
