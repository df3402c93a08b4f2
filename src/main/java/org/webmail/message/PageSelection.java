package org.webmail.message;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/**
 * "Select all on this page" without scripts: the link reloads the page with {@code ?select=all} and every row's
 * checkbox comes checked ({@code inject:selection.all}). A GET that only changes what is ticked, never the mail.
 */
@Named("selection")
@RequestScoped
public class PageSelection {

    @Inject
    RoutingContext routing;

    public boolean isAll() {
        return "all".equals(routing.request().getParam("select"));
    }
}
