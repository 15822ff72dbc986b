-- The dashboard counts postings by contract type and source format (ADR 0021): with this index the
-- GROUP BY reads the index alone, in order, instead of every posting's row (177 ms at 20,000 postings).
create index posting_contract_source_ix on posting (contract_type, source_format);
