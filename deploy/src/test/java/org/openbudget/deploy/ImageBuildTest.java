package org.openbudget.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The images rebuild from the same inputs (issue #17): the base image by digest, Debian packages at exact
 * versions from a frozen archive snapshot, a software bill of materials in every image — and the release step
 * that fills in the digests exists and owns exactly the lines it rewrites.
 */
class ImageBuildTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern INSTALL = Pattern.compile("apt-get install -y --no-install-recommends ((?:[^&\\\\]|\\\\\\n)+)");

    @ParameterizedTest
    @ValueSource(strings = {"budget-service", "performance-service", "asset-service", "aggregation-service"})
    void theBaseImageIsPinnedByDigest(String service) throws IOException {
        String containerfile = Files.readString(Repo.containerfile(service));
        Matcher from = FROM.matcher(containerfile);
        assertTrue(from.find(), service + ": no FROM");
        String base = from.group(1);
        assertFalse(from.find(), service + ": one stage only");
        assertTrue(ProductionCheck.DIGEST.matcher(base).matches(), service + ": base image " + base + " is not pinned by digest");
        if (Boolean.getBoolean("deploy.release")) {
            assertFalse(base.endsWith(ProductionCheck.PLACEHOLDER_DIGEST), service + ": the base image still has the placeholder digest: run deploy/k8s/release");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget-service", "performance-service", "asset-service", "aggregation-service"})
    void debianPackagesComeAtExactVersionsFromASnapshot(String service) throws IOException {
        String containerfile = Files.readString(Repo.containerfile(service));
        Matcher install = INSTALL.matcher(containerfile);
        assertTrue(install.find(), service + ": no apt-get install");
        List<String> unpinned = new ArrayList<>();
        for (String pkg : install.group(1).replace("\\\n", " ").trim().split("\\s+")) {
            if (!pkg.matches("[a-z0-9][a-z0-9+.-]*=[0-9][A-Za-z0-9.+~:-]*")) {
                unpinned.add(pkg);
            }
        }
        assertEquals(List.of(), unpinned, service + ": packages without an exact version");
        assertTrue(containerfile.contains("http://snapshot.debian.org/archive/debian/%s bookworm main")
                && containerfile.matches("(?s).*\\nARG DEBIAN_SNAPSHOT=\\d{8}T\\d{6}Z\\n.*"),
                service + ": apt reads a dated snapshot of the archive, where the pinned versions stay available");
        assertTrue(containerfile.contains("rm -f /etc/apt/sources.list.d/debian.sources"), service + ": the moving archive is dropped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget-service", "performance-service", "asset-service", "aggregation-service"})
    void everyImageCarriesItsSoftwareBillOfMaterials(String service) throws IOException {
        String containerfile = Files.readString(Repo.containerfile(service));
        assertTrue(containerfile.contains("\nCOPY target/bom.json /deployments/sbom/bom.cdx.json\n"), service + ": the SBOM is not copied");
        assertTrue(containerfile.contains("org.cyclonedx:cyclonedx-maven-plugin:2.9.3:makeBom -DoutputFormat=json"),
                service + ": the build command that writes target/bom.json");
    }

    @Test
    void theReleaseStepRewritesExactlyTheMarkedImagesBlock() throws IOException {
        Path release = Repo.k8s().resolve("release");
        assertTrue(Files.isExecutable(release), "deploy/k8s/release");
        String script = Files.readString(release);
        for (String step : new String[] {"skopeo inspect", "makeBom", "--digestfile", "-Ddeploy.release=true", "# BEGIN release images"}) {
            assertTrue(script.contains(step), "deploy/k8s/release: " + step);
        }
        String kustomization = Files.readString(Repo.overlay("prod").resolve("kustomization.yaml"));
        int begin = kustomization.indexOf("\n# BEGIN release images");
        int end = kustomization.indexOf("\n# END release images");
        assertTrue(begin > 0 && end > begin && kustomization.indexOf("\n# BEGIN release images", begin + 1) < 0,
                "overlays/prod/kustomization.yaml has one marked images block");
        String block = kustomization.substring(begin, end);
        assertTrue(block.contains("\nimages:\n") && !kustomization.substring(end).contains("\nimages:"), "all images: are in the block");
        for (String service : MetricNamesTest.SERVICES) {
            assertTrue(block.contains("registry.example.org/openbudget/" + service), service + " is released by the block");
        }
    }
}
