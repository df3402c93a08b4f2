package org.webmail.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** The notice this page was redirected with, for the layout ({@code inject:notice.text}); empty when none. */
@Named("notice")
@RequestScoped
public class NoticeView {

    @Inject
    RoutingContext routing;

    @Inject
    Notices notices;

    private Optional<Notices.Notice> notice;

    public String getText() {
        return current().map(Notices.Notice::text).orElse("");
    }

    public boolean isProblem() {
        return current().map(Notices.Notice::problem).orElse(false);
    }

    private Optional<Notices.Notice> current() {
        if (notice == null) {
            Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
            notice = notices.find(cookie == null ? null : cookie.getValue(), routing.request().getParam(Notices.PARAMETER));
        }
        return notice;
    }
}
