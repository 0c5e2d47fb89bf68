"""Index articles by the feed item they came from (the store's memory of seen items).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_item_id", "articles", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_articles_item_id", "articles")
