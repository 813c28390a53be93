package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * At most {@code gongkai.security.intake.concurrent} submissions from the public (applications,
 * supplements, consultations; API and forms) are worked on at once; one more waits up to
 * {@code max-wait}, then is told to come back ({@link TurnLimiter}). Nothing of it was stored, so the
 * public sends it again.
 */
class IntakeLimiter extends TurnLimiter {

    IntakeLimiter(HardeningProperties.Intake settings) {
        super(settings.concurrent(), settings.maxWait(), settings.retryAfter());
    }

    @Override
    boolean applies(HttpServletRequest request) {
        return "POST".equals(request.getMethod());
    }

    @Override
    String busy(long seconds) {
        return "当前提交人数较多，您的内容尚未提交，请 " + seconds + " 秒后重新提交";
    }

    @Override
    String advice() {
        return "请返回上一页（您填写的内容仍在页面上），稍候再点击提交。";
    }
}
