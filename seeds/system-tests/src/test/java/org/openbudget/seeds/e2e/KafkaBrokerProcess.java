package org.openbudget.seeds.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second, private Kafka broker that a test can start late and stop, to play a broker outage
 * without disturbing the shared one. Same jars and the same KRaft single-node setup as deploy/local.
 */
final class KafkaBrokerProcess implements AutoCloseable {

    private final Process process;

    private KafkaBrokerProcess(Process process) {
        this.process = process;
    }

    static KafkaBrokerProcess start(int port, int controllerPort) throws Exception {
        String classpath = Repo.kafkaClasspath();
        Path dir = Files.createTempDirectory("e2e-kafka-");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process format = new ProcessBuilder(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "--standalone",
                "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting the test broker failed: " + Files.readString(dir.resolve("format.log")));
        }
        Process broker = new ProcessBuilder(List.of(java, "-Xmx384m", "-cp", classpath, "kafka.Kafka", config.toString()))
                .redirectErrorStream(true).redirectOutput(Repo.logDir().resolve("kafka-" + port + ".log").toFile()).start();
        return new KafkaBrokerProcess(broker);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
