package cn.gongkai.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link WorkingDayCalendar}: the years shipped on the classpath, overridden year
 * by year by files in the operator's directory. Reloads when the directory changes and announces
 * the change with a {@link CalendarChangedEvent}.
 */
@Component
public class CalendarStore {

    private static final Logger log = LoggerFactory.getLogger(CalendarStore.class);
    private static final String CLASSPATH_PATTERN = "classpath*:calendar/*.yaml";

    private final CalendarProperties properties;
    private final ApplicationEventPublisher events;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private volatile WorkingDayCalendar current;
    private volatile String fingerprint;

    public CalendarStore(CalendarProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
        this.fingerprint = directoryFingerprint();
        this.current = load();
        log.info("CALENDAR-001 holiday calendar loaded for years {}", current.years());
    }

    public WorkingDayCalendar calendar() {
        return current;
    }

    /** Rescans the operator directory; reloads and announces when a file was added, changed or removed. */
    @Scheduled(fixedDelayString = "${gongkai.calendar.rescan-interval:PT1M}",
            initialDelayString = "${gongkai.calendar.rescan-interval:PT1M}")
    public void rescan() {
        String now = directoryFingerprint();
        if (!now.equals(fingerprint)) {
            reload();
        }
    }

    /** Reloads every year now. */
    public synchronized void reload() {
        WorkingDayCalendar before = current;
        fingerprint = directoryFingerprint();
        current = load();
        log.info("CALENDAR-003 holiday calendar reloaded: years {} -> {}", before.years(), current.years());
        events.publishEvent(new CalendarChangedEvent(before.years(), current.years()));
    }

    private WorkingDayCalendar load() {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        try {
            Resource[] shipped = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
            for (Resource resource : shipped) {
                readYear(resource.getDescription(), resource::getInputStream, years);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read shipped holiday calendars", e);
        }
        for (Path file : operatorFiles()) {
            readYear(file.toString(), () -> Files.newInputStream(file), years);
        }
        return new WorkingDayCalendar(years.values());
    }

    private void readYear(String name, InputSupplier in, Map<Integer, HolidayYear> years) {
        try (InputStream stream = in.open()) {
            HolidayYear year = yaml.readValue(stream, HolidayYear.class);
            List<String> problems = year.problems();
            if (!problems.isEmpty()) {
                log.error("CALENDAR-004 holiday calendar {} ignored: {}", name, problems);
                return;
            }
            years.put(year.year(), year);
        } catch (IOException | RuntimeException e) {
            log.error("CALENDAR-004 holiday calendar {} ignored: {}", name, e.getMessage());
        }
    }

    private List<Path> operatorFiles() {
        Path dir = Path.of(properties.directory());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.ya?ml"))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            log.error("CALENDAR-004 cannot list holiday calendar directory {}: {}", dir, e.getMessage());
            return List.of();
        }
    }

    private String directoryFingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Path file : operatorFiles()) {
            try {
                sb.append(file.getFileName()).append(':').append(Files.getLastModifiedTime(file).toMillis())
                        .append(':').append(Files.size(file)).append(';');
            } catch (IOException e) {
                sb.append(file.getFileName()).append(":?;");
            }
        }
        return sb.toString();
    }

    @FunctionalInterface
    private interface InputSupplier {
        InputStream open() throws IOException;
    }
}
