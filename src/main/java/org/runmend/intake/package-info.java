/**
 * Reading a runner's own words: the free-text start of the pain check. A story in, what it
 * states out (findings present or denied, region, side, age, sex, how long, how bad), each with
 * the words it came from. Built on Lucene's analysis chain and on the NegEx/ConText algorithm;
 * the words themselves are data ({@code knowledge/lexicon.json}). Knows nothing of HTTP, the
 * terminal or the database; depends on {@code knowledge} only.
 */
package org.runmend.intake;
