package org.openbudget.performance.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IndicatorValueParserTest {

    /** Every distinct 指标值 printed in the seed's four tables, and what it says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥100%     | ≥ | 100  | %",
            "≥90%      | ≥ | 90   | %",
            "≥99%      | ≥ | 99   | %",
            "≥95%      | ≥ | 95   | %",
            "≥100 人   | ≥ | 100  | 人",
            "≥4 次     | ≥ | 4    | 次",
            "≥500 期   | ≥ | 500  | 期",
            "≥4000 份  | ≥ | 4000 | 份"})
    void seedValues(String printed, String operator, String number, String unit) {
        assertQuantitative(printed, operator, number, unit);
    }

    /** Other spellings met in real documents: ASCII, full-width, bracketed units, words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ">=90%          | ≥ | 90       | %",
            ">= 90 %        | ≥ | 90       | %",
            "＞＝90％        | ≥ | 90       | %",
            "≧95%           | ≥ | 95       | %",
            "<=3 天         | ≤ | 3        | 天",
            "≤5%            | ≤ | 5        | %",
            "> 80%          | ＞ | 80       | %",
            "＞80%           | ＞ | 80       | %",
            "< 2 次         | ＜ | 2        | 次",
            "＜2次           | ＜ | 2        | 次",
            "=100.00(%)     | = | 100.00   | %",
            "＝100％         | = | 100      | %",
            "≥13459.00(平方米) | ≥ | 13459.00 | 平方米",
            "≥13459.00（平方米） | ≥ | 13459.00 | 平方米",
            "≥１２０人       | ≥ | 120      | 人",
            "≥4,000 份      | ≥ | 4000     | 份",
            "不低于 80%      | ≥ | 80       | %",
            "不少于3次       | ≥ | 3        | 次",
            "不超过 5 个工作日 | ≤ | 5        | 个工作日",
            "95%以上        | ≥ | 95       | %",
            "≥95%以上       | ≥ | 95       | %",
            "10%以内        | ≤ | 10       | %",
            "≥1.5 万人次     | ≥ | 1.5      | 万人次"})
    void otherSpellings(String printed, String operator, String number, String unit) {
        assertQuantitative(printed, operator, number, unit);
    }

    @Test
    void numberWithoutOperatorKeepsTheOperatorOpen() {
        IndicatorValue v = IndicatorValueParser.parse("100%");
        assertEquals(ValueKind.QUANTITATIVE, v.kind());
        assertNull(v.operator());
        assertEquals(new BigDecimal("100"), v.number());
        assertEquals("%", v.unit());
    }

    @Test
    void bareCountHasNoUnit() {
        IndicatorValue v = IndicatorValueParser.parse("≥12");
        assertEquals(ValueKind.QUANTITATIVE, v.kind());
        assertEquals(new BigDecimal("12"), v.number());
        assertNull(v.unit());
    }

    @Test
    void numberKeepsItsPrintedScale() {
        assertEquals(2, IndicatorValueParser.parse("=100.00(%)").number().scale());
    }

    /** Grades, placeholders, deadlines, ranges and contradictions are not guessed into numbers. */
    @ParameterizedTest
    @ValueSource(strings = {"达标", "合规", "优良", "有效提升", "满意度", "及时率", "12月底前", "2022年12月31日前",
            "3个工作日内", "90%-95%", "≥90%以下", "100%完成", "≥90%（较上年）"})
    void qualitative(String printed) {
        IndicatorValue v = IndicatorValueParser.parse(printed);
        assertEquals(ValueKind.QUALITATIVE, v.kind(), printed);
        assertEquals(printed, v.grade());
        assertNull(v.operator());
        assertNull(v.number());
        assertNull(v.unit());
    }

    @Test
    void gradeIsTrimmed() {
        assertEquals("达标", IndicatorValueParser.parse("  达标　").grade());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u3000"})
    void empty(String printed) {
        assertEquals(ValueKind.EMPTY, IndicatorValueParser.parse(printed).kind());
    }

    @Test
    void nullIsEmpty() {
        assertEquals(ValueKind.EMPTY, IndicatorValueParser.parse(null).kind());
    }

    private static void assertQuantitative(String printed, String operator, String number, String unit) {
        IndicatorValue v = IndicatorValueParser.parse(printed);
        assertEquals(ValueKind.QUANTITATIVE, v.kind(), printed);
        assertEquals(operator, v.operator().symbol(), printed);
        assertEquals(new BigDecimal(number), v.number(), printed);
        assertEquals(unit, v.unit(), printed);
        assertNull(v.grade());
    }
}
