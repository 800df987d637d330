"""The store: engine set-up, unit of work, migrations, backup and checks."""
