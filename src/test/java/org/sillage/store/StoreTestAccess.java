package org.sillage.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** What tests of other packages may do to a closed folder's store. */
public final class StoreTestAccess {
    private StoreTestAccess() {
    }

    /** Rewrites the index's last commit without its layout, as an index written before ADR 0020 was. */
    public static void forgetLayout(Path folder) throws Exception {
        try (var dir = FSDirectory.open(folder.resolve(SearchIndex.FOLDER));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new SearchQueries.FoldingAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.remove("layout");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
    }
}
