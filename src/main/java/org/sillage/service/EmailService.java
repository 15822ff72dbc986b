package org.sillage.service;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sillage.domain.ChecklistItem;
import org.sillage.domain.EmailDraft;
import org.sillage.domain.PostingFields;
import org.sillage.domain.Profile;
import org.sillage.domain.StoredFileRef;
import org.sillage.domain.SubjectTemplate;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.store.FileStore;
import org.sillage.store.Store;

/**
 * The ready-to-send e-mail of an application: recipients, the required subject with the candidate's
 * names filled in, a short body in the posting's language, and a folder with the files to attach.
 */
public final class EmailService {
    private final Store store;
    private final FileStore files;
    private final Path outbox;

    public EmailService(Store store, FileStore files, Path dataFolder) {
        this.store = store;
        this.files = files;
        this.outbox = dataFolder.resolve("outbox");
    }

    public EmailDraft draft(long applicationId) {
        return store.transaction(r -> {
            var app = r.applications().view(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            PostingFields f = r.postings().find(app.application().postingId()).orElseThrow().effective();
            Profile me = r.candidate().profile();
            List<String> ccStated = f.ccEmails();
            List<String> cc = ccStated;
            List<String> to = f.applicationEmails().stream().filter(e -> !ccStated.contains(e)).toList();
            if (to.isEmpty() && !cc.isEmpty()) {
                to = cc;
                cc = List.of();
            }
            String language = f.language() == null ? "fr" : f.language();
            Messages words = Messages.forLocale(Locale.forLanguageTag(language));
            String title = f.title() == null ? words.get("email.this_position") : f.title();
            String subject = f.applicationSubject() != null
                    ? SubjectTemplate.fill(f.applicationSubject(), me.firstName(), me.lastName())
                    : words.get("email.subject", title);
            String name = String.join(" ", java.util.stream.Stream.of(me.firstName(), me.lastName())
                    .filter(s -> s != null && !s.isBlank()).toList());
            String body = words.get("email.body", title, f.organization() == null ? "" : " (" + f.organization() + ")", name);
            return new EmailDraft(to, cc, subject, body, f.postalAddress(), language);
        });
    }

    /** The {@code mailto:} address of a draft, with to, cc, subject and body encoded. */
    public static String mailto(EmailDraft d) {
        StringBuilder uri = new StringBuilder("mailto:").append(String.join(",", d.to().stream().map(EmailService::enc).toList()));
        List<String> params = new ArrayList<>();
        if (!d.cc().isEmpty()) {
            params.add("cc=" + String.join(",", d.cc().stream().map(EmailService::enc).toList()));
        }
        params.add("subject=" + enc(d.subject()));
        params.add("body=" + enc(d.body()));
        return uri.append('?').append(String.join("&", params)).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Copies the files attached to the application's checklist into {@code outbox/<id>/}, under their
     * display names, since {@code mailto:} cannot attach them. Returns the folder.
     */
    public Path prepareAttachments(long applicationId) {
        List<ChecklistItem> items = store.transaction(r -> r.checklists().checklist(applicationId));
        Path folder = outbox.resolve(Long.toString(applicationId));
        try {
            Files.createDirectories(folder);
            org.sillage.store.OwnerOnly.restrict(folder.getParent());
            org.sillage.store.OwnerOnly.restrict(folder);
            for (ChecklistItem item : items) {
                for (StoredFileRef f : item.files()) {
                    Path target = folder.resolve(safeName(f.displayName()));
                    files.copyTo(f.sha256(), target);
                    org.sillage.store.OwnerOnly.restrict(target);
                }
            }
        } catch (IOException e) {
            throw new UserException(e, "error.email.outbox", folder);
        }
        return folder;
    }

    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "document" + cleaned : cleaned;
    }
}
