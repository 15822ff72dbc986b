package org.sillage.domain;

/**
 * A row of an imported spreadsheet that cannot be read, and why: its number as a spreadsheet shows it
 * (the header is row 1), the column, the value, and an i18n key whose message says what to do.
 */
public record RowProblem(long row, String column, String value, String messageKey) {
}
