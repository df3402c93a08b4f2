package org.webmail.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.client.utils.Serialization;

/** The YAML files under k8s/, read the way the tests need them. Paths are relative to the project directory. */
final class KubernetesManifests {

    static final Path ROOT = Path.of("k8s");
    static final Path BASE = ROOT.resolve("base");
    static final Path PRODUCTION = ROOT.resolve("overlays/production");

    private KubernetesManifests() {
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isKustomization(Path file) {
        String name = file.getFileName().toString();
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml");
    }

    static List<Path> resourceFiles() {
        return yamlFiles().stream().filter(p -> !isKustomization(p)).toList();
    }

    static List<Path> kustomizations() {
        return yamlFiles().stream().filter(KubernetesManifests::isKustomization).toList();
    }

    /** A Kubernetes object in fabric8's typed model (or GenericKubernetesResource for a kind it does not know). */
    static Object parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Serialization.unmarshal(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(Path file, Class<T> type) {
        return type.cast(parse(file));
    }

    /** kustomization.yaml is kustomize's own format, not a Kubernetes object: read it as plain YAML. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> kustomization(Path directory) {
        try {
            return Serialization.yamlMapper().readValue(directory.resolve("kustomization.yaml").toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(Map<String, Object> kustomization, String field) {
        return (List<Map<String, Object>>) kustomization.getOrDefault(field, List.of());
    }
}
