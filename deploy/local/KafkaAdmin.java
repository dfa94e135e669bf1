// Single-file program run by deploy/local/lib.sh with the broker's own classpath (java -cp … KafkaAdmin.java):
//   wait BOOTSTRAP SECONDS                 — until the broker answers describeCluster
//   topics BOOTSTRAP NAME:PARTITIONS:POLICY …  — create the topics that are missing (idempotent)
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

public class KafkaAdmin {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: wait BOOTSTRAP SECONDS | topics BOOTSTRAP NAME:PARTITIONS:POLICY...");
            System.exit(2);
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        switch (args[0]) {
            case "wait" -> waitFor(p, Integer.parseInt(args[2]));
            case "topics" -> topics(p, List.of(args).subList(2, args.length));
            default -> { System.err.println("unknown command " + args[0]); System.exit(2); }
        }
    }

    static void waitFor(Properties p, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            try (Admin admin = Admin.create(p)) {
                String id = admin.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
                System.out.println("broker ready, cluster " + id);
                return;
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    System.err.println("broker not ready after " + seconds + " s: " + e);
                    System.exit(1);
                }
                Thread.sleep(500);
            }
        }
    }

    static void topics(Properties p, List<String> specs) throws Exception {
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String spec : specs) {
                String[] parts = spec.split(":");
                if (existing.contains(parts[0])) {
                    continue;
                }
                NewTopic topic = new NewTopic(parts[0], Integer.parseInt(parts[1]), (short) 1);
                topic.configs(Map.of("cleanup.policy", parts[2]));
                missing.add(topic);
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            System.out.println("topics: " + specs.size() + " wanted, " + missing.size() + " created");
        }
    }
}
