"""Every limit the field steps and both pipelines decide with, named and explained once.

HTML pages and text dumps share these: a byline is a byline by the same measure in
both. Lines and blocks are measured in words that hold a letter
(:func:`arnews.extract.generic.word_count`); other counts say so.
The main-text finder keeps its own scoring weights
(:mod:`arnews.extract.generic`), and the boilerplate matcher its phrase lengths
(:mod:`arnews.extract.boilerplate`).
"""

from __future__ import annotations

from typing import Final

# ------------------------------------------------------------------------- titles

MIN_TITLE_PARTS: Final = 2
"""A title splits into a headline and a site name: at least two parts."""
MAX_SITE_TAIL_WORDS: Final = 3
"""A trailing title part this short may be a site name nobody told us about…"""
MIN_REST_PER_TAIL_WORD: Final = 2
"""…when the rest has at least this many words per word of it…"""
MIN_REST_EXTRA_WORDS: Final = 2
"""…plus this many («خبر طويل جداً عن الاقتصاد - الموقع»)."""
MIN_H1_IN_TITLE_WORDS: Final = 2
"""An ``<h1>`` that ``<title>`` contains is the headline when it has this many words."""
MIN_H1_WORDS: Final = 3
"""Otherwise the first Arabic ``<h1>`` of this many words is."""
MAX_SUBTITLE_WORDS: Final = 40
"""A heading right after the headline longer than this is text, not a standfirst."""
TITLE_SEARCH_LINES: Final = 25
"""A dump's headline is among its first lines (after the navigation, weather and currency
widgets, ticker items)."""
TITLE_LINE_SEARCH: Final = 15
"""A «TITLE - SITE» line (the page's ``<title>``) is among the very first lines."""
REPEAT_WINDOW: Final = 6
"""A dump prints the headline again within this many lines of the «TITLE - SITE» line."""
CAPTION_REACH: Final = 2
"""An image's alt text and caption (the same line twice) follow the headline within this
many lines of text."""
DATED_TITLE_GAP: Final = 2
"""A headline's date stamp comes within this many lines after it, and its story within
this many lines after the stamp."""
STAMP_BEFORE_TITLE: Final = 1
"""A date stamp printed above the headline has at most this many lines of text between
them; one further up is a site-wide «today» widget."""
MIN_TITLE_WORDS: Final = 4
"""A dump's headline has at least this many words."""
MAX_TITLE_COMMAS: Final = 2
"""A line with more commas is a list (tags, a menu), not a headline."""
MIN_HEADLINE_WORDS: Final = 2
"""A headline (in a dump's list of related stories) has at least this many words…"""
MAX_HEADLINE_WORDS: Final = 30
"""…and at most this many."""
MIN_CRUMBS: Final = 3
"""«الرئيسية / أخبار محلية / TITLE»: a breadcrumb has this many parts at least."""
MIN_MENU_WORDS: Final = 7
"""A navigation menu printed as one line has at least this many bare words…"""
MIN_MENU_PLURALS: Final = 3
"""…and this many plural section names among them («اقتصاديات دوليات …»)."""
MAX_CAPTION_WORDS: Final = 25
"""A line closed by a photo credit («… - واس», «(AFP)») is an image caption up to this
many words."""
MIN_HASHTAGS: Final = 2
"""A line of this many hashtags at least, that are half its words or more, is a tag line."""

# -------------------------------------------------------------------------- story

MIN_DATED_HEADLINE_WORDS: Final = 8
"""A line this long that states a date is a headline mentioning it («… إضراب عام في 21
يناير»), not a date line."""
MASTHEAD_REACH: Final = 6
"""A masthead this few lines after the first paragraph is the top of the page: what came
before it were teasers of other stories."""
MAX_TEASER_WORDS: Final = 15
"""A headline-like line after the story's last sentence, this short, is another story's
teaser, not the story's end."""
MIN_PARAGRAPH_WORDS: Final = 10
"""A line of a dump this long (in words with a letter) is a paragraph…"""
MIN_SENTENCE_WORDS: Final = 4
"""…and so is a shorter one of this many words that ends a sentence."""
STORY_WINDOW: Final = 6
"""A headline is followed by its story within this many lines of text (captions, bylines,
stamps between them)."""

