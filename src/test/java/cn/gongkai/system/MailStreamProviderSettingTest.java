package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** Jakarta Mail finds its stream provider by the system property, and the class named there is one. */
class MailStreamProviderSettingTest {

    @Test
    void namesAngusMailsStreamProviderUnlessTheOperatorNamedOne() throws Exception {
        String before = System.getProperty(MailStreamProviderSetting.PROPERTY);
        try {
            System.clearProperty(MailStreamProviderSetting.PROPERTY);
            new MailStreamProviderSetting();
            assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo(MailStreamProviderSetting.ANGUS);
            // a wrong name would break every mail: the class must exist and be a stream provider
            assertThat(StreamProvider.class.isAssignableFrom(Class.forName(MailStreamProviderSetting.ANGUS))).isTrue();
            assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderSetting.ANGUS);

            System.setProperty(MailStreamProviderSetting.PROPERTY, "com.example.OwnStreamProvider");
            new MailStreamProviderSetting();
            assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo("com.example.OwnStreamProvider");
        } finally {
            if (before == null) {
                System.clearProperty(MailStreamProviderSetting.PROPERTY);
            } else {
                System.setProperty(MailStreamProviderSetting.PROPERTY, before);
            }
        }
    }
}
