package org.openbudget.common.json;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names refuse every control character; free text allows line breaks and tabs; neither allows unpaired surrogates. */
class TextRuleTest {

    @Test
    void ordinaryTextPasses() {
        for (TextRule rule : TextRule.values()) {
            assertTrue(rule.violation("高邑县政府办 434 — “三公”经费 ≥500 期 😀").isEmpty(), rule.name());
            assertTrue(rule.violation("").isEmpty());
            assertTrue(rule.violation(null).isEmpty());
        }
    }

    @Test
    void namesRefuseEveryControlCharacter() {
        for (char c : new char[]{'\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'}) {
            assertTrue(TextRule.NAME.violation("ab" + c + "c").isPresent(), "U+" + Integer.toHexString(c));
        }
        assertEquals("must not contain control characters (found U+0000 at character 3)",
                TextRule.NAME.violation("ab\u0000c").orElseThrow());
    }

    @Test
    void freeTextAllowsLineBreaksAndTabsOnly() {
        assertTrue(TextRule.FREE_TEXT.violation("一是……\r\n二是……\t（完）\n").isEmpty());
        for (char c : new char[]{'\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085'}) {
            assertTrue(TextRule.FREE_TEXT.violation("ab" + c).isPresent(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        for (TextRule rule : TextRule.values()) {
            assertTrue(rule.violation("a\ud800").isPresent());
            assertTrue(rule.violation("a\ud800b").isPresent());
            assertTrue(rule.violation("\udc00a").isPresent());
            assertTrue(rule.violation("\ude00\ud83d").isPresent(), "a reversed pair is two unpaired halves");
        }
        assertEquals("must be valid Unicode text (found the unpaired UTF-16 surrogate U+D800 at character 2)",
                TextRule.NAME.violation("a\ud800").orElseThrow());
    }
}
