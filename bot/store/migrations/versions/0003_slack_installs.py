"""Slack installs for many workspaces: each workspace's encrypted bot token, and OAuth states.

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "slack_installations",
        sa.Column("team_key", sa.String(80), primary_key=True),
        sa.Column("enterprise_id", sa.String(32), nullable=True),
        sa.Column("team_id", sa.String(32), nullable=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("token_expires_at", TZ, nullable=True),
        sa.Column("installed_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_slack_installations_team_id", "slack_installations", ["team_id"])
    op.create_table(
        "slack_oauth_states",
        sa.Column("state", sa.String(64), primary_key=True),
        sa.Column("expire_at", TZ, nullable=False),
    )
    op.create_index("ix_slack_oauth_states_expire_at", "slack_oauth_states", ["expire_at"])


def downgrade() -> None:
    op.drop_index("ix_slack_oauth_states_expire_at", "slack_oauth_states")
    op.drop_table("slack_oauth_states")
    op.drop_index("ix_slack_installations_team_id", "slack_installations")
    op.drop_table("slack_installations")
