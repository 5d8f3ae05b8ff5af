"""Use cases that combine the domain rules and the storage: what the GUI and the CLI call."""
