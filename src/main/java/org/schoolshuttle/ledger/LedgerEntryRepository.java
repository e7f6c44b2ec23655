package org.schoolshuttle.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepository<LedgerEntry> {
}
