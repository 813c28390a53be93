package cn.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must say what it is: a {@code Content-Type} that is no concrete media type
 * ({@code *}{@code /*}, {@code application/*}, unparsable text) is answered 415 before anything reads
 * the body, which Spring would otherwise answer with 500.
 */
class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || concrete(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"/problems/invalid-request\",\"title\":\"不支持的内容类型\",\"status\":415,"
                + "\"detail\":\"请求头 Content-Type 应为具体的内容类型，如 application/json\","
                + "\"errors\":[{\"field\":\"Content-Type\",\"message\":\"请求头 Content-Type 应为具体的内容类型，如 application/json\"}]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
