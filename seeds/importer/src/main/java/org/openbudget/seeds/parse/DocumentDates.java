package org.openbudget.seeds.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication and approval dates a disclosure prints, when it prints them: "公开日期：2024年1月26日",
 * "发布时间：2024-01-26", "批复日期：2024年1月12日", "（区财政局2024年1月12日批复）". A published history keeps
 * them (#14 item 4); nothing is guessed when they are absent.
 */
public final class DocumentDates {

    private static final String DATE = "((?:19|20)\\d{2})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern PUBLISHED = Pattern.compile("(?:公开|发布|公布)(?:日期|时间)\\s*[：:]\\s*" + DATE);
    private static final Pattern APPROVED = Pattern.compile("(?:批复(?:日期|时间)\\s*[：:]\\s*" + DATE + ")|(?:" + DATE
            + "\\s*(?:批复|批准))");

    /** @param publishedOn the printed publication date, or null; @param approvedOn the printed approval date, or null */
    public record Dates(LocalDate publishedOn, LocalDate approvedOn) {
    }

    private DocumentDates() {
    }

    public static Dates of(SourceText text) {
        LocalDate published = null;
        LocalDate approved = null;
        for (int n = 1; n <= text.size() && (published == null || approved == null); n++) {
            String line = text.trimmed(n);
            if (published == null && (line.contains("日期") || line.contains("时间"))) {
                Matcher m = PUBLISHED.matcher(line);
                if (m.find()) {
                    published = date(m, 1);
                }
            }
            if (approved == null && (line.contains("批复") || line.contains("批准"))) {
                Matcher m = APPROVED.matcher(line);
                if (m.find()) {
                    approved = m.group(1) != null ? date(m, 1) : date(m, 4);
                }
            }
        }
        return new Dates(published, approved);
    }

    private static LocalDate date(Matcher m, int group) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(group)), Integer.parseInt(m.group(group + 1)),
                    Integer.parseInt(m.group(group + 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
