/**
 * The posting extraction engine: {@link org.sillage.importing.extract.RuleExtractor} reads the fields of a
 * French, English or Dutch job posting out of its free text, and
 * {@link org.sillage.importing.extract.ExtractionJson} writes them as the label schema's JSON.
 *
 * <p>How it works, in one pass over the text then small rules:
 * <ol>
 *   <li>{@code TextNormalizer} cleans the text (NFKC, spaces, quotes, bullets, PDF line breaks) and keeps an
 *       offset map, so that every piece of evidence points into the original text;</li>
 *   <li>{@code Lexicon} finds every keyword of every rule in one pass (an Aho-Corasick automaton);</li>
 *   <li>each rule ({@code DeadlineRule}, {@code TitleRule}, {@code DocumentsRule}...) visits the occurrences of
 *       its keywords and reads a small window around them with bounded patterns ({@code DateGrammar} for dates,
 *       times and time zones).</li>
 * </ol>
 * Rules never guess: a deadline needs a deadline phrase and a day; a missing year comes only from the
 * posting's own dates ({@code Timeline}). The extractor never throws and works in linear time (occurrences,
 * lines and evidence are capped on hostile input).
 *
 * <p>Benchmark: {@code mvn -Pbench -DskipTests package} then {@code java -jar target/benchmarks.jar}.
 */
package org.sillage.importing.extract;
