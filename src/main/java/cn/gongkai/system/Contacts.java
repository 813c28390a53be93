package cn.gongkai.system;

import java.util.regex.Pattern;

/** What a phone number and an e-mail address given by the public must look like. */
public final class Contacts {

    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,22}[0-9]");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private Contacts() {
    }

    public static boolean isPhone(String value) {
        return PHONE.matcher(value).matches();
    }

    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }
}
