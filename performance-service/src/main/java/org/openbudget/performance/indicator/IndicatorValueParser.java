package org.openbudget.performance.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed 指标值 (indicator target value) into operator, number and unit, or keeps it as a
 * qualitative grade. Real documents mix symbol widths and spellings ("≥90%", "＞＝90％", ">=90 %",
 * "=100.00(%)", "不低于80%", "95%以上"), so the text is first folded to one spelling; anything that is
 * not clearly "comparison + number + unit" (a deadline such as "12月底前", a range, prose) stays
 * qualitative rather than being guessed at. Pure and thread-safe.
 */
public final class IndicatorValueParser {

    private static final Map<String, Operator> WORDS = Map.ofEntries(
            Map.entry("不低于", Operator.AT_LEAST), Map.entry("不少于", Operator.AT_LEAST),
            Map.entry("不小于", Operator.AT_LEAST), Map.entry("大于等于", Operator.AT_LEAST),
            Map.entry("至少", Operator.AT_LEAST),
            Map.entry("不高于", Operator.AT_MOST), Map.entry("不超过", Operator.AT_MOST),
            Map.entry("不多于", Operator.AT_MOST), Map.entry("不大于", Operator.AT_MOST),
            Map.entry("小于等于", Operator.AT_MOST), Map.entry("至多", Operator.AT_MOST),
            Map.entry("最多", Operator.AT_MOST),
            Map.entry("高于", Operator.GREATER), Map.entry("大于", Operator.GREATER),
            Map.entry("超过", Operator.GREATER), Map.entry("多于", Operator.GREATER),
            Map.entry("低于", Operator.LESS), Map.entry("小于", Operator.LESS), Map.entry("少于", Operator.LESS),
            Map.entry("等于", Operator.EQUAL));

    private static final Map<String, Operator> SYMBOLS = Map.of(
            "≥", Operator.AT_LEAST, ">=", Operator.AT_LEAST, "=>", Operator.AT_LEAST,
            "≤", Operator.AT_MOST, "<=", Operator.AT_MOST, "=<", Operator.AT_MOST,
            ">", Operator.GREATER, "<", Operator.LESS, "=", Operator.EQUAL, "==", Operator.EQUAL);

    private static final Map<String, Operator> SUFFIXES = Map.of(
            "及以上", Operator.AT_LEAST, "以上", Operator.AT_LEAST,
            "及以下", Operator.AT_MOST, "以下", Operator.AT_MOST, "以内", Operator.AT_MOST);

    // longer alternatives first so that "不低于" is not read as "低于"
    private static final Pattern VALUE = Pattern.compile(
            "^(?<word>不低于|不少于|不小于|大于等于|至少|不高于|不超过|不多于|不大于|小于等于|至多|最多|高于|大于|超过|多于|低于|小于|少于|等于)?\\s*"
                    + "(?<op>>=|=>|<=|=<|==|≥|≤|>|<|=)?\\s*"
                    + "(?<num>[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*"
                    + "(?<rest>.*)$");
    private static final Pattern SUFFIX = Pattern.compile("^(?<unit>.*?)\\s*(?<suffix>及以上|以上|及以下|以下|以内)$");
    private static final Pattern BRACKETED = Pattern.compile("^\\((?<unit>[^()]*)\\)$");
    /** A unit is a short word: 人, 人次, 平方米, 个工作日, 次/年, km. */
    private static final Pattern UNIT = Pattern.compile("^(?:[%‰]|[\\p{IsHan}A-Za-z/²³]{1,5})$");
    /** Characters that turn "number + word" into a deadline or period rather than a unit ("12月底前", "3日内"). */
    private static final Pattern NOT_A_UNIT = Pattern.compile("[前后底内止起间至~\\-—]");

    private IndicatorValueParser() {
    }

    public static IndicatorValue parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return IndicatorValue.empty();
        }
        String text = fold(printed).strip();
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            return IndicatorValue.qualitative(printed.strip());
        }
        Operator fromWord = m.group("word") == null ? null : WORDS.get(m.group("word"));
        Operator fromSymbol = m.group("op") == null ? null : SYMBOLS.get(m.group("op"));
        String rest = m.group("rest").strip();
        Operator fromSuffix = null;
        Matcher suffix = SUFFIX.matcher(rest);
        if (suffix.matches()) {
            fromSuffix = SUFFIXES.get(suffix.group("suffix"));
            rest = suffix.group("unit").strip();
        }
        if (!consistent(fromWord, fromSymbol, fromSuffix)) {
            // "≥90%以下" says two different things: do not pick one
            return IndicatorValue.qualitative(printed.strip());
        }
        Operator operator = fromWord != null ? fromWord : fromSymbol != null ? fromSymbol : fromSuffix;
        String unit = unit(rest);
        if (unit == null && !rest.isEmpty()) {
            return IndicatorValue.qualitative(printed.strip());
        }
        BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
        return IndicatorValue.quantitative(operator, number, unit);
    }

    private static boolean consistent(Operator... operators) {
        Operator seen = null;
        for (Operator o : operators) {
            if (o != null) {
                if (seen != null && seen != o) {
                    return false;
                }
                seen = o;
            }
        }
        return true;
    }

    /** The unit in what follows the number; {@code null} if there is none or if it is not a unit. */
    private static String unit(String rest) {
        if (rest.isEmpty()) {
            return null;
        }
        Matcher bracketed = BRACKETED.matcher(rest);
        String candidate = bracketed.matches() ? bracketed.group("unit").strip() : rest;
        if (candidate.isEmpty() || !UNIT.matcher(candidate).matches() || NOT_A_UNIT.matcher(candidate).find()) {
            return null;
        }
        return candidate;
    }

    /** Folds full-width and look-alike characters to one spelling; letters and CJK text are left alone. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
                continue;
            }
            sb.append(switch (c) {
                case '．' -> '.';
                case '％', '﹪' -> '%';
                case '＞', '﹥' -> '>';
                case '＜', '﹤' -> '<';
                case '＝', '﹦' -> '=';
                case '≧', '⩾' -> '≥';
                case '≦', '⩽' -> '≤';
                case '（' -> '(';
                case '）' -> ')';
                case '＋' -> '+';
                case '－', '−' -> '-';
                case '\u3000', '\u00a0' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }
}
