package org.webmail.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The one page every failure is shown on: a plain-language title, what happened, what to do. Never a stack trace. */
@CheckedTemplate(basePath = "ErrorPage")
public class ErrorPage {

    public static native TemplateInstance page(int status, String title, String message, String hint);

    public static String csrfRejected(AppMessages text) {
        return page(403, text.error_csrf_title(), text.error_csrf_message(), text.error_csrf_hint()).render();
    }
}
