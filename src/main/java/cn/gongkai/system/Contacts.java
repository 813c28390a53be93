package cn.gongkai.system;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/** What a phone number and an e-mail address given by the public must look like. */
public final class Contacts {

    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,22}[0-9]");

    private Contacts() {
    }

    public static boolean isPhone(String value) {
        return PHONE.matcher(value).matches();
    }

    /**
     * An address our mail can be delivered to: exactly one address as the mailer itself reads it
     * (Jakarta Mail's strict parsing and validation: no dot at the end of the local part, no
     * "..", no full-width punctuation), in ASCII (the mailer does not use SMTPUTF8), and with a
     * real top-level domain (Apache Commons Validator). {@code zhangsan@qq.com；},
     * {@code zhang,san@qq.com}, {@code zhangsan@qq..com} and {@code zhangsan.@qq.com} are not.
     */
    public static boolean isEmail(String value) {
        if (value == null || value.length() > 254 || !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            if (!value.equals(address.getAddress())) {
                return false;
            }
        } catch (AddressException e) {
            return false;
        }
        return EmailValidator.getInstance(false, false).isValid(value);
    }
}
