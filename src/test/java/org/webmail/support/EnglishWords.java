package org.webmail.support;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Message;

/**
 * A message bundle's English for tests that run without Quarkus: each method renders its {@code @Message} template
 * with Qute itself, the parameters bound by name (the build compiles with {@code -parameters}). Inside a
 * {@code @QuarkusTest} the real bundle says the same; outside one there is no generated bundle to ask.
 */
public final class EnglishWords {

    private static final Engine ENGINE = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver()).build();

    private EnglishWords() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> bundle) {
        return (T) Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle },
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? objectMethod(proxy, method, args)
                        : render(method, args));
    }

    private static String render(Method method, Object[] args) {
        Message message = method.getAnnotation(Message.class);
        if (message == null) {
            throw new IllegalArgumentException(method + " has no @Message");
        }
        TemplateInstance instance = ENGINE.parse(message.value()).instance();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            instance.data(parameters[i].getName(), args[i]);
        }
        return instance.render();
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "EnglishWords";
        };
    }
}
