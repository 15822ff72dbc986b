package org.sillage.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.sillage.domain.AgendaItem;
import org.sillage.export.IcsExport;
import org.sillage.domain.UserException;

/** The calendar file of every deadline and event, or of one application's. */
public final class CalendarService {
    private final AgendaService agenda;
    private final java.util.function.Supplier<String> installationId;

    public CalendarService(AgendaService agenda, java.util.function.Supplier<String> installationId) {
        this.agenda = agenda;
        this.installationId = installationId;
    }

    /** The iCalendar text; {@code applicationId} null for every application. */
    public String ics(Long applicationId, Function<AgendaItem, String> summary) {
        List<AgendaItem> items = applicationId == null ? agenda.items() : agenda.forApplication(applicationId);
        return IcsExport.write(items, summary, agenda.now().toInstant(), installationId.get());
    }

    /** Writes the calendar to {@code file} whole (through a temporary file), or not at all. Returns the item count. */
    public int export(Path file, Long applicationId, Function<AgendaItem, String> summary) {
        String text = ics(applicationId, summary);
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".sillage-", ".ics.part");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserException(e, "error.export.write", target);
        }
        return (int) text.lines().filter("BEGIN:VEVENT"::equals).count();
    }
}
