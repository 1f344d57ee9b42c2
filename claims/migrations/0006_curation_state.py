"""Curated work becomes a fact the rows keep, and a source's identity survives line ends.

- Claims and figures store a digest of the fields the extractor wrote; items still in their
  extracted state are stamped with their present fields, all others never will be.
- A source's sha256 becomes the SHA-256 of its text's normal form.

The rules are in claims/services/upgrade.py, which `restore` applies to older backups too.
"""

from django.conf import settings
from django.db import migrations, models

from claims.services.upgrade import items_stamp_untouched, sources_rehash

# The extracted fields as they are at this migration (claims.digests may list more later).
CLAIM_FIELDS = ("speaker_id", "side_id", "via_id", "kind", "cue", "start", "end", "text")
FIGURE_FIELDS = ("claim_id", "speaker_id", "side_id", "start", "end", "text", "value",
                 "value_max", "approximate", "qualifier", "unit", "category")


def stamp_untouched_items(apps, schema_editor):
    items_stamp_untouched(claim_model=apps.get_model("claims", "Claim"),
                          figure_model=apps.get_model("claims", "Figure"),
                          claim_fields=CLAIM_FIELDS, figure_fields=FIGURE_FIELDS)


def rehash_sources(apps, schema_editor):
    sources_rehash(source_model=apps.get_model("claims", "Source"))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0005_sentence_text'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='claim',
            name='extracted_digest',
            field=models.CharField(blank=True, editable=False, help_text='Digest of the fields as the extractor wrote them (empty for items a curator made). Re-extraction replaces only an item whose fields still give this digest.', max_length=32),
        ),
        migrations.AddField(
            model_name='figure',
            name='extracted_digest',
            field=models.CharField(blank=True, editable=False, help_text='Digest of the fields as the extractor wrote them (empty for items a curator made). Re-extraction replaces only an item whose fields still give this digest.', max_length=32),
        ),
        migrations.AlterField(
            model_name='historicalsource',
            name='sha256',
            field=models.CharField(db_index=True, help_text="SHA-256 of the text's normal form (line ends, trailing blanks): the source's identity, so the same article sent again with CRLF is not stored twice.", max_length=64),
        ),
        migrations.AlterField(
            model_name='source',
            name='sha256',
            field=models.CharField(help_text="SHA-256 of the text's normal form (line ends, trailing blanks): the source's identity, so the same article sent again with CRLF is not stored twice.", max_length=64, unique=True),
        ),
        migrations.RunPython(stamp_untouched_items, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(rehash_sources, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=models.Q(('origin', 'machine'), ('extracted_digest', ''), _connector='OR'), name='claim_curator_items_unstamped'),
        ),
        migrations.AddConstraint(
            model_name='figure',
            constraint=models.CheckConstraint(condition=models.Q(('origin', 'machine'), ('extracted_digest', ''), _connector='OR'), name='figure_curator_items_unstamped'),
        ),
    ]
