-- Which postings older rules read, asked at every start: from this index alone, not by reading every
-- posting's wide row (at 100,000 postings that scan read about 290 MB and ran beside the first list).
create index posting_extractor_version_ix on posting (extractor_version, id);
