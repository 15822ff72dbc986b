package org.sillage.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.EventKind;
import org.sillage.domain.PostingFields;
import org.sillage.importing.SampleSeeds;
import org.sillage.store.ChecklistRepository.NewItem;
import org.sillage.store.PostingRepository.NewPosting;
import org.sillage.store.Store;

/**
 * Builds a data folder of N postings and M applications for the scale benchmark ({@link ScaleBench}):
 * about 10 KB of French or English text per posting, assembled from the sample postings' sentences and
 * a vocabulary of trades, places and skills, with a deadline spread over the past year and the months
 * ahead; applications with status changes, dates (interviews, follow-ups) and checklists.
 *
 * <p>It writes through the store's repositories in one process, a few hundred postings per
 * transaction, so that 20,000 postings take seconds, not one command per row. The extraction rules are
 * not run: the fields are set from what the generator wrote, so that the figures measure the screens,
 * not the rules.
 *
 * <pre>java -cp target/sillage.jar org.sillage.bench.DataGenerator FOLDER POSTINGS APPLICATIONS [SEED]</pre>
 */
public final class DataGenerator {
    private static final int BATCH = 500;
    private static final int REOPEN_EVERY = 10_000;
    private static final org.sillage.i18n.Messages WORDS = org.sillage.i18n.Messages.forLocale(java.util.Locale.ENGLISH);
    /** The current rules' version, so that the window does not read the generated postings again. */
    private static final int EXTRACTOR_VERSION = org.sillage.service.AppServices.defaultExtractor().version();

    static final String[] ROLES_FR = {"Chargé(e) de mission", "Développeur·se Java", "Comptable", "Responsable RH",
        "Chef de projet", "Assistant(e) administratif", "Éducateur spécialisé", "Infirmier(ère)", "Juriste",
        "Chargé(e) de communication", "Technicien de maintenance", "Ingénieur énergie", "Coordinateur logistique",
        "Animateur jeunesse", "Agent d'accueil", "Directeur financier", "Analyste de données", "Géomètre",
        "Conseiller en insertion", "Chargée de coopération internationale"};
    static final String[] ROLES_EN = {"Project Officer", "Java Developer", "Accountant", "HR Manager",
        "Programme Manager", "Administrative Assistant", "Data Analyst", "Communications Officer",
        "Maintenance Technician", "Energy Engineer", "Logistics Coordinator", "Legal Counsel", "Nurse",
        "Policy Advisor", "Research Fellow", "Finance Director", "Youth Worker", "Product Designer"};
    static final String[] ORGS = {"Ville de Lille", "Région Hauts-de-France", "Médecins du Monde", "Croix-Rouge française",
        "Agence Française de Développement", "Université de Liège", "Gemeente Gent", "Orange", "Decathlon",
        "Société Générale", "EDF", "SNCF Réseau", "Oxfam", "UNICEF", "Commission européenne", "Institut Pasteur",
        "Conseil départemental du Nord", "Expertise France", "Handicap International", "Ubisoft", "Capgemini",
        "Fondation Abbé Pierre", "CNRS", "Mairie de Roubaix", "ONG Solidarités", "Ministère de l'Éducation"};
    static final String[] CITIES = {"Lille", "Paris", "Lyon", "Bruxelles", "Gand", "Liège", "Marseille", "Nantes",
        "Bordeaux", "Toulouse", "Strasbourg", "Genève", "Montréal", "Dakar", "Oujda", "Rabat", "Amsterdam", "Namur"};
    static final String[] SKILLS = {"Kubernetes", "comptabilité analytique", "gestion de projet", "Excel", "SQL",
        "Python", "anglais courant", "néerlandais", "permis B", "marchés publics", "droit du travail", "paie",
        "photovoltaïque", "santé publique", "éducation populaire", "médiation", "cartographie", "SIG", "Figma",
        "Salesforce", "SAP", "audit interne", "fiscalité", "agroécologie", "logistique humanitaire", "Arduino",
        "électrotechnique", "psychologie", "sociologie", "urbanisme", "économie sociale", "levée de fonds",
        "suivi-évaluation", "budget", "Spring Boot", "React", "PostgreSQL", "cybersécurité", "RGPD", "Lean"};
    private static final String[] EN_SENTENCES = {
        "We are looking for a motivated professional to join our team and contribute to our mission.",
        "You will work closely with partners across the region and report to the head of department.",
        "The successful candidate will manage budgets, coordinate stakeholders and monitor results.",
        "Applications must include a CV and a cover letter explaining your motivation.",
        "We offer a competitive salary, flexible working hours and up to two days of remote work per week.",
        "Experience in international cooperation or the non-profit sector is an advantage.",
        "You are organised, autonomous and able to prioritise in a fast-moving environment.",
        "Fluency in English is required; a good command of French is highly desirable.",
        "The position is based in our main office, with occasional travel to partner sites.",
        "Our organisation values diversity and encourages applications from all backgrounds.",
        "You will prepare reports, draft funding proposals and follow up on commitments.",
        "Training will be provided on internal tools and procedures during the first month.",
        "Shortlisted candidates will be invited to an interview and a short written test.",
        "The contract starts as soon as possible for an initial period of twelve months.",
        "You hold a master's degree in a relevant field or equivalent professional experience.",
        "Responsibilities include data collection, analysis and the presentation of findings.",
        "The team is small and friendly, and everyone takes part in shaping our projects.",
        "Please note that only shortlisted candidates will be contacted."};

