package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over-load is refused politely instead of collapsing: at most {@code gongkai.security.intake.concurrent}
 * submissions from the public (applications, supplements, consultations; API and forms) are
 * worked on at once. One more waits up to {@code max-wait} for its turn; after that it is answered
 * {@code 503} with {@code Retry-After} at once, and nothing of it was stored, so the public sends it
 * again. The database's connections stay free for staff and the job executor.
 */
class IntakeLimiter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IntakeLimiter.class);

    private final Semaphore turns;
    private final HardeningProperties.Intake settings;

    IntakeLimiter(HardeningProperties.Intake settings) {
        this.settings = settings;
        this.turns = new Semaphore(settings.concurrent(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            log.warn("OVERLOAD-001 {} {} refused: {} submissions already being worked on", request.getMethod(),
                    request.getRequestURI(), settings.concurrent());
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Turns free now (tests and health). */
    int available() {
        return turns.availablePermits();
    }

    /** Takes every turn, as a flood would (tests). */
    void occupyAll() throws InterruptedException {
        turns.acquire(settings.concurrent());
    }

    void releaseAll() {
        turns.release(settings.concurrent());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = settings.retryAfter().toSeconds();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String message = "当前提交人数较多，您的内容尚未提交，请 " + seconds + " 秒后重新提交";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(("{\"type\":\"/problems/busy\",\"title\":\"服务繁忙\",\"status\":503,"
                    + "\"detail\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>服务繁忙 - 政府信息公开</title><link rel="stylesheet" href="/css/portal.css"></head>
                <body><main id="main" class="wrap"><h1>服务繁忙，请稍后再试</h1>
                <p>%s。请返回上一页（您填写的内容仍在页面上），稍候再点击提交。</p>
                <p>错误代码：503</p><p><a href="/">返回首页</a></p></main></body></html>
                """.formatted(message)).getBytes(StandardCharsets.UTF_8));
    }
}
