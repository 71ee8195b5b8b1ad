// The migrations a database has completed (graph/migrations.go), one node each: a graph
// written before mentions were dated, months counted, claims keyed or pairs written is
// scanned for them once, not every time the schema is applied.
CREATE CONSTRAINT migration_key IF NOT EXISTS FOR (n:Migration) REQUIRE n.key IS UNIQUE;
