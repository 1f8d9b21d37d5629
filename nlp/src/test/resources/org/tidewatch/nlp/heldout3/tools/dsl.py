"""Tiny DSL for writing the heldout3 posts: P(...) registers one post; phone placeholders {CC<slot>:<style>}
in the text are filled from phones.tsv by build.py, which also lists the phones in order of first appearance."""
S, L, A, D, N = "sea_crossing", "land_crossing", "air_crossing", "documents", None
POSTS = []


def P(lang, platform, category, text, prices=(), routes=(), notes="", offer=None):
    is_offer = category is not None if offer is None else offer
    POSTS.append(dict(lang=lang, platform=platform, text=text.strip("\n"), is_offer=is_offer, category=category,
                      prices=[{"amount": a, "currency": c} for a, c in prices],
                      routes=[{"from": f, "from_country": fc, "to": t, "to_country": tc} for f, fc, t, tc in routes],
                      notes=notes))
