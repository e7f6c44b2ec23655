package org.schoolshuttle.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SponsorshipRepository implements PanacheRepository<Sponsorship> {
}
