package org.sillage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How {@link SearchIndex} reads words: its analyzer (Unicode words, lower case, elisions and accents gone), and a
 * user's query made into Lucene's, each word found as itself or as a prefix, in a document's heading first.
 */
final class SearchQueries {

    private SearchQueries() {
    }

    /** Every word of the query, each as itself (ranked higher, in the title higher still) or as a prefix. */
    static Query parse(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder ownWords = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            own(one, w);
            // an application or event is found by its posting's words too, but ranked low
            one.add(new BoostQuery(new TermQuery(new Term(SearchFields.CONTEXT, w)), 0.5f), Occur.SHOULD);
            if (w.length() >= 2) {
                one.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.CONTEXT, w)), 0.25f), Occur.SHOULD);
            }
            all.add(one.build(), Occur.MUST);
            // the filter needs no score: the whole text holds the heading, and a prefix holds the word
            // itself, so one clause a word does what own(...) does (its title clauses read the same
            // postings twice)
            ownWords.add(w.length() >= 2 ? new PrefixQuery(new Term(SearchFields.ALL, w)) : new TermQuery(new Term(SearchFields.ALL, w)), Occur.SHOULD);
        }
        if (words.size() > 1) {
            // ...but never by those words alone: one word at least is its own
            all.add(ownWords.build(), Occur.FILTER);
        } else {
            return ownOnly(words.get(0));
        }
        return all.build();
    }

    /** The clauses that find {@code w} in a document's own heading and text. */
    private static void own(BooleanQuery.Builder b, String w) {
        b.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, w)), 3f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.ALL, w)), 2f), Occur.SHOULD);
        if (w.length() >= 2) {
            b.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.TITLE, w)), 2f), Occur.SHOULD);
            b.add(new PrefixQuery(new Term(SearchFields.ALL, w)), Occur.SHOULD);
        }
    }

    private static Query ownOnly(String w) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        own(b, w);
        return b.build();
    }

    /** The words of a text as the index sees them: lower case, without accents. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (Analyzer analyzer = new FoldingAnalyzer(); TokenStream ts = analyzer.tokenStream(SearchFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Words split as Unicode says, lower-cased, without French elisions ("l'éducation" is "éducation"),
     * accents and ligatures folded to ASCII.
     */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new ElisionFilter(new LowerCaseFilter(source),
                    FrenchAnalyzer.DEFAULT_ARTICLES));
            return new TokenStreamComponents(source, result);
        }
    }
}
