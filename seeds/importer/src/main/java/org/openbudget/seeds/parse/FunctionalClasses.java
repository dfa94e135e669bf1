package org.openbudget.seeds.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 30 类 of 支出功能分类 (functional classification) as table 1 lists them by name without codes,
 * with their codes (2022 科目; 234 exists 2020–2022 only). Table 1 is read by name, so the name is the key.
 */
public final class FunctionalClasses {

    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();
    /** Names of earlier years still printed in some documents, with the code they name. */
    private static final Map<String, String> OBSOLETE = Map.of("医疗卫生与计划生育支出", "210");

    static {
        String[][] classes = {
                {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
                {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"},
                {"208", "社会保障和就业支出"}, {"209", "社会保险基金支出"}, {"210", "卫生健康支出"},
                {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"}, {"214", "交通运输支出"},
                {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
                {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
                {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"},
                {"227", "预备费"}, {"229", "其他支出"}, {"230", "转移性支出"}, {"231", "债务还本支出"},
                {"232", "债务付息支出"}, {"233", "债务发行费用支出"}, {"234", "抗疫特别国债安排的支出"}};
        for (String[] c : classes) {
            BY_NAME.put(c[1], c[0]);
        }
    }

    private FunctionalClasses() {
    }

    /** The code of a current 类 name (numbering and spacing ignored). */
    public static Optional<String> code(String printedName) {
        return Optional.ofNullable(BY_NAME.get(Texts.label(printedName)));
    }

    /** The code an obsolete 类 name stands for, e.g. 医疗卫生与计划生育支出 → 210 (renamed 卫生健康支出 in 2019). */
    public static Optional<String> obsoleteCode(String printedName) {
        return Optional.ofNullable(OBSOLETE.get(Texts.label(printedName)));
    }

    public static Optional<String> name(String code) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
    }
}
