"""Posts embedded from social networks: a tweet, an Instagram or TikTok post set in a page as a <blockquote>
that the network's script turns into a card. Its text (and its '— Name (@handle) date' line) is the post's,
not the article's, so it is dropped before the main text is read."""

from __future__ import annotations

# The class each network's embed code gives its <blockquote>.
EMBED_CLASSES = ("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed",
                 "text-post-media")


def without_embedded_posts(tree) -> None:
    """Remove the embedded posts' blockquotes from the tree, keeping the text that follows them."""
    for bq in list(tree.iter("blockquote")):
        classes = (bq.get("class") or "").split()
        if any(c in EMBED_CLASSES for c in classes) and bq.getparent() is not None:
            bq.drop_tree()
