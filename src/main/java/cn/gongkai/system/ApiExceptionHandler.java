package cn.gongkai.system;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the public JSON API as {@code application/problem+json}, naming the offending fields. */
@RestControllerAdvice(annotations = PublicApi.class)
class ApiExceptionHandler {

    static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");
    static final URI NOT_FOUND = URI.create("/problems/not-found");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_REQUEST);
        problem.setTitle("请求参数有误");
        List<FieldProblem> errors = e.problems();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("未找到");
        return problem;
    }
}
