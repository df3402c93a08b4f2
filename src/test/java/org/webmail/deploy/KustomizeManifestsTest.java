package org.webmail.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.deploy.KubernetesManifests.BASE;
import static org.webmail.deploy.KubernetesManifests.PRODUCTION;
import static org.webmail.deploy.KubernetesManifests.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The k8s/ manifests are checked on every build without a cluster or kubectl. */
class KustomizeManifestsTest {

    private final Deployment deployment = parse(BASE.resolve("deployment.yaml"), Deployment.class);
    private final Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

    static Stream<Path> resourceFiles() {
        return KubernetesManifests.resourceFiles().stream();
    }

    static Stream<Path> kustomizations() {
        return KubernetesManifests.kustomizations().stream();
    }

    @ParameterizedTest(name = "{0} is a typed Kubernetes object with no unknown field")
    @MethodSource("resourceFiles")
    void everyManifestParsesIntoItsTypedClassWithNoUnknownField(Path file) {
        Object model = parse(file);
        assertTrue(model instanceof HasMetadata && !(model instanceof GenericKubernetesResource),
                file + " is not a kind the Kubernetes model knows: " + model.getClass());
        assertEquals(((HasMetadata) model).getKind(), model.getClass().getSimpleName());
        assertEquals(List.of(), UnknownFields.in(model), file + " has fields Kubernetes would ignore");
    }

