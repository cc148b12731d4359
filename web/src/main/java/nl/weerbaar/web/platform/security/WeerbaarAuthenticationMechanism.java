package nl.weerbaar.web.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import nl.weerbaar.people.application.account.ApiTokens;
import nl.weerbaar.platform.Transport;
import nl.weerbaar.people.application.account.SecondFactors;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.i18n.Texts;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import nl.weerbaar.web.platform.security.throttle.LoginThrottle;

/**
 * One mechanism for the whole application, because Jakarta Security 3 allows only one: stateless
 * HTTP Basic for {@code /api/*}, and a session-based form login for the pages (the login page calls
 * {@code SecurityContext.authenticate} with the typed credentials). Unauthenticated page requests
 * go to the login page; unauthenticated API requests get 401 with a Basic challenge.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class WeerbaarAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(WeerbaarAuthenticationMechanism.class.getName());

    @Inject
    private CredentialCheck credentials;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private VerifiedCredentials verifiedCredentials;

    @Inject
    private ApiTokens tokens;

    @Inject
    private SecondFactors secondFactors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.applyTo(request, response);
        if (Transport.httpsOnly() && !request.isSecure()) {
            // Before any credential is looked at: over plain HTTP nothing is checked, only redirected or refused.
            return HttpsOnly.refuse(request, response, context);
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        return validatePageRequest(request, context);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokens.Holder> holder = tokens.authenticate(authorization.substring(7));
            return holder.isPresent() ? context.notifyContainerAboutLogin(holder.get().username(), holder.get().roles())
                    : challenge(request, response);
        }
        Optional<String[]> basic = basicCredentials(authorization);
        if (basic.isEmpty()) {
            return context.isProtected() ? challenge(request, response) : context.doNothing();
        }
        String username = basic.get()[0];
        String password = basic.get()[1];
        Optional<VerifiedCredentials.Caller> known = verifiedCredentials.lookup(username, password);
        if (known.isPresent() && throttle.check(username, request.getRemoteAddr()).isEmpty()) {
            return context.notifyContainerAboutLogin(known.get().name(), known.get().groups());
        }
        CredentialCheck.Outcome outcome = credentials.check(username, password, request.getRemoteAddr());
        if (outcome.refusal().isPresent()) {
            return tooManyAttempts(request, response, outcome.refusal().get());
        }
        if (!outcome.valid()) {
            return challenge(request, response);
        }
        CredentialValidationResult result = outcome.result();
        if (secondFactors.required(result.getCallerPrincipal().getName(), result.getCallerGroups())) {
            // A password alone is not enough for this account: API clients use a personal token.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"weerbaar\"");
            return ApiRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, Texts.get(locale(request), "api.token.nodig"));
        }
        verifiedCredentials.remember(username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** 401 with a Basic challenge and the API's JSON error, written here so no HTML error page follows. */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"weerbaar\", charset=\"UTF-8\"");
        return ApiRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, Texts.get(locale(request), "api.niet.ingelogd"));
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
            LoginThrottle.Refusal refusal) {
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        return ApiRefusal.write(response, 429, refusalText(locale(request), refusal));
    }

    /** The Dutch (or English) sentence for a refused login: how long to wait, and whether it is locked. */
    public static String refusalText(java.util.Locale locale, LoginThrottle.Refusal refusal) {
        return refusal.locked()
                ? Texts.get(locale, "login.geblokkeerd", (refusal.retryAfterSeconds() + 59) / 60)
                : Texts.get(locale, "login.teveel", refusal.retryAfterSeconds());
    }

    private static java.util.Locale locale(HttpServletRequest request) {
        // Without Accept-Language the container offers its own default locale: the answer is then Dutch.
        return request.getHeader("Accept-Language") == null ? Texts.DUTCH
                : RequestLocale.of(java.util.Collections.list(request.getLocales()));
    }

    /** The user name and password of an HTTP Basic header, if it is one and well-formed. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential typed = context.getAuthParameters().getCredential();
        if (typed instanceof VerifiedLogin login) {
            // Checked in full by the login pages; keeps the caller and roles in the session.
            context.setRegisterSession(login.username(), login.groups());
            return context.notifyContainerAboutLogin(login.username(), login.groups());
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return reapply(sessionCaller, context);
        }
        if (context.isProtected()) {
            // A redirect has no content, so nothing in it may run (PrimeFaces sets the policy only on pages).
            context.getResponse().setHeader("Content-Security-Policy", SecurityHeaders.STRICT_POLICY);
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(
                    originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Confirms the caller the container restored from the session (the registered session). */
    private static AuthenticationStatus reapply(Principal caller, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            LOG.warning(() -> "Could not restore the session caller: " + e);
            return context.doNothing();
        }
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
