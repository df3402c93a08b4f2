package org.webmail.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The one page every failure is shown on: a plain-language title, what happened, what to do. Never a stack trace. */
@CheckedTemplate(basePath = "ErrorPage")
public class ErrorPage {

    public static native TemplateInstance page(int status, String title, String message, String hint);

    public static String csrfRejected() {
        return page(403, "This form has expired",
                "For your safety the webmail refused a form it could not prove came from this page.",
                "Go back, reload the page and try again.").render();
    }
}
