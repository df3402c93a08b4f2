package org.webmail.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Finds fields the typed Kubernetes model did not know. fabric8 never fails on an unknown field: it files it
 * under additionalProperties, where a typo such as "livenesProbe" would sit unnoticed while Kubernetes ignores it.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    /** Paths such as "spec.template.spec.containers[0].livenesProbe"; empty when every field is known. */
    static List<String> in(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "[" + key + "]", found));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) invoke(getter, node)).keySet().forEach(key -> found.add(join(path, String.valueOf(key))));
            } else if (getter.isAnnotationPresent(JsonProperty.class)) {
                walk(invoke(getter, node), join(path, getter.getAnnotation(JsonProperty.class).value()), found);
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
