"""Test runners for flow authors (`bounceback test-flows`): transcripts played against a built
bot. On top of the layers, beside the adapters, so nothing below depends on them."""
