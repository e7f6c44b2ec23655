package org.schoolshuttle.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to open it. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    private final int port;

    StartupBanner(@ConfigProperty(name = "quarkus.http.port") int port) {
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        String base = "http://localhost:" + port;
        LOG.infof("School Shuttle is running at %s — API docs %s/q/swagger-ui, readiness %s/q/health/ready", base, base, base);
    }
}
