package org.openbudget.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths inside the checkout: the manifests under deploy/k8s and the services' modules they deploy. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("repo.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isRegularFile(root.resolve("deploy/k8s/base/kustomization.yaml"))) {
            throw new IllegalStateException("not the repository root (no deploy/k8s/base): " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    /** The Maven module of a service, named like its Deployment. */
    static Path module(String service) {
        Path module = root().resolve(service);
        if (!Files.isRegularFile(module.resolve("src/main/resources/application.properties"))) {
            throw new IllegalStateException("no module with an application.properties for " + service + " at " + module);
        }
        return module;
    }

    static Path containerfile(String service) {
        return k8s().resolve("images").resolve(service).resolve("Containerfile");
    }
}
