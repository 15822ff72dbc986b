package org.sillage.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample postings shipped inside the application (the project's {@code seeds/} folder). */
public final class SampleSeeds {
    private static final String FOLDER = "seeds";

    /** A sample posting's file name and bytes. */
    public record Seed(String name, byte[] bytes) {
    }

    private SampleSeeds() {
    }

    /** The samples, sorted by name. */
    public static List<Seed> load() {
        URL url = SampleSeeds.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/" + FOLDER));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the sample postings", e));
        }
    }

    private static List<Seed> read(Path folder) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return seeds;
    }
}
