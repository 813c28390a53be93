package cn.gongkai.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over-load is refused politely instead of collapsing: at most {@code concurrent} requests of a kind
 * are worked on at once. One more waits up to {@code maxWait} for its turn; after that it is answered
 * {@code 503} with {@code Retry-After} at once, as JSON under {@code /api/} and as a page elsewhere,
 * and nothing of it was done. The database's connections and the machine stay free for the rest.
 */
abstract class TurnLimiter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TurnLimiter.class);

    private final int concurrent;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final Semaphore turns;

    TurnLimiter(int concurrent, Duration maxWait, Duration retryAfter) {
        this.concurrent = concurrent;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
        this.turns = new Semaphore(concurrent, true);
    }

    /** Whether the request is of the kind this limiter holds back. */
    abstract boolean applies(HttpServletRequest request);

    /** What the person is told, in one sentence, with the seconds to wait. */
    abstract String busy(long seconds);

    /** What the page adds: what to do now. */
    abstract String advice();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            log.warn("OVERLOAD-001 {} {} refused: {} such requests already being worked on", request.getMethod(),
                    request.getRequestURI(), concurrent);
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
        turns.acquire(concurrent);
    }

    void releaseAll() {
        turns.release(concurrent);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = retryAfter.toSeconds();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String message = busy(seconds);
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
                <p>%s。%s</p>
                <p>错误代码：503</p><p><a href="/">返回首页</a></p></main></body></html>
                """.formatted(message, advice())).getBytes(StandardCharsets.UTF_8));
    }
}
