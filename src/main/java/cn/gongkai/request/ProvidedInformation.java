package cn.gongkai.request;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.files.Downloads;
import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ChineseDates;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.Contacts;
import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.SmtpConnections;
import cn.gongkai.system.TextTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information a reply hands over (提供的政府信息: the documents, or their redacted parts), for
 * an applicant who chose to receive it electronically. The tracking code alone opens no file: the
 * applicant asks for a link, which is mailed to the address given when applying (proof that they
 * are the applicant), holds a random token of which only the hash is kept, and expires after
 * {@link #VALID_FOR}. A new link at most every {@link #RESEND_AFTER}.
 */
@Service
public class ProvidedInformation {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ProvidedInformation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the tracking page offers: how many files, and to which (masked) address the link goes. */
    public record Offer(int files, String maskedEmail) {
    }

    private final RequestRepository requests;
    private final StoredFiles files;
    private final JdbcClient jdbc;
    private final SmtpConnections smtp;
    private final EscalationProperties mail;
    private final AgencyTime clock;
    private final TextTemplates templates = new TextTemplates("mail");

    ProvidedInformation(RequestRepository requests, StoredFiles files, JdbcClient jdbc, SmtpConnections smtp,
            EscalationProperties mail, AgencyTime clock) {
        this.requests = requests;
        this.files = files;
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.mail = mail;
        this.clock = clock;
    }

    /** The offer for an application that was answered, provides files and has an e-mail address. */
    public Optional<Offer> offer(String trackingCode) {
        return requests.findByTrackingCode(trackingCode).filter(ProvidedInformation::answered)
                .filter(r -> r.contactEmail() != null && Contacts.isEmail(r.contactEmail()))
                .map(r -> new Offer(provided(r).size(), mask(r.contactEmail())))
                .filter(o -> o.files() > 0);
    }

    /** Mails a download link to the applicant's address. */
    @Transactional
    public void sendLink(String trackingCode) {
        DisclosureRequest r = requests.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("没有查询码为「" + trackingCode + "」的申请"));
        Offer offer = offer(trackingCode).orElseThrow(() -> new ConflictException("该申请没有可通过电子邮件获取的信息"));
        Instant now = clock.now();
        Optional<Instant> last = jdbc.sql("SELECT MAX(created_at) FROM file_access_link WHERE request_id = :r")
                .param("r", r.id()).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(t -> t == null ? null : t.toInstant());
        if (last.isPresent() && last.get() != null && last.get().plus(RESEND_AFTER).isAfter(now)) {
            throw new ConflictException("下载链接已发送到 " + offer.maskedEmail() + "，请查收邮件；" + RESEND_AFTER.toMinutes()
                    + " 分钟后可再次发送");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(VALID_FOR);
        jdbc.sql("INSERT INTO file_access_link (request_id, token_hash, expires_at, created_at) VALUES (:r, :h, :e, :c)")
                .param("r", r.id()).param("h", hash(token)).param("e", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                .param("c", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        send(r, offer, mail.baseUrl() + "/track/" + r.trackingCode() + "/files?token=" + token, expires);
        log.info("REQUEST-020 {} download link mailed", r.trackingCode());
    }

    /** The files a valid link opens, or none (wrong, expired or another application's token). */
    public Optional<List<StoredFile>> open(String trackingCode, String token) {
        return valid(trackingCode, token).map(this::provided);
    }

    /** A provided file with its bytes, for the holder of a valid link; checked once. */
    public Optional<ResponseEntity<byte[]>> download(String trackingCode, String token, long fileId) {
        return valid(trackingCode, token).flatMap(r -> provided(r).stream().filter(f -> f.id() == fileId).findFirst()
                .flatMap(f -> files.content(StoredFiles.REQUEST, String.valueOf(r.id()), fileId)
                        .map(content -> Downloads.attachment(f, content))));
    }

    private Optional<DisclosureRequest> valid(String trackingCode, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return requests.findByTrackingCode(trackingCode).filter(ProvidedInformation::answered)
                .filter(r -> jdbc.sql("SELECT COUNT(*) FROM file_access_link WHERE request_id = :r AND token_hash = :h "
                                + "AND expires_at > :now")
                        .param("r", r.id()).param("h", hash(token))
                        .param("now", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).query(Long.class).single() > 0);
    }

    private List<StoredFile> provided(DisclosureRequest r) {
        return files.list(StoredFiles.REQUEST, String.valueOf(r.id())).stream()
                .filter(f -> f.purpose() == FilePurpose.PROVIDED).toList();
    }

    private static boolean answered(DisclosureRequest r) {
        return r.status() == RequestStatus.REPLIED || r.status() == RequestStatus.CLOSED;
    }

    private void send(DisclosureRequest r, Offer offer, String link, Instant expires) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", r.applicantName());
        v.put("code", r.trackingCode());
        v.put("count", offer.files());
        v.put("link", link);
        v.put("expiresOn", ChineseDates.format(expires.atZone(clock.zone()).toLocalDate()));
        v.put("sender", mail.fromName());
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from(), mail.fromName());
            helper.setTo(new InternetAddress(r.contactEmail(), true));
            helper.setSubject(templates.render("provided-information-subject", v).strip());
            helper.setText(templates.render("provided-information-body", v).strip() + "\n", false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot prepare the download link of " + r.trackingCode(), e);
        }
        smtp.send(message);
    }

    /** wang***@example.com */
    static String mask(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "***" + email.substring(at);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
