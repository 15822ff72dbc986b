package org.sillage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WindowProcessTest {
    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final List<String> JAR = List.of("-jar", "target/sillage.jar", "--data-dir", "/tmp/d");

    private static WindowProcess.Facts facts(String os, String command, List<String> jvm, Map<String, String> env,
                                             boolean device, String property) {
        return new WindowProcess.Facts(os, Optional.ofNullable(command), command == null ? List.of() : JAR, jvm, env,
                device, property);
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
}
