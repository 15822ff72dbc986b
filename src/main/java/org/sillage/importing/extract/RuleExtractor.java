package org.sillage.importing.extract;

import java.util.List;
import org.sillage.domain.PostingFields;
import org.sillage.importing.PostingExtractor;

/**
 * Reads a French, English or Dutch posting with small named rules. The text is normalised once (with a map
 * back to the original offsets, so evidence points into the text given); the rules then run in an order
 * where a rule may use what an earlier one found (the posted and start dates give a deadline its year).
 * A rule that fails leaves its fields empty: the extractor never throws.
 */
public final class RuleExtractor implements PostingExtractor {

    /** Bumped whenever the rules change. */
    public static final int VERSION = 46;

    private static final List<Rule> RULES = List.of(
            new JsonLdRule(),
            new LocationRule(),
            new TitleRule(),
            new OrganizationRule(),
            new PlaceInNameRule(),
            new ContractTypeRule(),
            new PostedDateRule(),
            new StartRule(),
            new DeadlineRule(),
            new OpenUntilFilledRule(),
            new ApplicationUrlRule(),
            new EmailRule(),
            new PostalAddressRule(),
            new SubjectRule(),
            new DocumentsRule(),
            new SalaryRule(),
            new RemoteRule(),
            new ExperienceRule(),
            new LanguagesRule(),
            new DrivingLicenceRule());

    public RuleExtractor() {
        // stateless: the rules keep nothing between postings
    }

    @Override
    public PostingFields extract(String text) {
        return extract(text, org.sillage.importing.TextStructure.NONE);
    }

    @Override
    public PostingFields extract(String text, org.sillage.importing.TextStructure structure) {
        PostingFields.Builder out = PostingFields.builder();
        PostingText t;
        try {
            t = new PostingText(text == null ? "" : text, structure, out);
        } catch (RuntimeException | StackOverflowError e) {
            failed("PostingText", e);
            return PostingFields.EMPTY;
        }
        if (t.language != null) {
            out.language(t.language);
        }
        for (Rule rule : RULES) {
            try {
                rule.apply(t);
            } catch (RuntimeException | StackOverflowError e) {
                // a broken rule must not lose the other fields; but it is said, and counted for the tests
                failed(rule.getClass().getSimpleName(), e);
            }
        }
        try {
            return out.build();
        } catch (RuntimeException e) {
            failed("PostingFields", e);
            return PostingFields.EMPTY;
        }
    }

    /**
     * How many times a rule failed since the start (or the last {@link #resetFailures()}). A failure is
     * swallowed so that one posting's odd text never loses the other fields, but a rule that crashes on a
     * whole kind of text would otherwise go unseen: the corpus tests require this to stay at zero.
     */
    static long failures() {
        return FAILURES.sum();
    }

    static void resetFailures() {
        FAILURES.reset();
    }

    private static final java.util.concurrent.atomic.LongAdder FAILURES = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleExtractor.class);

    /** Counted every time; logged with its stack trace the first time each part fails, not 100,000 times. */
    private static void failed(String part, Throwable e) {
        FAILURES.increment();
        if (REPORTED.add(part)) {
            LOG.warn("Reading rule {} failed; its fields are left empty (logged once per rule)", part, e);
        }
    }

    @Override
    public int version() {
        return VERSION;
    }
}
