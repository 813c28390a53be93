package cn.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses browser requests that another site started ({@code 403}) on {@code /engine-rest}. A
 * browser that once logged in there with HTTP Basic sends those credentials again with any form or
 * link on any site; such a request gives itself away by its Fetch Metadata
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) or, in browsers without it, by its
 * {@code Origin} or {@code Referer}. Programs (curl, Java, the Camunda Modeler) send none of these
 * headers, or their own origin, and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);

    private final List<String> allowedOrigins;

    CrossSiteRequestFilter(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequestFilter::normal).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reason = crossSite(request);
        if (reason == null) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("SECURITY-010 cross-site request refused: {} {} ({}) from {}", request.getMethod(),
                request.getRequestURI(), reason, request.getRemoteAddr());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"CrossSiteRequestRefused\",\"message\":"
                + "\"拒绝来自其他网站的请求：/engine-rest 只接受程序或本站页面的调用\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** Why the request comes from another site, or null when it does not. */
    String crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("same-origin") || site.equals("none")) {
                return null;
            }
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            return origin != null && allowed(request, origin) ? null : "Sec-Fetch-Site: " + site;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return allowed(request, origin) ? null : "Origin: " + origin;
        }
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            String from = originOf(referer);
            return from != null && allowed(request, from) ? null : "Referer from another site";
        }
        return null;
    }

    private boolean allowed(HttpServletRequest request, String origin) {
        String o = normal(origin);
        return o.equals(own(request)) || allowedOrigins.contains(o);
    }

    private static String own(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normal(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        o = o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
        if (o.startsWith("http://") && o.endsWith(":80")) {
            o = o.substring(0, o.length() - 3);
        } else if (o.startsWith("https://") && o.endsWith(":443")) {
            o = o.substring(0, o.length() - 4);
        }
        return o;
    }
}
