package cn.gongkai.catalogue;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.system.AgencyTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public disclosure catalogue: publishing items and finding them. */
@Service
public class CatalogueService {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final CatalogueRepository repository;
    private final CatalogueProperties properties;
    private final AgencyProperties agency;
    private final AgencyTime clock;
    private final ApplicationEventPublisher events;

    CatalogueService(CatalogueRepository repository, CatalogueProperties properties, AgencyProperties agency,
            AgencyTime clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.properties = properties;
        this.agency = agency;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Publishes the item of an approval process, once: publishing again for the same process
     * instance (a retried job) returns the item already published.
     */
    @Transactional
    public CatalogueItem publish(Publication publication) {
        Optional<CatalogueItem> existing = repository.findByProcessInstance(publication.processInstanceId());
        if (existing.isPresent()) {
            log.info("CATALOGUE-002 {} already published for process {}; not published again",
                    existing.get().indexNumber(), publication.processInstanceId());
            return existing.get();
        }
        Instant now = clock.now();
        LocalDate today = clock.today();
        int serial = repository.nextSerial(today.getYear());
        String indexNumber = IndexNumberFormat.format(properties.indexNumberPattern(), agency.organisationCode(),
                today, serial, properties.serialDigits());
        CatalogueItem item = new CatalogueItem(indexNumber, publication.title(), publication.summary(),
                publication.body(), publication.category(), publication.division(), publication.divisionName(),
                publication.documentNumber(), publication.documentType(), publication.formedOn(), today, now,
                publication.fullTextElectronic(),
                publication.processInstanceId());
        repository.insert(item);
        events.publishEvent(new ItemPublishedEvent(item));
        log.info("CATALOGUE-001 {} published: {}", indexNumber, item.title());
        return item;
    }

    public Optional<CatalogueItem> find(String indexNumber) {
        return repository.findByIndexNumber(indexNumber);
    }

    public Optional<CatalogueItem> findByProcessInstance(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId);
    }

    public CataloguePage search(CatalogueQuery query) {
        return repository.search(query);
    }

    public List<CatalogueItem> latest() {
        return repository.latest(properties.feedSize());
    }

    public List<Integer> publicationYears() {
        return repository.publicationYears();
    }
}
