package org.sillage.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which applications the table shows: every criterion that is set must hold (an empty set or a null
 * value is no criterion). {@code words}: every word in the title or the organisation, accents and case
 * ignored (the applications screen's search); {@code organization}: the organisation contains it;
 * {@code tag}: the application or its posting carries that tag (case and accents ignored).
 * A new criterion (a tag, a job seeker) is one more component here, one more condition in the store's
 * {@code ApplicationTableRepository.where}, and one more key in the saved filters' JSON (ADR 0018).
 */
public record ApplicationFilter(
        Set<ApplicationStatus> statuses,
        LocalDate deadlineFrom,
        LocalDate deadlineTo,
        boolean expiredOnly,
        Set<ContractType> contractTypes,
        String organization,
        String words,
        boolean archived,
        String tag) {

    public static final ApplicationFilter NONE = new ApplicationFilter(Set.of(), null, null, false, Set.of(), null, null);

    /** A filter without a tag. */
    public ApplicationFilter(Set<ApplicationStatus> statuses, LocalDate deadlineFrom, LocalDate deadlineTo, boolean expiredOnly,
                             Set<ContractType> contractTypes, String organization, String words, boolean archived) {
        this(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, words, archived, null);
    }

    /** A filter over the applications not archived. */
    public ApplicationFilter(Set<ApplicationStatus> statuses, LocalDate deadlineFrom, LocalDate deadlineTo, boolean expiredOnly,
                             Set<ContractType> contractTypes, String organization, String words) {
        this(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, words, false);
    }

    /** The same filter over the archived applications (true) or the others (false). */
    public ApplicationFilter withArchived(boolean onlyArchived) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, words, onlyArchived, tag);
    }

    public ApplicationFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        contractTypes = contractTypes == null || contractTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(contractTypes));
        organization = blankToNull(organization);
        words = blankToNull(words);
        tag = blankToNull(tag);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when nothing is filtered out. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public ApplicationFilter withStatuses(Set<ApplicationStatus> s) {
        return new ApplicationFilter(s, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, words, archived, tag);
    }

    public ApplicationFilter withDeadline(LocalDate from, LocalDate to) {
        return new ApplicationFilter(statuses, from, to, expiredOnly, contractTypes, organization, words, archived, tag);
    }

    public ApplicationFilter withExpiredOnly(boolean expired) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expired, contractTypes, organization, words, archived, tag);
    }

    public ApplicationFilter withContractTypes(Set<ContractType> types) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expiredOnly, types, organization, words, archived, tag);
    }

    public ApplicationFilter withOrganization(String org) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, org, words, archived, tag);
    }

    public ApplicationFilter withWords(String w) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, w, archived, tag);
    }

    public ApplicationFilter withTag(String t) {
        return new ApplicationFilter(statuses, deadlineFrom, deadlineTo, expiredOnly, contractTypes, organization, words, archived, t);
    }
}
