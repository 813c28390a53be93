package cn.gongkai;

import cn.gongkai.catalogue.ItemPublishedEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Lets a test make the next publication fail after the item was written, inside the publishing
 * transaction, as a crash or a lost database connection would.
 */
@TestComponent
public class TestFailures {

    private final AtomicBoolean failNextPublication = new AtomicBoolean();

    public void failNextPublication() {
        failNextPublication.set(true);
    }

    @EventListener
    void onPublished(ItemPublishedEvent event) {
        if (failNextPublication.getAndSet(false)) {
            throw new IllegalStateException("simulated failure after publishing " + event.item().indexNumber());
        }
    }
}
