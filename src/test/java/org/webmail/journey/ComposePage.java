package org.webmail.journey;

import java.util.List;
import java.util.Map;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.webmail.support.Browser;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The compose form as a browser without JavaScript fills and posts it (multipart/form-data, CSRF field from the cookie). */
final class ComposePage {

    final Browser browser;
    final Document page;
    final Response response;

    private ComposePage(Browser browser, Response response) {
        this.browser = browser;
        this.response = response;
        this.page = Jsoup.parse(response.asString());
    }

    static ComposePage open(Browser browser, String path) {
        return new ComposePage(browser, browser.get(path));
    }

    /** The page a request of the test's own making answered (e.g. one sent with an Accept-Language). */
    static ComposePage of(Browser browser, Response response) {
        return new ComposePage(browser, response);
    }

    /** Opens the page with a query parameter given unencoded (RestAssured encodes it once). */
    static ComposePage open(Browser browser, String path, String parameter, String value) {
        return new ComposePage(browser, browser.request().queryParam(parameter, value).get(path));
    }

    String composeId() {
        return page.selectFirst("input[name=compose]").attr("value");
    }

    String field(String name) {
        var input = page.selectFirst("[name=" + name + "]");
        if (input == null) {
            throw new AssertionError("no field " + name + " in\n" + page);
        }
        return input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
    }

    String identity() {
        return page.selectFirst("select[name=identity] option[selected]").attr("value");
    }

    List<String> attachmentNames() {
        return page.select("section.attachments li .name").eachText();
    }

    List<String> problems() {
        return page.select(".problems li").eachText();
    }

    /** Posts the form with the fields as they are on the page, changed by {@code changes}, plus files. */
    ComposePage post(String action, Map<String, String> changes, Map<String, byte[]> files) {
        return new ComposePage(browser, request(action, changes, files).post("/compose"));
    }

    RequestSpecification request(String action, Map<String, String> changes, Map<String, byte[]> files) {
        // Browsers send file names as UTF-8 (WHATWG multipart/form-data encoding), and so must this one.
        RequestSpecification request = browser.request()
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)))
                .relaxedHTTPSValidation().contentType("multipart/form-data; charset=UTF-8").multiPart("csrf", browser.cookie(Browser.CSRF_COOKIE))
                .multiPart("compose", composeId()).multiPart("identity", changes.getOrDefault("identity", identity()))
                .multiPart("action", action);
        for (String name : List.of("to", "cc", "bcc", "subject", "body", "bodyHtml")) {
            // As UTF-8 bytes, like a browser: a plain String part would be encoded as US-ASCII in this mode.
            request.multiPart(new MultiPartSpecBuilder(changes.getOrDefault(name, field(name)))
                    .controlName(name).charset(java.nio.charset.StandardCharsets.UTF_8).build());
        }
        files.forEach((name, bytes) -> request.multiPart("attachment", name, bytes, "application/octet-stream"));
        return request;
    }
}
