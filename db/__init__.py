"""Storage layer: SQLAlchemy models, engine/session factory, migrations. No Qt, no business rules."""
