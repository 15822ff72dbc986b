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
    public static final int VERSION = 5;

    private static final List<Rule> RULES = List.of(
            new JsonLdRule(),
            new LocationRule(),
            new TitleRule(),
            new OrganizationRule(),
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
            return PostingFields.EMPTY;
        }
        if (t.language != null) {
            out.language(t.language);
        }
        for (Rule rule : RULES) {
            try {
                rule.apply(t);
            } catch (RuntimeException | StackOverflowError e) {
                // a broken rule must not lose the other fields
            }
        }
        try {
            return out.build();
        } catch (RuntimeException e) {
            return PostingFields.EMPTY;
        }
    }

    @Override
    public int version() {
        return VERSION;
    }
}