    @Test
    void theUnknownFieldCheckNoticesAMisspelledProbe() {
        Deployment typo = Serialization.unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          livenesProbe: {httpGet: {path: /q/health/live, port: 8443}}
                """, Deployment.class);
        assertEquals(List.of("spec.template.spec.containers[0].livenesProbe"), UnknownFields.in(typo));
    }

    @ParameterizedTest(name = "{0} lists only files that exist, and every file beside it")
    @MethodSource("kustomizations")
    void everyKustomizationListsFilesThatExistAndLeavesNoneOut(Path file) {
        Path dir = file.getParent();
        Map<String, Object> kustomization = KubernetesManifests.kustomization(dir);
        assertEquals("Kustomization", kustomization.get("kind"));
        Set<Path> listed = new HashSet<>();
        for (Object resource : (List<?>) kustomization.getOrDefault("resources", List.of())) {
            Path target = dir.resolve(resource.toString()).normalize();
            assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                    file + " lists " + resource + ", which does not exist");
            listed.add(target);
        }
        for (Map<String, Object> patch : KubernetesManifests.entries(kustomization, "patches")) {
            Path target = dir.resolve(patch.get("path").toString()).normalize();
            assertTrue(Files.isRegularFile(target), file + " patches with " + target + ", which does not exist");
            listed.add(target);
        }
        for (Path sibling : KubernetesManifests.resourceFiles()) {
            if (sibling.getParent().equals(dir)) {
                assertTrue(listed.contains(sibling.normalize()), sibling + " is not used by " + file);
            }
        }
    }

    @Test
    void theContainerDeclaresItsHttpsAndHttpPorts() {
        assertEquals(8443, port("https").getContainerPort());
        assertEquals(8080, port("http").getContainerPort());
        assertEquals("webmail:latest", container.getImage(), "kustomize images: replaces this name");
    }

    @Test
    void probesAskTheQuarkusHealthEndpointsOverHttpsOnADeclaredPort() {
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
    }

    @Test
    void theContainerHasCpuAndMemoryRequestsAndLimits() {
        var resources = container.getResources();
        for (var amounts : List.of(resources.getRequests(), resources.getLimits())) {
            assertNotNull(amounts.get("cpu"), resources.toString());
            assertNotNull(amounts.get("memory"), resources.toString());
        }
    }

    @Test
    void thePodRunsAsNonRootOnAReadOnlyRootWithAnEmptyDirForTmp() {
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
        var tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow();
        assertNotNull(pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow()
                .getEmptyDir(), "/tmp must be an emptyDir");
    }

    @Test
    void settingsComeFromTheConfigMapAndPasswordsFromSecrets() {
        var configMap = parse(BASE.resolve("configmap.yaml"), io.fabric8.kubernetes.api.model.ConfigMap.class);
        assertEquals(configMap.getMetadata().getName(), container.getEnvFrom().get(0).getConfigMapRef().getName());
        var databasePassword = container.getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst().orElseThrow();
        assertEquals("webmail-db", databasePassword.getValueFrom().getSecretKeyRef().getName());
        assertEquals("password", databasePassword.getValueFrom().getSecretKeyRef().getKey());
        assertTrue(container.getEnv().stream().filter(e -> e.getName().contains("PASSWORD"))
                .allMatch(e -> e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null), "no password in clear");
        assertTrue(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .anyMatch(v -> v.getSecret() != null && v.getSecret().getSecretName().equals("webmail-keystore")));
        assertTrue(configMap.getData().keySet().stream().noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET")
                || k.contains("TOKEN_KEY")), "passwords, client secrets and keys go in secrets");
        assertTrue(container.getEnv().stream().filter(e -> e.getName().contains("SECRET") || e.getName().contains("TOKEN_KEY"))
                .allMatch(e -> e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null), "no client secret or key in clear");
    }

    @Test
    void theServiceSelectsTheDeploymentsPodsOnTheirHttpsPort() {
        Service service = parse(BASE.resolve("service.yaml"), Service.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertFalse(service.getSpec().getSelector().isEmpty());
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                "selector " + service.getSpec().getSelector() + " does not match pod labels " + podLabels);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector());
        var https = service.getSpec().getPorts().get(0);
        assertEquals("https", https.getName());
        assertEquals(8443, declared(https.getTargetPort()).getContainerPort());
    }

    @Test
    void theIngressTerminatesTlsAndKeepsEachUserOnTheReplicaHoldingTheirSessions() {
        Ingress ingress = parse(BASE.resolve("ingress.yaml"), Ingress.class);
        var tls = ingress.getSpec().getTls();
        assertFalse(tls.isEmpty());
        assertEquals("webmail-tls", tls.get(0).getSecretName());
        assertEquals(tls.get(0).getHosts(), List.of(ingress.getSpec().getRules().get(0).getHost()));
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        assertEquals("cookie", annotations.get("nginx.ingress.kubernetes.io/affinity"));
        assertFalse(annotations.getOrDefault("nginx.ingress.kubernetes.io/session-cookie-name", "").isBlank());
        assertEquals("HTTPS", annotations.get("nginx.ingress.kubernetes.io/backend-protocol"));
        Service service = parse(BASE.resolve("service.yaml"), Service.class);
        IngressServiceBackend backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
        assertEquals(service.getMetadata().getName(), backend.getName());
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())));
    }

    @Test
    void productionRunsTwoReplicasOfAReleasedImageAndKeepsOneUpDuringDrains() {
        Map<String, Object> production = KubernetesManifests.kustomization(PRODUCTION);
        var replicas = KubernetesManifests.entries(production, "replicas").get(0);
        assertEquals(deployment.getMetadata().getName(), replicas.get("name"));
        assertEquals(2, replicas.get("count"));
        var image = KubernetesManifests.entries(production, "images").get(0);
        assertEquals(container.getImage().split(":")[0], image.get("name"));
        assertFalse(image.get("newTag").toString().equals("latest"), "production pins a released tag");
        var budget = parse(PRODUCTION.resolve("pod-disruption-budget.yaml"), PodDisruptionBudget.class);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), budget.getSpec().getSelector().getMatchLabels());
    }

    private ContainerPort port(String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    /** A port given by name or number, as the container declares it; fails when it declares no such port. */
    private ContainerPort declared(IntOrString port) {
        return container.getPorts().stream().filter(p -> port.getStrVal() != null
                        ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()))
                .findFirst().orElseThrow(() -> new AssertionError("the container declares no port " + port));
    }

    private void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "missing probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("HTTPS", probe.getHttpGet().getScheme());
        assertEquals(8443, declared(probe.getHttpGet().getPort()).getContainerPort(), path + " must probe HTTPS");
    }
}
