"""Persistence: SQLAlchemy 2 async tables, the SQL implementation of the engine's store
protocol, small repositories for moods and personal items, encryption at rest, and Alembic
migrations applied on start."""
