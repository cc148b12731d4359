package nl.weerbaar.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: the API with Basic, the pages with a real form login. */
public final class Http {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form post as primefaces.nonce, as a browser's would. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient client;
    private final String authorization;
    private final String language;
    private final URI base;

    private Http(HttpClient client, String authorization, String language) {
        this(client, authorization, language, Deployments.BASE);
    }

    private Http(HttpClient client, String authorization, String language, URI base) {
        this.client = client;
        this.authorization = authorization;
        this.language = language;
        this.base = base;
    }

    /** The same client, asking for answers in this language. */
    public Http inLanguage(String languageTag) {
        return new Http(client, authorization, languageTag, base);
    }

    /** The same client, talking to another server (one a test started itself, at this base address). */
    public Http onServer(URI otherBase) {
        return new Http(client, authorization, language, otherBase);
    }

    /** The demo accounts that are staff: they log in with a second factor and use tokens for the API. */
    public static final java.util.Set<String> DEMO_STAFF = java.util.Set.of("ngb", "trainer", "bzk", "admin");

    /**
     * An API client for a demo user (null: anonymous): staff with their published personal access
     * token ({@code demo-weerbaar-<username>}), participants with HTTP Basic.
     */
    public static Http api(String user) {
        if (user != null && DEMO_STAFF.contains(user)) {
            return bearer("demo-weerbaar-" + user);
        }
        String auth = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + Deployments.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), auth, null);
    }

    /** An API client sending this personal access token. */
    public static Http bearer(String token) {
        return new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), "Bearer " + token, null);
    }

    /** An API client sending HTTP Basic with this user's own password. */
    public static Http basic(String user, String password) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), auth, null);
    }

    /** A browser-like client with cookies that does not follow redirects, so tests can see them. */
    public static Http pages() {
        return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build(), null, null);
    }

    /** A browser-like client that starts with this session id, as an attacker who planted it would. */
    public static Http withSessionCookie(String sessionId) {
        CookieManager cookies = new CookieManager();
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(Deployments.BASE, cookie);
        return new Http(HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build(), null, null);
    }

    private HttpRequest.Builder request(String path) {
        // Generous: a request that must fail fails by status; only a hung server should reach this.
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(180));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with one extra request header (an xAPI client's X-Experience-API-Version, say). */
    public HttpResponse<String> get(String path, String header, String value) {
        return send(request(path).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postBytes(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with this Content-Type (null: none at all), as any client or a cross-site form might send. */
    public HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Logs in through the login page as a person would; a demo staff member also passes the second
     * step with her authenticator's code. Returns the answer to the last form post.
     */
    public HttpResponse<String> login(String user, String password) {
        return login(user, password, DEMO_STAFF.contains(user) ? Totp.DEMO_SECRET : null);
    }

    /** The same, with the second factor of this secret (null: none expected). */
    public HttpResponse<String> login(String user, String password, String totpSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", user);
        form.put("loginForm:password", password);
        form.put("loginForm:next", "");
        form.put("loginForm:submit", "");
        HttpResponse<String> answer = submit("login.xhtml", form);
        if (totpSecret != null && answer.statusCode() == 302 && location(answer).getPath().endsWith("/tweede-stap.xhtml")) {
            return secondStep(Totp.nextCode(user, totpSecret));
        }
        return answer;
    }

    /** Submits a code (from the app, or a recovery code) on the second-step page. */
    public HttpResponse<String> secondStep(String code) {
        Map<String, String> step = new LinkedHashMap<>();
        step.put("tweedeStap", "tweedeStap");
        step.put("tweedeStap:code", code);
        step.put("tweedeStap:verder", "");
        return submit("tweede-stap.xhtml", step);
    }

    /** Posts a form of a page already shown (its body), with that page's view state, as a browser does. */
    public HttpResponse<String> postBack(String page, String shownBody, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(shownBody);
        if (!viewState.find()) {
            throw new IllegalStateException(page + " as shown has no view state");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        withNonce(form, shownBody);
        return postForm(page, form);
    }

    private static void withNonce(Map<String, String> form, String shownBody) {
        Matcher nonce = NONCE.matcher(shownBody);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
    }

    /** Opens a page and posts one of its forms back with the page's view state, as a browser does. */
    public HttpResponse<String> submit(String page, Map<String, String> fields) {
        HttpResponse<String> opened = get(page);
        Matcher viewState = VIEW_STATE.matcher(opened.body());
        if (!viewState.find()) {
            throw new IllegalStateException(page + " has no view state: " + opened.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        withNonce(form, opened.body());
        return postForm(page, form);
    }

    /** Opens a page and posts one of its forms back, as {@link #submit} does, for an answer that is a file. */
    public HttpResponse<byte[]> submitForFile(String page, Map<String, String> fields) {
        HttpResponse<String> opened = get(page);
        Matcher viewState = VIEW_STATE.matcher(opened.body());
        if (!viewState.find()) {
            throw new IllegalStateException(page + " has no view state: " + opened.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        withNonce(form, opened.body());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> answer = client.send(request, handler);
            ApiContract.check(request, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    public static URI location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header")));
    }
}
