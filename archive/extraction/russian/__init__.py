"""Russian-language reports: the same facts and provenance as for English ones.

Language detection and routing live in ``core``; this package holds what is Russian: the
morphology (pymorphy3), the Russian names of the reference data in every case, the cue words of
Russian news copy, people's names in the nominative, and the assembly of the result.
"""
