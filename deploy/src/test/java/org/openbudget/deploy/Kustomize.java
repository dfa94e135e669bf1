package org.openbudget.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kubectl kustomize DIR}: a purely local rendering. KUBECONFIG points at a file that does not
 * exist, so even a kubectl that wanted to could not find a cluster to talk to.
 */
final class Kustomize {

    static final String MISSING_KUBECTL = "kubectl is not on the PATH. deploy-tests renders the manifests with "
            + "`kubectl kustomize` (kustomize v5, bundled with kubectl ≥ 1.27); the machine image ships kubectl. "
            + "Debian 12's own package (kubernetes-client, kubectl 1.20 with kustomize v2) is too old for these manifests.";

    private Kustomize() {
    }

    static String render(Path dir) {
        Path stderr = null;
        try {
            stderr = Files.createTempFile("kustomize", ".err");
            ProcessBuilder pb = new ProcessBuilder(List.of("kubectl", "kustomize", dir.toString()))
                    .redirectError(stderr.toFile());
            pb.environment().put("KUBECONFIG", dir.resolve("no-such-kubeconfig").toString());
            Process process;
            try {
                process = pb.start();
            } catch (IOException e) {
                throw new AssertionError(MISSING_KUBECTL, e);
            }
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(stderr));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl kustomize " + dir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        } finally {
            if (stderr != null) {
                try {
                    Files.deleteIfExists(stderr);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
