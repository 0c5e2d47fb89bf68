"""Articles, stories and alerts.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(40), nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("canonical_url", sa.Text, nullable=False, index=True),
        sa.Column("feed_url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("site_name", sa.Text, nullable=False),
        sa.Column("language", sa.String(20), nullable=False),
        sa.Column("item_id", sa.String(40), nullable=False),
        sa.Column("published", TZ),
        sa.Column("fetched_at", TZ, nullable=False),
        sa.Column("duplicate_of", sa.String(40)),
        sa.Column("story_id", sa.String(40), index=True),
        sa.Column("tags", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_fetched_at", "articles", ["fetched_at"])
    op.create_table(
        "stories",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("first_seen", TZ, nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(40), nullable=False, unique=True),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("story_id", sa.String(40), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("notify", sa.Text, nullable=False),
        sa.Column("delivered_at", TZ),
    )
    op.create_index("ix_alerts_created_at", "alerts", ["created_at"])


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_table("stories")
    op.drop_table("articles")