    private final Random random;
    private final List<String> frSentences = new ArrayList<>();
    private final LocalDate today;

    DataGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        for (SampleSeeds.Seed s : SampleSeeds.load()) {
            for (String line : new String(s.bytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.length() > 40 && l.length() < 600) {
                    frSentences.add(l);
                }
            }
        }
    }

    /** What was built, and how long it took. */
    public record Summary(int postings, int applications, int changes, int events, int checklistItems, double seconds) {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DataGenerator FOLDER POSTINGS APPLICATIONS [SEED]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int m = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
        Summary s = generate(folder, n, m, seed);
        System.out.printf("%d postings, %d applications, %d status changes, %d events, %d checklist items in %.1f s%n",
                s.postings(), s.applications(), s.changes(), s.events(), s.checklistItems(), s.seconds());
    }

    /** Fills {@code folder} (created if needed) with {@code n} postings and {@code m} applications. */
    public static Summary generate(Path folder, int n, int m, long seed) {
        long t0 = System.nanoTime();
        DataGenerator g = new DataGenerator(seed, LocalDate.now(Clock.systemDefaultZone()));
        int[] counts = new int[3];
        List<Long> postingIds = new ArrayList<>(n);
        // Every commit appends to the file (ADR 0011) and H2 frees space only when the store closes: the
        // folder is closed (and so compacted) every REOPEN_EVERY postings, or 100,000 postings grew the
        // file past 18 GB before the end.
        Instant start = Instant.now().minus(365, ChronoUnit.DAYS);
        for (int part = 0; part < n; part += REOPEN_EVERY) {
            int partEnd = Math.min(n, part + REOPEN_EVERY);
            try (Store store = Store.open(folder)) {
                for (int from = part; from < partEnd; from += BATCH) {
                    int to = Math.min(partEnd, from + BATCH);
                    int first = from;
                    store.run(r -> {
                        for (int i = first; i < to; i++) {
                            Instant importedAt = start.plusSeconds((long) i * 365 * 86400 / Math.max(1, n));
                            postingIds.add(r.postings().insert(g.posting(i, importedAt)));
                        }
                    });
                }
            }
        }
        int step = Math.max(1, n / Math.max(1, m));
        List<Long> tracked = new ArrayList<>();
        for (int i = 0; i < n && tracked.size() < m; i += step) {
            tracked.add(postingIds.get(n - 1 - i));
        }
        for (int part = 0; part < tracked.size(); part += REOPEN_EVERY / 2) {
            List<Long> some = tracked.subList(part, Math.min(tracked.size(), part + REOPEN_EVERY / 2));
            try (Store store = Store.open(folder)) {
                for (int from = 0; from < some.size(); from += BATCH) {
                    List<Long> batch = some.subList(from, Math.min(some.size(), from + BATCH));
                    store.run(r -> {
                        for (long postingId : batch) {
                            g.application(r, postingId, counts);
                        }
                    });
                }
            }
        }
        return new Summary(n, tracked.size(), counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
    }

    private NewPosting posting(int i, Instant importedAt) {
        boolean english = random.nextInt(10) < 3;
        String role = english ? pick(ROLES_EN) : pick(ROLES_FR);
        String org = pick(ORGS);
        String city = pick(CITIES);
        String title = role + " — " + city + " (réf. " + (100000 + i) + ")";
        LocalDate deadline = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(485) - 365);
        LocalTime time = deadline != null && random.nextInt(4) == 0 ? LocalTime.of(12 + random.nextInt(6), 0) : null;
        ContractType contract = ContractType.values()[random.nextInt(ContractType.values().length)];
        StringBuilder text = new StringBuilder(11_000);
        text.append(title).append("\n\n").append(org).append(" — ").append(city).append("\n\n");
        int target = 8_000 + random.nextInt(4_000);
        while (text.length() < target) {
            if (random.nextInt(6) == 0) {
                text.append(english ? "Skills: " : "Compétences : ").append(pick(SKILLS)).append(", ")
                        .append(pick(SKILLS)).append(".\n");
            }
            text.append(english ? pick(EN_SENTENCES) : frSentences.get(random.nextInt(frSentences.size())));
            text.append(random.nextInt(3) == 0 ? "\n\n" : " ");
        }
        if (deadline != null) {
            text.append(english ? "\n\nApply by " + deadline : "\n\nDate limite de candidature : " + deadline);
            if (time != null) {
                text.append(english ? " at " : " à ").append(time);
            }
        }
        text.append("\n");
        String body = text.toString();
        PostingFields fields = PostingFields.builder().title(title).organization(org).location(city)
                .contractType(contract).deadline(deadline).deadlineTime(time).language(english ? "en" : "fr").build();
        return new NewPosting(body, sha256(body), "generated-" + i + ".txt", "TEXT", null, importedAt, fields,
                EXTRACTOR_VERSION);
    }

    private void application(org.sillage.store.Repositories r, long postingId, int[] counts) {
        Instant created = Instant.now().minus(random.nextInt(300) + 20, ChronoUnit.DAYS);
        long id = r.applications().insert(postingId, ApplicationStatus.SAVED, created);
        r.applications().insertChange(id, null, ApplicationStatus.SAVED, created, null);
        counts[0]++;
        ApplicationStatus[] path = {ApplicationStatus.PREPARING, ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEW,
            random.nextBoolean() ? ApplicationStatus.REJECTED : ApplicationStatus.OFFER};
        int steps = random.nextInt(path.length + 1);
        ApplicationStatus status = ApplicationStatus.SAVED;
        Instant at = created;
        LocalDate appliedOn = null;
        for (int s = 0; s < steps; s++) {
            at = at.plus(1 + random.nextInt(6), ChronoUnit.DAYS);
            r.applications().insertChange(id, status, path[s], at, random.nextInt(4) == 0 ? "note " + s : null);
            status = path[s];
            counts[0]++;
            LocalDate day = LocalDate.ofInstant(at, ZoneId.systemDefault());
            if (status == ApplicationStatus.APPLIED) {
                appliedOn = day;
                r.events().insert(new ApplicationEvent(0, id, EventKind.FOLLOW_UP, day.plusDays(14), null, null, null,
                        null, steps > s + 1));
                counts[1]++;
            } else if (status == ApplicationStatus.INTERVIEW) {
                r.events().insert(new ApplicationEvent(0, id, EventKind.INTERVIEW, day.plusDays(random.nextInt(30)),
                        LocalTime.of(9 + random.nextInt(8), 30), random.nextInt(5) == 0 ? "Europe/Brussels" : null,
                        pick(CITIES), null, false));
                counts[1]++;
            }
        }
        r.applications().updateStatus(id, status, appliedOn);
        // the next action the last status proposes (ADR 0017), and a third of the closed ones archived; no
        // random draw, so that a seed gives the same data as before these columns
        LocalDate lastDay = LocalDate.ofInstant(at, ZoneId.systemDefault());
        org.sillage.domain.NextActions.after(status, lastDay, null, 10).ifPresent(p -> r.applications().setNextAction(id,
                new org.sillage.domain.NextAction(WORDS.get(p.messageKey()), p.on())));
        if (status.isClosed() && id % 3 == 0) {
            r.applications().setArchived(id, at);
        }
        int items = 1 + random.nextInt(3);
        String[] kinds = {"cv", "cover_letter", "references", "diploma"};
        for (int k = 0; k < items; k++) {
            r.checklists().insertItem(id, new NewItem(kinds[k], null, random.nextBoolean() ? "PDF" : null, null, null, true));
            counts[2]++;
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
