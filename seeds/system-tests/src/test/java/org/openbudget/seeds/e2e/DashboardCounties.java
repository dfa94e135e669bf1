package org.openbudget.seeds.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.openbudget.seeds.bench.Catalog;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.ProvinceGenerator;
import org.openbudget.seeds.load.HttpPort;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.load.LoaderMain;
import org.openbudget.seeds.load.api.DepartmentBody;

/**
 * The two counties the dashboard's browser tests open, loaded through the services' public APIs as a county's
 * departments would load them: the seed alone in a county of its own (published on its 2022 days), and a county of
 * the benchmark's generated departments — some published in time, one published late, one never published. Each
 * run takes new county codes: the e2e databases outlive a run, and a county's figures must be this run's only.
 */
final class DashboardCounties {

    static final int YEAR = 2022;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final org.openbudget.seeds.auth.ClientToken LOADER = Repo.loader();

    /** The seed document's department in its own county. */
    record SeedCounty(String region, String department) {
    }

    /**
     * The generated county: {@code onTime} published 20 days after approval, {@code late} published 100 days after
     * it, {@code draftOnly} loaded but never published (the public sees it as missing).
     */
    record GeneratedCounty(String region, String name, List<DepartmentYear> onTime, DepartmentYear late, DepartmentYear draftOnly) {

        List<DepartmentYear> published() {
            List<DepartmentYear> all = new ArrayList<>(onTime);
            all.add(late);
            return all;
        }

        List<DepartmentYear> all() {
            List<DepartmentYear> all = published();
            all.add(draftOnly);
            return all;
        }
    }

    private DashboardCounties() {
    }

    /** A county code of this run's: 6 digits under province 97, never a real county's or another test's (99…). */
    static String newCounty() {
        return "97" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    static SeedCounty seed(RunningSystem.Services system) throws Exception {
        String region = newCounty();
        String dept = "D" + region;
        String seed = Repo.root().resolve("seeds/000_089e20c77680147c.txt").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = LoaderMain.run(new String[]{"--publish", "--approved-on", "2022-01-20", "--published-on", "2022-02-09",
                "--dept", dept, "--region", region + ":高邑县", seed}, RunningSystem.loaderEnvironment(),
                HttpPort.jdk(Repo.loader()), print, print);
        if (exit != 0) {
            throw new IllegalStateException("loading the seed failed: " + out.toString(StandardCharsets.UTF_8));
        }
        // the published budget, targets and plan have all reached the read side
        Http.awaitAs(null, system.aggregation.url("/api/v1/consistency/" + dept + "/" + YEAR + "?scope=published"),
                a -> a.status() == 200 && a.body().path("sourceVersions").has("budget")
                        && a.body().path("sourceVersions").has("performance") && a.body().path("sourceVersions").has("asset"),
                Duration.ofSeconds(60));
        return new SeedCounty(region, dept);
    }

    static GeneratedCounty generated(RunningSystem.Services system, int departments) throws Exception {
        String region = newCounty();
        String name = "合成" + region.substring(2) + "县";
        ProvinceGenerator generator = new ProvinceGenerator(Catalog.shipped(YEAR), Long.parseLong(region));
        List<DepartmentYear> years = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            DepartmentYear dy = generator.departmentYear(0, d, YEAR);
            String code = "G" + region + String.format("%02d", d + 1);
            String deptName = name + "第" + (d + 1) + "部门";
            DepartmentBody body = new DepartmentBody(deptName, new DepartmentBody.Region(region, name),
                    List.of(new DepartmentBody.Unit(deptName + "本级", "行政", "正科级", "财政拨款")), null, null, null, null);
            years.add(new DepartmentYear(code, region, body, YEAR, dy.budget(), dy.performance(), dy.holdings(), dy.procurement()));
        }
        for (DepartmentYear dy : years) {
            put(system.budget.url("/api/v1/departments/" + dy.code()), Json.compact(dy.department()));
            put(system.budget.url("/api/v1/budgets/" + dy.code() + "/" + YEAR), Json.compact(dy.budget()));
            put(system.performance.url("/api/v1/performance/" + dy.code() + "/" + YEAR), Json.compact(dy.performance()));
            put(system.asset.url("/api/v1/assets/" + dy.code() + "/" + dy.holdingsAsOf()), Json.compact(dy.holdings()));
            put(system.asset.url("/api/v1/procurement/" + dy.code() + "/" + YEAR), Json.compact(dy.procurement()));
        }
        GeneratedCounty county = new GeneratedCounty(region, name, years.subList(0, departments - 2),
                years.get(departments - 2), years.get(departments - 1));
        for (DepartmentYear dy : county.onTime()) {
            publish(system, dy, "2022-01-20", "2022-02-09");
        }
        publish(system, county.late(), "2022-01-20", "2022-04-30");
        for (DepartmentYear dy : county.published()) {
            Http.awaitAs(null, system.aggregation.url("/api/v1/consistency/" + dy.code() + "/" + YEAR + "?scope=published"),
                    a -> a.status() == 200 && a.body().path("sourceVersions").has("budget")
                            && a.body().path("sourceVersions").has("performance"), Duration.ofSeconds(60));
        }
        Http.awaitAs(null, system.aggregation.url("/api/v1/departments/" + county.draftOnly().code()),
                a -> a.status() == 200, Duration.ofSeconds(60));
        return county;
    }

    /** A department's total as its generated budget states it: the sum of its functional 类 lines (万元). */
    static BigDecimal total(DepartmentYear dy) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var line : dy.budget().functional().lines()) {
            if (line.code().length() == 3) {
                sum = sum.add(line.revenue().appropriation());
            }
        }
        return sum;
    }

    /** Submit (报送), approve (批复) and publish (公开) the budget on the stated days; the targets and plan too. */
    private static void publish(RunningSystem.Services system, DepartmentYear dy, String approvedOn, String publishedOn)
            throws Exception {
        String budget = system.budget.url("/api/v1/budgets/" + dy.code() + "/" + YEAR);
        post(budget + "/submit", null);
        post(budget + "/approve", Json.compact(Map.of("approvalDate", approvedOn)));
        post(budget + "/publish", Json.compact(Map.of("publishedOn", publishedOn)));
        String targets = system.performance.url("/api/v1/performance/" + dy.code() + "/" + YEAR);
        for (String step : List.of("/submit", "/approve", "/publish")) {
            post(targets + step, null);
        }
        String plan = system.asset.url("/api/v1/procurement/" + dy.code() + "/" + YEAR);
        post(plan + "/submit", null);
        post(plan + "/approve?approvedOn=" + approvedOn, null);
        post(plan + "/publish", null);
    }

    private static void put(String url, String json) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void post(String url, String json) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.header("Authorization", LOADER.header()).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
    }
}
