package org.webmail.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Every template rendered for a request speaks that request's language ({@link RequestLocale}): message bundles
 * ({@code msg:} and the others) and the formats read the instance's locale. Outside a request the default stays.
 */
@ApplicationScoped
public class TemplateLocale {

    @Inject
    RequestLocale requestLocale;

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(requestLocale.get());
            }
        });
    }
}
