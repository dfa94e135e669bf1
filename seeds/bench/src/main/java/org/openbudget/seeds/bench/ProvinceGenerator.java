package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.seeds.load.api.DepartmentBody;

/**
 * A synthetic province, deterministic from a seed number: {@code counties} × {@code departments} department-years
 * shaped like the seed document (高邑县政府办 2022): a handful of functional 项 with their 款 and 类, the 基本支出
 * split by economic class into 人员经费 (301 + 303) and 公用经费 (302), amounts in 万元 with 2 decimals.
 * Every parent line is the sum of its children and the totals are the sums of the 类 lines. The performance
 * targets, holdings and procurement plan that go with each budget come from {@link CompanionGenerator}.
 *
 * <p>Amounts are held as whole cents (of 万元) while being split, so sums are exact; a department's total is
 * log-uniform between 50 and 5,000 万元, the spread of county departments.
 */
public final class ProvinceGenerator {

    /** Province code of the synthetic regions: counties are 13 + a prefecture from 50 + a county number. */
    public static final String PROVINCE = "13";

    private final Catalog catalog;
    private final long seed;

    public ProvinceGenerator(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    public static String regionCode(int county) {
        return String.format("%s%02d%02d", PROVINCE, 50 + county / 50, 1 + county % 50);
    }

    public static String departmentCode(int county, int department) {
        return String.format("BX%03d%03d", county, department);
    }

    public List<DepartmentYear> province(int counties, int departments, int year) {
        List<DepartmentYear> out = new ArrayList<>(counties * departments);
        for (int c = 0; c < counties; c++) {
            for (int d = 0; d < departments; d++) {
                out.add(departmentYear(c, d, year));
            }
        }
        return out;
    }

    /** The same (county, department, year) always gives the same budget for the same seed, whatever else is generated. */
    public DepartmentYear departmentYear(int county, int department, int year) {
        Random random = new Random(seed * 1_000_003L + county * 10_007L + department * 101L + year);
        String region = regionCode(county);
        String code = departmentCode(county, department);
        String countyName = "合成" + (county + 1) + "县";
        String name = countyName + "第" + (department + 1) + "部门";
        DepartmentBody body = new DepartmentBody(name, new DepartmentBody.Region(region, countyName),
                List.of(new DepartmentBody.Unit(name + "本级", department % 3 == 0 ? "事业" : "行政", "正科级", "财政拨款")),
                null, null, null, null);
        BudgetContent budget = budget(random);
        // a second stream for the companion tables, so that adding them left every generated budget as it was
        Random companions = new Random(random.nextLong() ^ 0x5DEECE66DL);
        return new DepartmentYear(code, region, body, year, budget, CompanionGenerator.performance(name, budget, companions),
                CompanionGenerator.holdings(companions), CompanionGenerator.procurement(budget, companions));
    }

    private BudgetContent budget(Random random) {
        long total = Math.round(5_000 * Math.pow(100, random.nextDouble())); // cents of 万元: 50 … 5,000 万元
        long project = Math.round(total * (0.05 + 0.35 * random.nextDouble()));
        long basic = total - project;

        // functional 项 lines: basic and project spread over a few items
        int itemCount = 3 + random.nextInt(6);
        TreeMap<String, long[]> items = new TreeMap<>(); // code → {basic, project}
        while (items.size() < itemCount) {
            items.put(catalog.functionalItems().get(random.nextInt(catalog.functionalItems().size())), new long[2]);
        }
        List<String> codes = new ArrayList<>(items.keySet());
        long[] basicParts = split(basic, codes.size(), random);
        long[] projectParts = split(project, Math.max(1, codes.size() / 2), random);
        for (int i = 0; i < codes.size(); i++) {
            items.get(codes.get(i))[0] = basicParts[i];
        }
        for (int i = 0; i < projectParts.length; i++) {
            items.get(codes.get(codes.size() - 1 - i))[1] += projectParts[i];
        }
        TreeMap<String, long[]> all = new TreeMap<>();
        for (Map.Entry<String, long[]> item : items.entrySet()) {
            for (String level : List.of(item.getKey().substring(0, 3), item.getKey().substring(0, 5), item.getKey())) {
                long[] sums = all.computeIfAbsent(level, k -> new long[2]);
                sums[0] += item.getValue()[0];
                sums[1] += item.getValue()[1];
            }
        }
        List<FunctionalLine> functionalLines = new ArrayList<>();
        for (Map.Entry<String, long[]> line : all.entrySet()) {
            long b = line.getValue()[0];
            long p = line.getValue()[1];
            functionalLines.add(new FunctionalLine(line.getKey(), catalog.functionalNames().get(line.getKey()),
                    appropriation(b + p), new FunctionalExpenditure(byType(b, p), null, null, null)));
        }

        // economic classes of the basic expenditure: 人员经费 = 301 + 303, 公用经费 = 302
        long personnel = Math.round(basic * (0.75 + 0.2 * random.nextDouble()));
        long publicUse = basic - personnel;
        long household = Math.round(personnel * 0.03 * random.nextDouble());
        long wages = personnel - household;
        List<EconomicLine> economicLines = new ArrayList<>();
        economicClass(economicLines, "301", wages, catalog.personnelItems(), 4 + random.nextInt(7), true, random);
        economicClass(economicLines, "302", publicUse, catalog.publicUseItems(), 3 + random.nextInt(6), false, random);
        if (household > 0) {
            economicClass(economicLines, "303", household, catalog.householdItems(), 1 + random.nextInt(2), true, random);
        }
        return new BudgetContent(AmountUnit.WAN_YUAN, new Revenue(money(total), null, null, null, null, null, null, null, null), null,
                new FunctionalSection(new FunctionalFigures(appropriation(total), new FunctionalExpenditure(byType(basic, project), null, null, null)),
                        functionalLines),
                new EconomicSection(new EconomicFigures(money(personnel), money(publicUse)), economicLines),
                threePublic(economicLines), null);
    }

    /**
     * Table 9 ("三公"经费) as table 6 implies it: 公务接待费 = economic 30217, 公务用车运行维护费 = 30231 (budget-service
     * warns when they differ); no travel abroad, no vehicle purchase.
     */
    private static List<ThreePublicLine> threePublic(List<EconomicLine> economic) {
        BigDecimal reception = BigDecimal.ZERO.setScale(2);
        BigDecimal vehicles = BigDecimal.ZERO.setScale(2);
        for (EconomicLine line : economic) {
            if (line.code().equals("30217")) {
                reception = line.publicUse();
            } else if (line.code().equals("30231")) {
                vehicles = line.publicUse();
            }
        }
        BigDecimal sum = reception.add(vehicles);
        return List.of(new ThreePublicLine(ThreePublicItem.TOTAL, sum, null, null),
                new ThreePublicLine(ThreePublicItem.SUBTOTAL, sum, null, null),
                new ThreePublicLine(ThreePublicItem.VEHICLE, vehicles, null, null),
                new ThreePublicLine(ThreePublicItem.VEHICLE_OPERATION, vehicles, null, null),
                new ThreePublicLine(ThreePublicItem.RECEPTION, reception, null, null));
    }

    private void economicClass(List<EconomicLine> out, String code, long amount, List<String> children, int count,
                               boolean personnel, Random random) {
        out.add(economicLine(code, amount, personnel));
        List<String> pool = new ArrayList<>(children);
        TreeMap<String, Long> chosen = new TreeMap<>();
        int n = Math.min(count, pool.size());
        long[] parts = split(amount, n, random);
        for (int i = 0; i < n; i++) {
            chosen.put(pool.remove(random.nextInt(pool.size())), parts[i]);
        }
        chosen.forEach((child, value) -> out.add(economicLine(child, value, personnel)));
    }

    private EconomicLine economicLine(String code, long amount, boolean personnel) {
        return new EconomicLine(code, catalog.economicNames().get(code), personnel ? money(amount) : null,
                personnel ? null : money(amount));
    }

    /** {@code parts} amounts ≥ 1 cent (when the total allows) that add up to {@code total} exactly. */
    static long[] split(long total, int parts, Random random) {
        long[] out = new long[parts];
        double[] weights = new double[parts];
        double weightSum = 0; // random weights only: the amounts themselves are whole cents and add up exactly
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.2 + random.nextDouble();
            weightSum += weights[i];
        }
        long left = total;
        for (int i = 0; i < parts - 1; i++) {
            out[i] = Math.max(total >= parts ? 1 : 0, Math.min(left - (parts - 1 - i), Math.round(total * weights[i] / weightSum)));
            left -= out[i];
        }
        out[parts - 1] = left;
        return out;
    }

    private static FunctionalRevenue appropriation(long cents) {
        return new FunctionalRevenue(money(cents), null, null, null, null, null, null, null);
    }

    private static ExpenditureByType byType(long basic, long project) {
        return new ExpenditureByType(basic == 0 ? null : money(basic), project == 0 ? null : money(project), null, null, null);
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
