package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input to a page (a year that is no year, an unknown report row) answers 400 with the error
 * page naming each field, instead of a server error. The JSON API has its own handler.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final long retryAfterSeconds;

    PageExceptionHandler(HardeningProperties hardening) {
        this.retryAfterSeconds = hardening.intake().retryAfter().toSeconds();
    }

    /**
     * A body that says it is multipart but is not (no boundary, broken parts): 400 naming the body;
     * one larger than the servlet's multipart limits: 413, before anything reads it.
     */
    @ExceptionHandler(MultipartException.class)
    Object unparsableMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof MaxUploadSizeExceededException) {
            FieldProblem problem = new FieldProblem("body", "上传的文件过大，未被接收：请减小文件或分次上传");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, problem.message());
                detail.setType(ApiExceptionHandler.INVALID_REQUEST);
                detail.setTitle("请求参数有误");
                detail.setProperty("errors", List.of(problem));
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
            }
            ModelAndView page = invalid(new InvalidRequestException(List.of(problem)));
            page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            return page;
        }
        FieldProblem problem = new FieldProblem("body", "请求体无法解析：multipart/form-data 格式有误（缺少 boundary 或分段不完整）");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.message());
            detail.setType(ApiExceptionHandler.INVALID_REQUEST);
            detail.setTitle("请求参数有误");
            detail.setProperty("errors", List.of(problem));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        return invalid(new InvalidRequestException(List.of(problem)));
    }

    /**
     * The database could not give a connection in time (over-load): 503 with the same {@code Retry-After}
     * as {@link IntakeLimiter}'s refusal ({@code gongkai.security.intake.retry-after}); anything else is
     * left to the default handling.
     */
    @ExceptionHandler(RuntimeException.class)
    Object busy(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (!databaseBusy(e)) {
            throw e;
        }
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        String message = "当前访问人数较多，请 " + retryAfterSeconds + " 秒后再试";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message);
            detail.setTitle("服务繁忙");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", String.valueOf(retryAfterSeconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.addObject("problems", List.of(new FieldProblem("", message)));
        return page;
    }

    static boolean databaseBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("problems", e.problems());
        return page;
    }
}
