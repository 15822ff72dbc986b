package org.sillage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowProcessTest {
    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final List<String> JAR = List.of("-jar", "target/sillage.jar", "--data-dir", "/tmp/d");

    private static WindowProcess.Facts facts(String os, String command, List<String> jvm, Map<String, String> env,
                                             boolean device, String property) {
        return new WindowProcess.Facts(os, Optional.ofNullable(command), command == null ? List.of() : JAR, jvm, env,
                device, property, Optional.empty());
    }

    @Test
    void javaDashJarWithTheDefaultsRunsTheWindowWithTheInstallersOptions() {
        var plan = WindowProcess.plan(facts("Linux", JAVA, List.of(), Map.of(), true, null)).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:+UseSerialGC", "-Xms32m", "-XX:MaxNewSize=32m", "-XX:MinHeapFreeRatio=20",
                "-XX:MaxHeapFreeRatio=40", "-jar", "target/sillage.jar",
                "--data-dir", "/tmp/d"), plan.command());
        assertEquals(Map.of(WindowProcess.CHILD_MARK, "1"), plan.environment());
    }

    @Test
    void withoutAGraphicsDeviceOnLinuxTheChildLoadsNoOpenGl() {
        var plan = WindowProcess.plan(facts("Linux", JAVA, List.of(), Map.of(), false, null)).orElseThrow();
        assertTrue(plan.command().contains("-Dprism.order=sw"), plan.command().toString());
        assertEquals("disable", plan.environment().get("GDK_GL"));
        // elsewhere a missing /dev/dri means nothing
        var windows = WindowProcess.plan(facts("Windows 11", "C:\\jdk\\bin\\javaw.exe", List.of(), Map.of(), false,
                null)).orElseThrow();
        assertTrue(!windows.command().contains("-Dprism.order=sw") && !windows.environment().containsKey("GDK_GL"));
    }

    @Test
    void optionsTheUserChoseAreKeptAndNotDoubled() {
        // a collector chosen, and a graphics device: nothing to change
        assertEquals(Optional.empty(),
                WindowProcess.plan(facts("Linux", JAVA, List.of("-XX:+UseG1GC"), Map.of(), true, null)));
        assertEquals(Optional.empty(),
                WindowProcess.plan(facts("Linux", JAVA, List.of("-Xmx2g"), Map.of(), true, null)));
        // a heap chosen, no device: only the OpenGL part
        var plan = WindowProcess.plan(facts("Linux", JAVA, List.of("-Xmx512m"), Map.of(), false, null)).orElseThrow();
        assertEquals(List.of(JAVA, "-Dprism.order=sw", "-jar", "target/sillage.jar", "--data-dir", "/tmp/d"),
                plan.command());
        // the renderer or GTK's GL chosen by the user: left alone
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", JAVA, List.of("-XX:+UseSerialGC"),
                Map.of("GDK_GL", "always"), false, null)));
        var chosen = WindowProcess.plan(facts("Linux", JAVA, List.of("-Dprism.order=es2"), Map.of(), false, null))
                .orElseThrow();
        assertTrue(!chosen.command().contains("-Dprism.order=sw") && !chosen.environment().containsKey("GDK_GL"));
    }

    @Test
    void theChildTheInstallersLauncherATrainingRunOrAnUnknownCommandLineRunHere() {
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", JAVA, List.of(),
                Map.of(WindowProcess.CHILD_MARK, "1"), true, null)));
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", "/opt/sillage/bin/Sillage", List.of(),
                Map.of(), false, null)));
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", JAVA,
                List.of("-XX:ArchiveClassesAtExit=app.jsa"), Map.of(), true, null)));
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", JAVA,
                List.of("-XX:DumpLoadedClassList=classes.lst"), Map.of(), true, null)));
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", null, List.of(), Map.of(), true, null)));
        assertEquals(Optional.empty(), WindowProcess.plan(facts("Linux", JAVA, List.of(), Map.of(), true, "false")));
    }

    private static WindowProcess.Facts withArchive(List<String> jvm, WindowProcess.ClassArchive archive) {
        return new WindowProcess.Facts("Linux", Optional.of(JAVA), JAR, jvm, Map.of(), true, null, Optional.of(archive));
    }

    @Test
    void theChildMakesItsClassArchiveAtItsFirstExitAndUsesItOnceMade(@TempDir Path cache) {
        Path file = cache.resolve("sillage-0123456789abcdef.jsa");
        var first = WindowProcess.plan(withArchive(List.of(), new WindowProcess.ClassArchive(file, false))).orElseThrow();
        assertTrue(first.command().contains("-XX:ArchiveClassesAtExit=" + file + ".part"), first.command().toString());
        assertTrue(first.command().indexOf("-Xlog:cds*=off") < first.command().indexOf("-jar"));
        var later = WindowProcess.plan(withArchive(List.of(), new WindowProcess.ClassArchive(file, true))).orElseThrow();
        assertTrue(later.command().contains("-XX:SharedArchiveFile=" + file), later.command().toString());
        // the user's own sharing options are theirs
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa")) {
            var plan = WindowProcess.plan(withArchive(List.of(own), new WindowProcess.ClassArchive(file, true))).orElseThrow();
            assertTrue(plan.command().stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile=/")), plan.command().toString());
            assertEquals(Optional.empty(), plan.classArchive());
        }
    }

    @Test
    void anArchiveIsFoundOnlyWholeUnderItsSizedNameForThisVeryJar(@TempDir Path home) throws Exception {
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            Path jar = Files.writeString(home.resolve("sillage.jar"), "not really a jar");
            List<String> args = List.of("-Dx=1", "-jar", jar.toString(), "--data-dir", "/tmp/d");
            Path cache = WindowProcess.cacheFolder();
            if (System.getenv("XDG_CACHE_HOME") != null) {
                return; // the cache is not under this home then
            }
            var none = WindowProcess.classArchive(args).orElseThrow();
            assertTrue(!none.ready() && none.file().startsWith(cache), none.toString());
            String name = none.file().getFileName().toString();
            Path whole = cache.resolve(name.replace(".jsa", ".4.jsa"));
            Files.writeString(whole, "four");
            assertEquals(new WindowProcess.ClassArchive(whole, true), WindowProcess.classArchive(args).orElseThrow());
            // cut short since: not used, made again
            Files.writeString(whole, "fou");
            assertTrue(!WindowProcess.classArchive(args).orElseThrow().ready());
            // another build of the jar: another archive
            Files.writeString(whole, "four");
            Files.writeString(jar, "another build, longer");
            assertTrue(!WindowProcess.classArchive(args).orElseThrow().file().getFileName().toString().equals(name));
            assertEquals(Optional.empty(), WindowProcess.classArchive(List.of("-cp", jar.toString(), "org.sillage.Sillage")));
        } finally {
            System.setProperty("user.home", before);
        }
    }

    @Test
    void aMadeArchiveIsKeptOnlyWhenTheChildEndedWellAndAJvmStartsWithIt(@TempDir Path cache) throws Exception {
        Path file = cache.resolve("sillage-0123456789abcdef.jsa");
        var archive = new WindowProcess.ClassArchive(file, false);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Files.writeString(cache.resolve("x.jar"), "x");
        var plan = new WindowProcess.Plan(List.of(java, "-XX:ArchiveClassesAtExit=" + archive.part(), "-jar", jar.toString(),
                "--data-dir", "/tmp/d"), Map.of(), Optional.of(archive));
        // a cut-short archive (what a kill or a full disk leaves): the check's JVM refuses it, it goes
        Files.write(archive.part(), new byte[4096]);
        WindowProcess.keepIfSound(archive, 0, plan);
        assertTrue(!Files.exists(archive.part()));
        try (var left = Files.list(cache)) {
            assertEquals(List.of(jar), left.toList());
        }
        // a child that ended badly: not even checked
        Files.write(archive.part(), new byte[4096]);
        WindowProcess.keepIfSound(archive, 1, plan);
        assertTrue(!Files.exists(archive.part()));
        assertTrue(WindowProcess.crashed(134) && WindowProcess.crashed(-1073741819) && !WindowProcess.crashed(1));
    }
}
