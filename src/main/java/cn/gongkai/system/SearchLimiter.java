package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * At most {@code gongkai.security.search.concurrent} searches of the public catalogue by words
 * ({@code /catalogue?q=…}, {@code /api/catalogue?q=…}) run at once: each reads the text of every
 * published item, which grows with the catalogue, and anyone may send them. One more waits up to
 * {@code max-wait}, then is told to come back ({@link TurnLimiter}); lists without words are never held
 * back.
 */
class SearchLimiter extends TurnLimiter {

    SearchLimiter(HardeningProperties.Search settings) {
        super(settings.concurrent(), settings.maxWait(), settings.retryAfter());
    }

    @Override
    boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String q = request.getParameter("q");
        return q != null && !q.isBlank();
    }

    @Override
    String busy(long seconds) {
        return "当前查询人数较多，请 " + seconds + " 秒后再查询";
    }

    @Override
    String advice() {
        return "不按关键词浏览目录不受影响。";
    }
}
