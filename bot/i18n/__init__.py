"""Languages: flows and code texts in the person's language, with English as the source.

Every text a person sees has a stable key. Flow texts are keyed by flow, step and field
(`vent.heard.more.label`, see `keys`); texts written in code are marked with `_()` and keyed by
their English wording, as gettext does. Each language is a folder of gettext catalogues beside the
flows (`locales/<lang>/LC_MESSAGES/<flow>.po`, `bot.po` for code texts, `questions.po`);
`translate` builds each language's copy of the flows from them, falling back to English text by
text; `checks` reports missing, extra, stale and placeholder-changing translations; `catalogs`
writes and measures them (`bounceback i18n`); `person` picks the person's language.
"""

from bot.i18n.current import N_, _, language, use_language

__all__ = ["N_", "_", "language", "use_language"]
