package cn.gongkai.system;

/** The request is valid but does not fit the application's current state; answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
