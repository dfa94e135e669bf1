package org.openbudget.disclosure.budget;

/** Classification codes: a code's parent is its prefix (201 → 20103 → 2010301; 301 → 30101). */
public final class Codes {

    private Codes() {
    }

    /** 1 for 类 (3 digits), 2 for 款 (5), 3 for 项 (7); 0 for anything else. */
    public static int functionalLevel(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    /** The parent code, or {@code null} for a 类. */
    public static String parent(String code) {
        return code.length() <= 3 ? null : code.substring(0, code.length() - 2);
    }

    public static boolean isChild(String parent, String code) {
        return code.length() == parent.length() + 2 && code.startsWith(parent);
    }

    /** 类 / 款 / 项 — what the catalogs call a level. */
    public static String levelName(String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> "?";
        };
    }
}
