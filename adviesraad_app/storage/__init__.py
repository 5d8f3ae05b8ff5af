"""The only code that speaks SQL: the database file, schema, migrations, queries, backups."""