# ---------------------------------------------------------------- people, datelines

MAX_BYLINE_WORDS: Final = 8
"""A block or line reading «كتب: …» / «بقلم: …» is a byline up to this many words."""
MAX_AUTHOR_WORDS: Final = 6
"""An author's name has at most this many words."""
MAX_MARKUP_AUTHOR_WORDS: Final = MAX_AUTHOR_WORDS + 2
"""A generic byline element («.author», «.byline») may add a label to the name."""
MIN_MARKUP_AUTHOR_WORDS: Final = 2
"""One word in a byline element is a section name («منوعات») more often than an author."""
MAX_MARKUP_AUTHORS: Final = 3
"""Generic byline elements beyond the first few are lists of other stories' authors."""
MAX_BYLINE_BLOCKS: Final = 2
"""Byline blocks («حوار: …») taken from a page; more are other stories' bylines."""
MIN_NAME_WORDS: Final = 2
"""A person's name in a mixed byline («لندن: رنيم حنوش») has two words at least…"""
MAX_NAME_WORDS: Final = 4
"""…and four at most."""
CREDIT_REACH: Final = 2
"""In a dump with no headline, the lines of text right before the story that may credit it
(«صدى المدينة- سلمى الكندي»)."""
MIN_HOST_LABEL_CHARS: Final = 4
"""A host name label («albayan» of albayan.ae) this long can name the outlet in a byline."""
MAX_CREDIT_PART_WORDS: Final = 5
"""A part of a credit line («وكالة أنباء الوادي الحرة المستقلة», «خالد بن سالم الراشدي») has at
most this many words; a longer one is the story's text."""
MIN_SKELETON_CHARS: Final = 2
"""A name is compared with the outlet's web address on its consonants, this many at least
(«ندى» ↔ ``nadanews``: «nd»)…"""
MIN_SKELETON_INSIDE: Final = 4
"""…and may be found inside a longer address only with this many («trbls» in
``tarablusobserver``)."""
DATELINE_CHARS: Final = 120
"""A dateline («القاهرة (رويترز) -») is looked for in the story's first characters only."""
CREDIT_LINE_BLOCKS: Final = 3
"""An agency credited on a line of its own («(بترا)») sits among the body's last blocks."""

# ----------------------------------------------------------------------------- dates

LEAD_CHARS: Final = 400
"""The lead, where «today» named in full dates the story: the story's first characters."""
TODAY_REACH: Final = 4
"""«اليوم الأحد 21 نوفمبر 2021»: the date starts this close after «اليوم» (the weekday is
part of the date)…"""
TODAY_CHAIN_GAP: Final = 16
"""…and a second calendar's date of the same day this close after the first («14 محرم
1447 هـ، الموافق لـ10 يوليوز 2025»)."""
MAX_STAMP_CHARS: Final = 120
"""A date stamp is short; longer text is prose that mentions a date."""
MAX_DATE_LINE_WORDS: Final = 10
"""A paragraph or line this short that parses as a date is a stamp, not text."""
MAX_LABELLED_WORDS: Final = 24
"""A line labelled «نشر في: … | آخر تحديث: …» holds the page's stamps up to this many words."""
STAMP_WINDOW: Final = 5
"""A stamp printed under the headline is among the next this many blocks."""
MAX_STAMP_BLOCK_WORDS: Final = 16
"""A block under the headline is a stamp only up to this many words."""

# --------------------------------------------------------------------- tags, links

MIN_KEYWORD_TITLE_WORDS: Final = 3
"""Keywords can only be «the headline cut into words» for a headline this long…"""
MIN_KEYWORD_TITLE_COVER: Final = 0.8
"""…and when they cover this share of its words."""
MIN_LINK_WORDS: Final = 2
"""A related link's text has at least this many words (one word is a section)."""
MAX_DATE_LINK_WORDS: Final = 4
"""Link text this short with digits and a year is a date, not a headline."""
MIN_RELATED_LINK_DENSITY: Final = 0.5
"""Under a related heading, blocks stay in the list while links make up this share."""
MAX_RELATED: Final = 40
"""Related links kept (and blocks looked at under a related heading)."""
